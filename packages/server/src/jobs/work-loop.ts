/**
 * Runs a durable job step every `everyMs` while the server runs: `step` does one batch and returns how many items it
 * handled, and is called again at once while it finds work. Runs never overlap; a failure is logged and the next tick
 * retries. The work list is the database, so a restart loses nothing. Returns the function that stops it.
 */
export function scheduleWorkLoop(input: {
  step: () => Promise<number>;
  everyMs: number;
  log: { warn(obj: object, msg: string): void };
  failure: string;
}): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      while ((await input.step()) > 0) {
        // keep going while there is work
      }
    } catch (error) {
      input.log.warn({ err: error }, input.failure);
    } finally {
      running = false;
    }
  }, input.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
