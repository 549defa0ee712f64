import type { Deps } from '../deps';
import { derivePending } from '../modules/av/derivatives';

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
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      while ((await derivePending(deps)) > 0) {
        // keep going while there is work
      }
    } catch (error) {
      log.warn({ err: error }, 'A/V derivation failed; will retry');
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
