import { randomBytes } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { concatBytes, decodeHex, encodeHex, encodeUtf8, isEqualBytes } from '../bytes';
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
import type { NoteKeyPair } from './ed25519';
import { decodeSm2Signature, encodeSm2PublicKeySpki, encodeSm2Signature, SM2_ORDER } from './sm2-der';

/**
 * SM2 has no signed-note type byte. C2SP signed-note reserves 0xff for "signature types without an
 * identifier byte assigned by this specification" and recommends a longer identifier after it, so
 * Liuhen SM2 keys are typed `0xff || "liuhen/sm2-sm3/v1"` in key IDs and key strings. The identifier
 * fixes everything a verifier must agree on:
 * - SM2 signature with SM3 (GB/T 32918.2), Z_A computed with the default user ID
 *   "1234567812345678" (GM/T 0009-2012 §10; Node's built-in SM2 uses an empty ID and is NOT this);
 * - the signature is DER `SEQUENCE { r, s }` (GB/T 35276-2017), as `openssl dgst -sm3 -sigopt
 *   distid:1234567812345678` reads it;
 * - public keys are 65-byte uncompressed points 0x04 || x || y, private keys the 32-byte scalar d.
 * Other C2SP verifiers ignore these lines, so always add an Ed25519 signature too.
 */
export const SM2_SIGNATURE_TYPE = 0xff;
/** The identifier that follows SM2_SIGNATURE_TYPE; bump the version if any rule above changes. */
export const SM2_ALGORITHM_ID = 'liuhen/sm2-sm3/v1';
/** SM2 distinguishing identifier (user ID) used in Z_A. */
export const SM2_USER_ID = '1234567812345678';

const TYPE = concatBytes(new Uint8Array([SM2_SIGNATURE_TYPE]), encodeUtf8(SM2_ALGORITHM_ID));

/** Create an SM2 note key pair named `name`; pass a 32-byte private scalar for a deterministic key. */
export function createSm2KeyPair(name: string, privateKey: Uint8Array = randomScalar()): NoteKeyPair {
  const typedPublicKey = concatBytes(TYPE, derivePublicKey(privateKey));
  const keyId = computeKeyId(name, typedPublicKey);
  return {
    signerKey: formatSignerKey({ name, keyId, typedKey: concatBytes(TYPE, privateKey) }),
    verifierKey: formatVerifierKey({ name, keyId, typedKey: typedPublicKey }),
  };
}

/** A NoteSigner from a `PRIVATE+KEY+<name>+<id>+<base64(0xff || id string || d)>` string. */
export function createSm2Signer(signerKey: string): NoteSigner {
  const { name, keyId, typedKey } = parseSignerKey(signerKey);
  const privateKey = untype(typedKey);
  const publicKeyHex = encodeHex(derivePublicKey(privateKey));
  assertKeyId(name, keyId, concatBytes(TYPE, decodeHex(publicKeyHex)));
  const privateKeyHex = encodeHex(privateKey);
  return {
    name,
    keyId,
    sign(text) {
      const rs = sm2.doSignature(text, privateKeyHex, { hash: true, publicKey: publicKeyHex, userId: SM2_USER_ID });
      return encodeSm2Signature(BigInt(`0x${rs.slice(0, 64)}`), BigInt(`0x${rs.slice(64)}`));
    },
  };
}

/** A NoteVerifier from a `<name>+<id>+<base64(0xff || id string || 0x04 || x || y)>` string. */
export function createSm2Verifier(verifierKey: string): NoteVerifier {
  const { name, keyId, typedKey } = parseVerifierKey(verifierKey);
  const publicKey = untype(typedKey);
  if (publicKey.length !== 65 || publicKey[0] !== 0x04 || !isOnCurve(publicKey)) {
    throw new LedgerError('key.malformed', 'not an uncompressed SM2 public key on the curve');
  }
  assertKeyId(name, keyId, typedKey);
  const publicKeyHex = encodeHex(publicKey);
  return {
    name,
    keyId,
    verify(text, signature) {
      const rs = decodeSm2Signature(signature);
      if (rs === undefined) return false;
      const hex = rs.r.toString(16).padStart(64, '0') + rs.s.toString(16).padStart(64, '0');
      return sm2.doVerifySignature(text, hex, publicKeyHex, { hash: true, userId: SM2_USER_ID });
    },
  };
}

/** True when a typed key (from a key string) is a Liuhen SM2 key. */
export function isSm2TypedKey(typedKey: Uint8Array): boolean {
  return typedKey.length > TYPE.length && isEqualBytes(typedKey.subarray(0, TYPE.length), TYPE);
}

/** PEM SubjectPublicKeyInfo of an SM2 verifier key, for openssl and the export trust bundle. */
export function exportSm2PublicKeyPem(verifierKey: string): string {
  const spki = Buffer.from(encodeSm2PublicKeySpki(untype(parseVerifierKey(verifierKey).typedKey)));
  const lines = spki.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

function untype(typedKey: Uint8Array): Uint8Array {
  if (!isSm2TypedKey(typedKey)) throw new LedgerError('key.unsupported_type', `not a ${SM2_ALGORITHM_ID} key`);
  return typedKey.subarray(TYPE.length);
}

/** P = dG; GB/T 32918.1-2016 §6.1 requires d in [1, n - 2] because signing inverts 1 + d. */
function derivePublicKey(privateKey: Uint8Array): Uint8Array {
  const d = privateKey.length === 32 ? BigInt(`0x${encodeHex(privateKey)}`) : 0n;
  if (d < 1n || d > SM2_ORDER - 2n)
    throw new LedgerError('key.malformed', 'an SM2 private key is 32 bytes in [1, n-2]');
  return decodeHex(sm2.getPublicKeyFromPrivateKey(encodeHex(privateKey)));
}

function isOnCurve(publicKey: Uint8Array): boolean {
  try {
    return sm2.verifyPublicKey(encodeHex(publicKey));
  } catch {
    return false; // noble's point decoding throws on points off the curve
  }
}

function randomScalar(): Uint8Array {
  for (;;) {
    const candidate = new Uint8Array(randomBytes(32));
    const d = BigInt(`0x${encodeHex(candidate)}`);
    if (d >= 1n && d <= SM2_ORDER - 2n) return candidate;
  }
}
