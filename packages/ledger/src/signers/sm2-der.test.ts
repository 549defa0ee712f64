import { describe, expect, it } from 'vitest';
import { encodeHex } from '../bytes';
import { hex } from '../testing/rfc6962';
import { decodeSm2Signature, encodeSm2PublicKeySpki, encodeSm2Signature, SM2_ORDER } from './sm2-der';

describe('SM2 DER encodings', () => {
  it('encodes minimal INTEGERs, adding 0x00 only before a high bit', () => {
    expect(encodeHex(encodeSm2Signature(1n, 0x7fn))).toBe('300602010102017f');
    expect(encodeHex(encodeSm2Signature(0x80n, 0x0100n))).toBe('30080202008002020100');
    const big = encodeSm2Signature(SM2_ORDER - 1n, SM2_ORDER - 1n);
    expect(big.length).toBe(2 + 2 * 35);
    expect(decodeSm2Signature(big)).toEqual({ r: SM2_ORDER - 1n, s: SM2_ORDER - 1n });
  });

  it('accepts exactly one encoding per signature', () => {
    const rejected = [
      '3006020100020101', // r = 0
      '30060201ff020101', // negative r
      '300702020001020101', // non-minimal r
      '300702010102010100', // trailing byte inside the length
      '300602010102010100', // trailing byte outside
      '308106020101020101', // long-form length
      '3106020101020101', // SET, not SEQUENCE
      '3006030101020101', // BIT STRING, not INTEGER
      '30050201010201', // truncated
      '',
    ];
    for (const der of rejected) expect([der, decodeSm2Signature(hex(der))]).toEqual([der, undefined]);
    const n = SM2_ORDER.toString(16);
    expect(decodeSm2Signature(hex(`3026022100${n}020101`))).toBeUndefined(); // r = n
    expect(decodeSm2Signature(hex(`3026022100${(SM2_ORDER - 1n).toString(16)}020101`))).toBeDefined();
    expect(decodeSm2Signature(hex('3006020101020102'))).toEqual({ r: 1n, s: 2n });
  });

  it('wraps a public key in the SubjectPublicKeyInfo OpenSSL writes for SM2', () => {
    const point = new Uint8Array(65).fill(0xab);
    point[0] = 4;
    const spki = encodeSm2PublicKeySpki(point);
    expect(spki.length).toBe(91);
    expect(encodeHex(spki.subarray(0, 26))).toBe('3059301306072a8648ce3d020106082a811ccf5501822d034200');
  });
});
