import { domainError } from '../shared/errors';

const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,31}$/;

/** Usernames are case-insensitive; they are stored in lower case. */
export function normaliseUsername(username: string): string {
  const normalised = username.trim().toLowerCase();
  if (!usernamePattern.test(normalised)) throw domainError('user.username_invalid');
  return normalised;
}

export const passwordMinLength = 10;

/** The password policy: long enough, letters and digits, not the username, not the old password. */
export function checkPasswordPolicy(input: { password: string; username: string; currentPassword?: string }): void {
  const { password, username, currentPassword } = input;
  if (password.length < passwordMinLength || !/\p{L}/u.test(password) || !/\d/.test(password)) {
    throw domainError('password.too_weak', { minLength: passwordMinLength });
  }
  if (password.toLowerCase().includes(username.toLowerCase())) throw domainError('password.contains_username');
  if (currentPassword !== undefined && password === currentPassword) throw domainError('password.same_as_old');
}

/** Account lockout (brute-force protection): after `maxFailures` failures in a row, lock for `lockMinutes`. */
export function lockoutAfterFailure(input: {
  failedCount: number;
  now: Date;
  maxFailures: number;
  lockMinutes: number;
}): { failedCount: number; lockedUntil: Date | null } {
  const failedCount = input.failedCount + 1;
  if (failedCount < input.maxFailures) return { failedCount, lockedUntil: null };
  return { failedCount: 0, lockedUntil: new Date(input.now.getTime() + input.lockMinutes * 60_000) };
}
