import type { Deps } from '../deps';
import { derivePending } from '../modules/av/derivatives';
import { scheduleWorkLoop } from './work-loop';

/**
 * Makes the posters, thumbnails and browser-playable proxies of probed A/V originals (AV-04), every few seconds.
 * The work list is the database (`av_derivatives.status = 'pending'`), so a restart loses nothing: pending rows are
 * picked up again, each tried at most three times. The originals are only read.
 */
export function scheduleAvDerivatives(
  deps: Deps,
  log: { warn(obj: object, msg: string): void },
  everyMs = 3000,
): () => void {
  return scheduleWorkLoop({
    step: () => derivePending(deps),
    everyMs,
    log,
    failure: 'A/V derivation failed; will retry',
  });
}
