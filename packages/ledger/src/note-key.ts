import { createHash } from 'node:crypto';
import { decodeBase64, encodeBase64, encodeUtf8 } from './bytes';
import { LedgerError } from './errors';

/** A parsed C2SP key string: name, key ID, and the key bytes prefixed by their signature type. */
export type NoteKey = { name: string; keyId: number; typedKey: Uint8Array };

const SIGNER_KEY_PREFIX = 'PRIVATE+KEY+';
const KEY_ID = /^[0-9a-f]{8}$/;

/** C2SP signed-note: key names are non-empty, with no Unicode spaces and no '+'. */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name) && !hasControlCharacter(name);
}

/** C2SP signed-note key ID: SHA-256(key name || 0x0A || signature type || public key)[:4], big-endian uint32. */
export function computeKeyId(name: string, typedPublicKey: Uint8Array): number {
  const digest = createHash('sha256')
    .update(encodeUtf8(`${name}\n`))
    .update(typedPublicKey)
    .digest();
  return digest.readUInt32BE(0);
}

/** Verifier key string `<name>+<8 hex key ID>+<base64(type || public key)>` (golang.org/x/mod/sumdb/note). */
export function formatVerifierKey(key: NoteKey): string {
  return `${checkedName(key.name)}+${formatKeyId(key.keyId)}+${encodeBase64(key.typedKey)}`;
}

/** Signer key string `PRIVATE+KEY+<name>+<8 hex key ID>+<base64(type || private key)>` (sumdb/note). */
export function formatSignerKey(key: NoteKey): string {
  return `${SIGNER_KEY_PREFIX}${formatVerifierKey(key)}`;
}

/** Parse a verifier key string; the key ID is not checked here (it depends on the type). */
export function parseVerifierKey(text: string): NoteKey {
  // Names have no '+', so the first two '+' delimit them; base64 may itself contain '+'.
  const first = text.indexOf('+');
  const second = text.indexOf('+', first + 1);
  const name = text.slice(0, first);
  const id = text.slice(first + 1, second);
  if (first < 0 || second < 0 || !isValidKeyName(name) || !KEY_ID.test(id)) {
    throw new LedgerError('key.malformed', 'expected <name>+<8 hex key id>+<base64 key>');
  }
  let typedKey: Uint8Array;
  try {
    typedKey = decodeBase64(text.slice(second + 1));
  } catch {
    throw new LedgerError('key.malformed', 'key data is not canonical base64');
  }
  if (typedKey.length < 2) throw new LedgerError('key.malformed', 'key data is too short');
  return { name, keyId: Number.parseInt(id, 16), typedKey };
}

/** Parse a signer key string (the private counterpart of parseVerifierKey). */
export function parseSignerKey(text: string): NoteKey {
  if (!text.startsWith(SIGNER_KEY_PREFIX)) throw new LedgerError('key.malformed', 'expected PRIVATE+KEY+…');
  return parseVerifierKey(text.slice(SIGNER_KEY_PREFIX.length));
}

/** Throw 'key.id_mismatch' unless `keyId` is the C2SP-recommended ID of the public key. */
export function assertKeyId(name: string, keyId: number, typedPublicKey: Uint8Array): void {
  const expected = computeKeyId(name, typedPublicKey);
  if (expected !== keyId) {
    throw new LedgerError('key.id_mismatch', `key ID ${formatKeyId(keyId)} should be ${formatKeyId(expected)}`);
  }
}

/** Key ID as 8 lower-case hex digits. */
export function formatKeyId(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

function checkedName(name: string): string {
  if (!isValidKeyName(name)) throw new LedgerError('key.malformed', `invalid key name ${JSON.stringify(name)}`);
  return name;
}

/** True when `text` holds an ASCII control character other than newline (forbidden in signed notes). */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) return true;
  }
  return false;
}
