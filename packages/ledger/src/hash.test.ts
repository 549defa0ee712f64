import { describe, expect, it } from 'vitest';
import { encodeHex, encodeUtf8 } from './bytes';
import { isLedgerError } from './errors';
import { createHasher, type HashAlgorithm } from './hash';

const digestHex = (algorithm: HashAlgorithm, ...parts: string[]) =>
  encodeHex(createHasher(algorithm).digest(...parts.map(encodeUtf8)));

describe('createHasher', () => {
  it('computes SHA-256 of the empty string', () => {
    expect(digestHex('sha256')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('computes SHA-256("abc") (FIPS 180-4 example)', () => {
    expect(digestHex('sha256', 'abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches the GB/T 32905-2016 SM3 examples', () => {
    expect(digestHex('sm3', 'abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(digestHex('sm3', 'abcd'.repeat(16))).toBe(
      'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732',
    );
  });

  it('hashes the concatenation of its parts', () => {
    expect(digestHex('sm3', 'ab', '', 'c')).toBe(digestHex('sm3', 'abc'));
    expect(digestHex('sha256', 'a', 'bc')).toBe(digestHex('sha256', 'abc'));
  });

  it('reports a 32-byte digest size and returns plain Uint8Arrays', () => {
    for (const algorithm of ['sha256', 'sm3'] as const) {
      const hasher = createHasher(algorithm);
      expect(hasher.size).toBe(32);
      expect(hasher.algorithm).toBe(algorithm);
      expect(hasher.digest().length).toBe(32);
    }
  });

  it('rejects unknown algorithms with a coded error', () => {
    for (const name of ['md5', 'toString', 'SHA256']) {
      expect(() => createHasher(name as HashAlgorithm)).toThrow(
        expect.objectContaining({ code: 'hash.unsupported_algorithm' }),
      );
    }
    let caught: unknown;
    try {
      createHasher('sha1' as HashAlgorithm);
    } catch (error) {
      caught = error;
    }
    expect(isLedgerError(caught, 'hash.unsupported_algorithm')).toBe(true);
    expect(isLedgerError(caught, 'hash.wrong_length')).toBe(false);
  });
});
