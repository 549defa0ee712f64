import type { Deps } from '../deps';
import { signCheckpointNow, timestampCheckpoints } from '../modules/ledger/ledger.usecases';

/**
 * Every `checkpointIntervalSeconds`, signs a checkpoint for each agency whose log grew since its last one and whose
 * key this node holds, and timestamps new checkpoints at the configured RFC 3161 authority. Several nodes may run it: the log lock and the (agency, size) key make a duplicate impossible.
 */
export function scheduleCheckpoints(deps: Deps, log: { warn(obj: object, msg: string): void }): () => void {
  const seconds = deps.config.checkpointIntervalSeconds;
  if (seconds === 0) return () => {};
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const logs = await deps.database.db.selectFrom('ledger_logs').select('agency_id').execute();
      for (const { agency_id } of logs) {
        if (deps.signerFor(agency_id)) await signCheckpointNow(deps, agency_id);
        // With a TSA configured, each new checkpoint also gets an RFC 3161 token (outside the transaction).
        await timestampCheckpoints(deps, agency_id);
      }
    } catch (error) {
      log.warn({ err: error }, 'periodic checkpoint failed; will retry');
    } finally {
      running = false;
    }
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
