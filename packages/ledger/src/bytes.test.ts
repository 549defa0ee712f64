import { describe, expect, it } from 'vitest';
import { concatBytes, decodeBase64, decodeHex, decodeUtf8, encodeBase64, encodeHex, isEqualBytes } from './bytes';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};

describe('hex', () => {
  it('round-trips lower-case hex', () => {
    expect(encodeHex(decodeHex('00ff10ab'))).toBe('00ff10ab');
    expect(decodeHex('')).toEqual(new Uint8Array());
  });

  it('rejects odd length, upper case and non-hex', () => {
    for (const bad of ['0', 'AB', 'zz', '0x00', ' 00']) expect(code(() => decodeHex(bad))).toBe('encoding.invalid_hex');
  });
});

describe('base64', () => {
  it('round-trips standard padded base64 (RFC 4648 §10 vectors)', () => {
    const vectors: Array<[string, string]> = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, b64] of vectors) {
      expect(encodeBase64(new TextEncoder().encode(text))).toBe(b64);
      expect(new TextDecoder().decode(decodeBase64(b64))).toBe(text);
    }
  });

  it('rejects non-canonical spellings that Node would silently accept', () => {
    for (const bad of ['Zg', 'Zh==', 'Zm9', 'Zm9v\n', ' Zm9v', 'Zm-v', 'Zm_v', 'Zg===', 'Z===']) {
      expect(code(() => decodeBase64(bad))).toBe('encoding.invalid_base64');
    }
  });
});

describe('bytes helpers', () => {
  it('concatenates and compares', () => {
    const joined = concatBytes(Uint8Array.of(1), new Uint8Array(), Uint8Array.of(2, 3));
    expect(joined).toEqual(Uint8Array.of(1, 2, 3));
    expect(isEqualBytes(joined, Uint8Array.of(1, 2, 3))).toBe(true);
    expect(isEqualBytes(joined, Uint8Array.of(1, 2, 4))).toBe(false);
    expect(isEqualBytes(joined, Uint8Array.of(1, 2))).toBe(false);
  });

  it('rejects malformed UTF-8', () => {
    expect(decodeUtf8(Uint8Array.of(0xe7, 0x95, 0x99))).toBe('留');
    expect(code(() => decodeUtf8(Uint8Array.of(0xe7, 0x95)))).toBe('encoding.invalid_utf8');
    expect(code(() => decodeUtf8(Uint8Array.of(0xc0, 0x80)))).toBe('encoding.invalid_utf8');
  });
});
