/**
 * A clock tests move by hand, so session expiry and lockouts are tested exactly. Each reading ticks one
 * millisecond, as a real clock would between two acts, so creation order stays observable.
 */
export function createTestClock(start = '2026-11-23T02:00:00.000Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current++),
    advance(ms: number) {
      current += ms;
    },
    set(iso: string) {
      current = new Date(iso).getTime();
    },
  };
}
export type TestClock = ReturnType<typeof createTestClock>;
