import type { Deps } from '../deps';
import { probePending } from '../modules/av/probe';

/**
 * Probes newly ingested A/V files with ffprobe, every few seconds. The work list is the database (`probe_status =
 * 'pending'`), so a restart loses nothing: pending records are picked up again, each tried at most three times.
 */
export function scheduleAvProbes(
  deps: Deps,
  log: { warn(obj: object, msg: string): void },
  everyMs = 2000,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      while ((await probePending(deps)) > 0) {
        // keep going while there is work
      }
    } catch (error) {
      log.warn({ err: error }, 'A/V probe failed; will retry');
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
