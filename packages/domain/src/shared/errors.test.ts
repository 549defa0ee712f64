import { describe, expect, it } from 'vitest';
import { DomainError, domainError, type ErrorCode, errorMessages, formatErrorMessage, isDomainError } from './errors';

const codes = Object.keys(errorMessages) as ErrorCode[];

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('errorMessages', () => {
  it('holds the codes clients rely on', () => {
    for (const code of [
      'auth.forbidden',
      'password.too_weak',
      'password.contains_username',
      'password.same_as_old',
      'user.username_invalid',
      'unit.entrustment_basis_required',
      'certificate.invalid_period',
      'internal',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it.each(codes)('gives %s a non-empty Chinese and English message', (code) => {
    expect(errorMessages[code].zh.trim()).not.toBe('');
    expect(errorMessages[code].en.trim()).not.toBe('');
  });

  it.each(codes)('uses the same placeholders in the Chinese and English messages of %s', (code) => {
    expect(placeholders(errorMessages[code].zh)).toEqual(placeholders(errorMessages[code].en));
  });

  it.each(codes)('writes the Chinese message of %s in Chinese characters', (code) => {
    expect(errorMessages[code].zh).toMatch(/\p{Script=Han}/u);
  });

  it('has no stray or unbalanced braces outside placeholders', () => {
    for (const code of codes) {
      for (const template of [errorMessages[code].zh, errorMessages[code].en]) {
        expect(template.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('formatErrorMessage', () => {
  it('fills placeholders in both languages', () => {
    expect(formatErrorMessage('unit.has_users', { count: 3 }, 'zh')).toBe(
      '单位下仍有 3 名用户，请先调整这些用户的所属单位',
    );
    expect(formatErrorMessage('unit.has_users', { count: 3 }, 'en')).toBe(
      'The unit still has 3 users; move them to another unit first',
    );
    expect(formatErrorMessage('config.invalid', { key: 'LIUHEN_PORT', reason: 'not a number' }, 'en')).toBe(
      'Setting LIUHEN_PORT is invalid: not a number',
    );
  });

  it('fills falsy but present values such as 0 and the empty string', () => {
    expect(formatErrorMessage('unit.has_users', { count: 0 }, 'en')).toBe(
      'The unit still has 0 users; move them to another unit first',
    );
    expect(formatErrorMessage('request.invalid', { issues: '' }, 'en')).toBe('The request is invalid: ');
  });

  it('keeps a placeholder visible when its detail is missing or null', () => {
    expect(formatErrorMessage('config.invalid', { key: 'LIUHEN_PORT' }, 'en')).toBe(
      'Setting LIUHEN_PORT is invalid: {reason}',
    );
    expect(formatErrorMessage('internal', { requestId: null }, 'zh')).toBe(
      '系统内部错误，请稍后再试（请求编号 {requestId}）',
    );
  });

  it('ignores details that have no placeholder and leaves messages without placeholders as they are', () => {
    expect(formatErrorMessage('auth.forbidden', { action: 'user.read' }, 'zh')).toBe('无权执行此操作');
  });

  it('inserts a value containing $ signs or braces literally', () => {
    expect(formatErrorMessage('unit.name_taken', { name: "$& $' {name}" }, 'en')).toBe(
      "A unit named $& $' {name} already exists",
    );
  });
});

describe('DomainError', () => {
  it('carries its code, details and the English message, and is recognised by isDomainError', () => {
    const error = domainError('user.username_taken', { username: 'zhangsan' });
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('user.username_taken');
    expect(error.details).toEqual({ username: 'zhangsan' });
    expect(error.message).toBe('The username zhangsan is already taken');
    expect(isDomainError(error)).toBe(true);
  });

  it('defaults to empty details', () => {
    expect(domainError('auth.required').details).toEqual({});
  });

  it('does not take a plain error or an object with a code for a DomainError', () => {
    expect(isDomainError(new Error('auth.forbidden'))).toBe(false);
    expect(isDomainError({ code: 'auth.forbidden', details: {} })).toBe(false);
    expect(isDomainError(null)).toBe(false);
  });
});
