import { describe, expect, it } from 'vitest';
import { isLocalDate, localDateOf } from './time';

describe('localDateOf', () => {
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
