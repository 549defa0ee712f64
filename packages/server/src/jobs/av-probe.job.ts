import type { Deps } from '../deps';
import { probePending } from '../modules/av/probe';
import { scheduleWorkLoop } from './work-loop';

/**
 * Probes newly ingested A/V files with ffprobe, every few seconds. The work list is the database (`probe_status =
 * 'pending'`), so a restart loses nothing: pending records are picked up again, each tried at most three times.
 */
export function scheduleAvProbes(
  deps: Deps,
  log: { warn(obj: object, msg: string): void },
  everyMs = 2000,
): () => void {
  return scheduleWorkLoop({ step: () => probePending(deps), everyMs, log, failure: 'A/V probe failed; will retry' });
}
