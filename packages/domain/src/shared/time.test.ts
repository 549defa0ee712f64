import { describe, expect, it } from 'vitest';
import { isLocalDate, localDateOf } from './time';

describe('localDateOf', () => {
  it('computes Shanghai dates by fixed offset exactly as the time-zone database does, 1992 to 2040', () => {
    const tz = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const hour = 3_600_000;
    // Every day's last and first millisecond around Shanghai midnight (16:00 UTC), and some hours between.
    for (let day = Date.UTC(1992, 0, 1); day < Date.UTC(2040, 0, 1); day += 7 * 24 * hour + 13 * 60_000) {
      const midnight = Math.floor(day / (24 * hour)) * 24 * hour + 16 * hour;
      for (const ms of [midnight - 1, midnight, midnight + 5 * hour, day]) {
        expect(localDateOf(new Date(ms).toISOString())).toBe(tz.format(new Date(ms)));
      }
    }
    // Before 1992 China's summer time (1986–1991) is the time-zone database's to answer: 1988-07-01 00:30 CDT.
    expect(localDateOf('1988-06-30T15:30:00Z')).toBe('1988-07-01');
  });

  it('gives the Shanghai date of an instant after 16:00 UTC as the next day', () => {
    expect(localDateOf('2026-11-23T16:30:00Z')).toBe('2026-11-24');
    expect(localDateOf('2026-11-23T16:30:00.000Z', 'Asia/Shanghai')).toBe('2026-11-24');
  });

  it('switches date exactly at Shanghai midnight (16:00 UTC)', () => {
    expect(localDateOf('2026-11-23T15:59:59.999Z')).toBe('2026-11-23');
    expect(localDateOf('2026-11-23T16:00:00.000Z')).toBe('2026-11-24');
  });

  it('crosses month and year ends in Shanghai before UTC does', () => {
    expect(localDateOf('2025-12-31T16:00:00.000Z')).toBe('2026-01-01');
    expect(localDateOf('2024-02-28T16:00:00.000Z')).toBe('2024-02-29');
  });

  it('accepts a Date as well as an ISO string', () => {
    expect(localDateOf(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
  });

  it('uses another time zone when asked', () => {
    expect(localDateOf('2026-11-23T16:30:00Z', 'UTC')).toBe('2026-11-23');
    expect(localDateOf('2026-11-23T03:00:00Z', 'America/New_York')).toBe('2026-11-22');
  });

  it('always answers a well-formed YYYY-MM-DD date', () => {
    for (const instant of ['2026-01-05T00:00:00Z', '2026-09-30T20:00:00Z', '1999-12-31T16:00:00Z']) {
      const date = localDateOf(instant);
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(isLocalDate(date)).toBe(true);
    }
    expect(localDateOf('1999-12-31T16:00:00Z')).toBe('2000-01-01');
  });
});

describe('isLocalDate', () => {
  it.each(['2025-01-01', '2025-12-31', '2024-02-29', '2000-02-29', '2026-11-24'])(
    'accepts the real date %s',
    (date) => {
      expect(isLocalDate(date)).toBe(true);
    },
  );

  it.each([
    ['2025-02-30', 'a day February never has'],
    ['2025-02-29', 'a leap day in a common year'],
    ['1900-02-29', 'a leap day in a century year not divisible by 400'],
    ['2025-13-01', 'a thirteenth month'],
    ['2025-00-10', 'month zero'],
    ['2025-01-00', 'day zero'],
    ['2025-04-31', 'the 31st of a 30-day month'],
    ['2025-1-1', 'unpadded month and day'],
    ['25-01-01', 'a two-digit year'],
    ['2025/01/01', 'slashes'],
    ['2025-01-01T00:00:00Z', 'a timestamp'],
    ['2025-01-01\n', 'a trailing newline'],
    [' 2025-01-01', 'a leading space'],
    ['', 'the empty string'],
  ])('rejects %s (%s)', (value) => {
    expect(isLocalDate(value)).toBe(false);
  });
});
