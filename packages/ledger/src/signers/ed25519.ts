import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, sign, verify } from 'node:crypto';
import { concatBytes, decodeHex } from '../bytes';
import { LedgerError } from '../errors';
import type { NoteSigner, NoteVerifier } from '../note';
import {
  assertKeyId,
  computeKeyId,
  formatSignerKey,
  formatVerifierKey,
  parseSignerKey,
  parseVerifierKey,
} from '../note-key';

/** C2SP signed-note signature type 0x01: Ed25519 (RFC 8032) over the note text. */
export const ED25519_SIGNATURE_TYPE = 0x01;

/** A note key pair as strings: `signerKey` is secret (store it mode 0600), `verifierKey` is public. */
export type NoteKeyPair = { signerKey: string; verifierKey: string };

const TYPE = new Uint8Array([ED25519_SIGNATURE_TYPE]);
// RFC 8410 DER wrappers around the raw 32-byte seed / public key.
const PKCS8_PREFIX = decodeHex('302e020100300506032b657004220420');
const SPKI_PREFIX = decodeHex('302a300506032b6570032100');

/** Create an Ed25519 note key pair named `name`; pass a 32-byte `seed` for a deterministic key. */
export function createEd25519KeyPair(name: string, seed: Uint8Array = randomBytes(32)): NoteKeyPair {
  const typedPublicKey = concatBytes(TYPE, rawPublicKey(privateKeyFromSeed(seed)));
  const keyId = computeKeyId(name, typedPublicKey);
  return {
    signerKey: formatSignerKey({ name, keyId, typedKey: concatBytes(TYPE, seed) }),
    verifierKey: formatVerifierKey({ name, keyId, typedKey: typedPublicKey }),
  };
}

/** A NoteSigner from a `PRIVATE+KEY+<name>+<id>+<base64(0x01 || seed)>` string (sumdb/note format). */
export function createEd25519Signer(signerKey: string): NoteSigner {
  const { name, keyId, typedKey } = parseSignerKey(signerKey);
  const privateKey = privateKeyFromSeed(untype(typedKey));
  assertKeyId(name, keyId, concatBytes(TYPE, rawPublicKey(privateKey)));
  return { name, keyId, sign: (text) => new Uint8Array(sign(null, text, privateKey)) };
}

/** A NoteVerifier from a `<name>+<id>+<base64(0x01 || public key)>` string. */
export function createEd25519Verifier(verifierKey: string): NoteVerifier {
  const { name, keyId, typedKey } = parseVerifierKey(verifierKey);
  const publicKey = publicKeyFromRaw(untype(typedKey));
  assertKeyId(name, keyId, typedKey);
  return {
    name,
    keyId,
    verify: (text, signature) => signature.length === 64 && verify(null, text, publicKey, signature),
  };
}

/** PEM SubjectPublicKeyInfo of an Ed25519 verifier key, for openssl and the export trust bundle. */
export function exportEd25519PublicKeyPem(verifierKey: string): string {
  const publicKey = publicKeyFromRaw(untype(parseVerifierKey(verifierKey).typedKey));
  return publicKey.export({ format: 'pem', type: 'spki' }).toString();
}

function untype(typedKey: Uint8Array): Uint8Array {
  if (typedKey[0] !== ED25519_SIGNATURE_TYPE) throw new LedgerError('key.unsupported_type', 'not an Ed25519 key');
  if (typedKey.length !== 33) throw new LedgerError('key.malformed', 'an Ed25519 key is 32 bytes');
  return typedKey.subarray(1);
}

function privateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) throw new LedgerError('key.malformed', 'an Ed25519 seed is 32 bytes');
  return createPrivateKey({ key: Buffer.from(concatBytes(PKCS8_PREFIX, seed)), format: 'der', type: 'pkcs8' });
}

function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  try {
    return createPublicKey({ key: Buffer.from(concatBytes(SPKI_PREFIX, raw)), format: 'der', type: 'spki' });
  } catch {
    throw new LedgerError('key.malformed', 'not an Ed25519 public key');
  }
}

function rawPublicKey(privateKey: KeyObject): Uint8Array {
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return new Uint8Array(spki.subarray(spki.length - 32));
}
