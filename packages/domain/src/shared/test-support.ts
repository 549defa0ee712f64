/** Runs `run` and returns what it threw; fails the test when it does not throw. For tests only. */
export function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
