import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './bytes';
import {
  assertKeyId,
  computeKeyId,
  formatKeyId,
  formatSignerKey,
  formatVerifierKey,
  isValidKeyName,
  parseSignerKey,
  parseVerifierKey,
} from './note-key';

const PETER = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';

describe('C2SP note key strings', () => {
  it('computes the sumdb/note key ID: SHA-256(name || 0x0A || 0x01 || key)[:4]', () => {
    const key = parseVerifierKey(PETER);
    expect(key.name).toBe('PeterNeumann');
    expect(formatKeyId(key.keyId)).toBe('c74f20a3');
    expect(computeKeyId('PeterNeumann', key.typedKey)).toBe(0xc74f20a3);
    expect(key.typedKey).toEqual(decodeBase64('ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'));
    expect(formatVerifierKey(key)).toBe(PETER);
    expect(() => assertKeyId('PeterNeumann', 0xc74f20a4, key.typedKey)).toThrow(
      expect.objectContaining({ code: 'key.id_mismatch' }),
    );
  });

  it('splits signer keys on the first separators only (base64 may hold "+")', () => {
    const skey = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
    const key = parseSignerKey(skey);
    expect(key.typedKey.length).toBe(33);
    expect(formatSignerKey(key)).toBe(skey);
  });

  it('validates key names', () => {
    expect(['log.example/a', '留痕/日志', 'a'].map(isValidKeyName)).toEqual([true, true, true]);
    expect(['', 'a b', 'a+b', 'a\tb', 'a\u3000b', 'a\u0001b'].map(isValidKeyName)).toEqual(Array(6).fill(false));
  });

  it('rejects malformed key strings', () => {
    for (const bad of [
      '',
      'name',
      'name+c74f20a3',
      '+c74f20a3+AQ==',
      'n+C74F20A3+AQI=',
      'n+c74f20+AQI=',
      'n+c74f20a3+AQ',
      'n+c74f20a3+AQ==',
    ]) {
      expect(() => parseVerifierKey(bad)).toThrow(expect.objectContaining({ code: 'key.malformed' }));
    }
    expect(() => parseSignerKey(PETER)).toThrow(expect.objectContaining({ code: 'key.malformed' }));
  });
});
