import { LedgerError } from './errors';

const HEX = /^(?:[0-9a-f]{2})*$/;
// RFC 4648 §4 standard alphabet with mandatory padding.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/** Concatenate byte arrays into a new array. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** True when both arrays hold the same bytes. */
export function isEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Lower-case hex of `bytes`. */
export function encodeHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');
}

/** Bytes of a lower-case hex string; anything else is 'encoding.invalid_hex'. */
export function decodeHex(hex: string): Uint8Array {
  if (!HEX.test(hex)) throw new LedgerError('encoding.invalid_hex', 'expected lower-case hex with an even length');
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

/** Standard padded base64 (RFC 4648 §4) of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64');
}

/**
 * Bytes of a standard padded base64 string. Only the canonical encoding is accepted (no whitespace,
 * no URL alphabet, zero pad bits): Node's decoder is lenient, and a lenient decoder lets one
 * signature or root have several spellings.
 */
export function decodeBase64(text: string): Uint8Array {
  const bytes = BASE64.test(text) ? Buffer.from(text, 'base64') : undefined;
  if (bytes === undefined || bytes.toString('base64') !== text) {
    throw new LedgerError('encoding.invalid_base64', 'expected canonical standard base64');
  }
  return new Uint8Array(bytes);
}

/** UTF-8 bytes of `text`. */
export function encodeUtf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/** Text of UTF-8 `bytes`; malformed UTF-8 is 'encoding.invalid_utf8'. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    throw new LedgerError('encoding.invalid_utf8', 'bytes are not valid UTF-8');
  }
}
