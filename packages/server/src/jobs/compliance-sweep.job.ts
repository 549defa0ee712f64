import type { Deps } from '../deps';
import { sweepCompliance } from '../modules/compliance/compliance.usecases';

const dayMs = 24 * 3_600_000;

/**
 * The compliance sweep (issue 6): every `complianceSweepSeconds`, re-evaluates the cases whose findings change with
 * the clock alone (a deadline nears or passes: `compliance_state.next_due_at`) or that were never evaluated; once a
 * day — and at the first run after a start — every open case, which also catches a failed incremental evaluation.
 */
export function scheduleComplianceSweep(
  deps: Deps,
  log: { warn(obj: object, msg: string): void },
  everyMs = deps.config.complianceSweepSeconds * 1000,
): () => void {
  if (everyMs <= 0) return () => {};
  let running = false;
  let lastFull: number | null = null;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const now = deps.clock.now().getTime();
      const full = lastFull === null || now - lastFull >= dayMs;
      await sweepCompliance(deps, { full });
      if (full) lastFull = now;
    } catch (error) {
      log.warn({ err: error }, 'compliance sweep failed; will retry');
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
