import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors';
import { checkPasswordPolicy, lockoutAfterFailure, normaliseUsername, passwordMinLength } from './users';
import { caught } from '../shared/test-support';

function codeOf(run: () => unknown): string {
  const error = caught(run);
  if (!isDomainError(error)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error.code;
}

describe('normaliseUsername', () => {
  it('trims and lower-cases a username so that logins are case-insensitive', () => {
    expect(normaliseUsername('  Zhang.San ')).toBe('zhang.san');
    expect(normaliseUsername('LI_SI-01')).toBe('li_si-01');
  });

  it('accepts the shortest (3) and longest (32) usernames', () => {
    expect(normaliseUsername('wu9')).toBe('wu9');
    expect(normaliseUsername('a'.repeat(32))).toBe('a'.repeat(32));
    expect(normaliseUsername('007')).toBe('007');
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['too short (2)', 'ab'],
    ['too long (33)', 'a'.repeat(33)],
    ['starting with a dot', '.zhang'],
    ['starting with an underscore', '_zhang'],
    ['starting with a hyphen', '-zhang'],
    ['containing a space', 'zhang san'],
    ['containing an at sign', 'zhang@example.cn'],
    ['in Chinese characters', '张三丰'],
    ['with a full-width letter', 'ｚｈａｎｇ'],
  ])('rejects a username %s with code user.username_invalid', (_label, username) => {
    expect(codeOf(() => normaliseUsername(username))).toBe('user.username_invalid');
  });
});

describe('checkPasswordPolicy', () => {
  it('accepts a long enough password with letters and digits, not containing the username, not the old one', () => {
    expect(() =>
      checkPasswordPolicy({ password: 'Hetang2026yue', username: 'zhangsan', currentPassword: 'Old-pass-2025' }),
    ).not.toThrow();
    expect(() => checkPasswordPolicy({ password: 'a23456789b', username: 'zhangsan' })).not.toThrow();
  });

  it('counts Chinese characters as letters', () => {
    expect(() => checkPasswordPolicy({ password: '留痕留痕留痕留痕留2', username: 'zhangsan' })).not.toThrow();
  });

  it('refuses a password one character short of the minimum, code password.too_weak with the minimum length', () => {
    const error = caught(() => checkPasswordPolicy({ password: 'abcd12345', username: 'zhangsan' }));
    expect(passwordMinLength).toBe(10);
    expect(error).toMatchObject({ code: 'password.too_weak', details: { minLength: 10 } });
    expect((error as Error).message).toBe('Passwords need at least 10 characters, with both letters and digits');
  });

  it('refuses a long password without digits, code password.too_weak', () => {
    expect(codeOf(() => checkPasswordPolicy({ password: 'abcdefghijkl', username: 'zhangsan' }))).toBe(
      'password.too_weak',
    );
  });

  it('refuses a long password without letters, code password.too_weak', () => {
    expect(codeOf(() => checkPasswordPolicy({ password: '1234567890!!', username: 'zhangsan' }))).toBe(
      'password.too_weak',
    );
  });

  it('refuses a password containing the username in any case, code password.contains_username', () => {
    expect(codeOf(() => checkPasswordPolicy({ password: 'zhangsan2026', username: 'zhangsan' }))).toBe(
      'password.contains_username',
    );
    expect(codeOf(() => checkPasswordPolicy({ password: 'x1ZhangSan99', username: 'zhangsan' }))).toBe(
      'password.contains_username',
    );
  });

  it('refuses the current password as the new one, code password.same_as_old', () => {
    expect(
      codeOf(() =>
        checkPasswordPolicy({ password: 'Hetang2026yue', username: 'zhangsan', currentPassword: 'Hetang2026yue' }),
      ),
    ).toBe('password.same_as_old');
  });

  it('treats a change of case as a different password', () => {
    expect(() =>
      checkPasswordPolicy({ password: 'hetang2026yue', username: 'zhangsan', currentPassword: 'Hetang2026yue' }),
    ).not.toThrow();
  });
});

describe('lockoutAfterFailure', () => {
  const now = new Date('2026-11-23T04:05:06.789Z');
  const policy = { now, maxFailures: 5, lockMinutes: 15 };

  it('counts failures below the limit without locking', () => {
    expect(lockoutAfterFailure({ ...policy, failedCount: 0 })).toEqual({ failedCount: 1, lockedUntil: null });
    expect(lockoutAfterFailure({ ...policy, failedCount: 3 })).toEqual({ failedCount: 4, lockedUntil: null });
  });

  it('locks on the Nth failure for lockMinutes and resets the counter', () => {
    expect(lockoutAfterFailure({ ...policy, failedCount: 4 })).toEqual({
      failedCount: 0,
      lockedUntil: new Date('2026-11-23T04:20:06.789Z'),
    });
  });

  it('locks after exactly maxFailures consecutive failures, starting again from one after the lock', () => {
    let state: { failedCount: number; lockedUntil: Date | null } = { failedCount: 0, lockedUntil: null };
    const trail: (string | null)[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      state = lockoutAfterFailure({ ...policy, failedCount: state.failedCount });
      trail.push(state.lockedUntil?.toISOString() ?? null);
    }
    expect(trail).toEqual([null, null, null, null, '2026-11-23T04:20:06.789Z', null]);
    expect(state.failedCount).toBe(1);
  });

  it('uses the configured limit and duration', () => {
    expect(lockoutAfterFailure({ now, maxFailures: 3, lockMinutes: 60, failedCount: 2 })).toEqual({
      failedCount: 0,
      lockedUntil: new Date('2026-11-23T05:05:06.789Z'),
    });
    expect(lockoutAfterFailure({ now, maxFailures: 3, lockMinutes: 60, failedCount: 1 })).toEqual({
      failedCount: 2,
      lockedUntil: null,
    });
  });

  it('does not change the clock it was given', () => {
    lockoutAfterFailure({ ...policy, failedCount: 4 });
    expect(now.toISOString()).toBe('2026-11-23T04:05:06.789Z');
  });
});
