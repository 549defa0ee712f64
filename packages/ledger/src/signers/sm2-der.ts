import { concatBytes, decodeHex, encodeHex } from '../bytes';

/** Order n of the SM2 curve (GB/T 32918.5-2017 §A.2). */
export const SM2_ORDER = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;

// SubjectPublicKeyInfo header: id-ecPublicKey (1.2.840.10045.2.1) on sm2p256v1 (1.2.156.10197.1.301),
// then a 66-byte BIT STRING holding the uncompressed point; the layout OpenSSL writes for SM2 keys.
const SPKI_PREFIX = decodeHex('3059301306072a8648ce3d020106082a811ccf5501822d034200');

/** DER `SM2Signature ::= SEQUENCE { R INTEGER, S INTEGER }` (GB/T 35276-2017), as OpenSSL reads it. */
export function encodeSm2Signature(r: bigint, s: bigint): Uint8Array {
  const body = concatBytes(encodeInteger(r), encodeInteger(s));
  return concatBytes(new Uint8Array([0x30, body.length]), body);
}

/**
 * Decode a DER SM2 signature strictly: definite short lengths, minimal positive INTEGERs,
 * nothing trailing, and 1 <= r, s < n. Anything else is `undefined`, so one signature has exactly
 * one encoding.
 */
export function decodeSm2Signature(der: Uint8Array): { r: bigint; s: bigint } | undefined {
  if (der.length < 8 || der[0] !== 0x30 || der[1] !== der.length - 2) return undefined;
  const r = readInteger(der, 2);
  const s = r && readInteger(der, r.next);
  if (!r || !s || s.next !== der.length) return undefined;
  return { r: r.value, s: s.value };
}

/** DER SubjectPublicKeyInfo of a 65-byte uncompressed SM2 public key (0x04 || x || y). */
export function encodeSm2PublicKeySpki(publicKey: Uint8Array): Uint8Array {
  return concatBytes(SPKI_PREFIX, publicKey);
}

function encodeInteger(value: bigint): Uint8Array {
  let bytes = decodeHex(value.toString(16).padStart(64, '0'));
  while (bytes.length > 1 && bytes[0] === 0 && (bytes[1]! & 0x80) === 0) bytes = bytes.subarray(1);
  if ((bytes[0]! & 0x80) !== 0) bytes = concatBytes(new Uint8Array([0]), bytes);
  return concatBytes(new Uint8Array([0x02, bytes.length]), bytes);
}

function readInteger(der: Uint8Array, at: number): { value: bigint; next: number } | undefined {
  const length = der[at + 1];
  if (der[at] !== 0x02 || length === undefined || length < 1 || length > 33) return undefined;
  const bytes = der.subarray(at + 2, at + 2 + length);
  if (bytes.length !== length || (bytes[0]! & 0x80) !== 0) return undefined; // truncated or negative
  if (length > 1 && bytes[0] === 0 && (bytes[1]! & 0x80) === 0) return undefined; // non-minimal
  const value = BigInt(`0x${encodeHex(bytes)}`);
  if (value < 1n || value >= SM2_ORDER) return undefined;
  return { value, next: at + 2 + length };
}
