import { LedgerError } from '../errors';
import type { NoteSigner, NoteVerifier } from '../note';
import { parseSignerKey, parseVerifierKey } from '../note-key';
import {
  createEd25519Signer,
  createEd25519Verifier,
  ED25519_SIGNATURE_TYPE,
  exportEd25519PublicKeyPem,
} from './ed25519';
import { createSm2Signer, createSm2Verifier, exportSm2PublicKeyPem, isSm2TypedKey } from './sm2';

type KeyKind = 'ed25519' | 'sm2';

/** A NoteVerifier for any verifier key string Liuhen understands (Ed25519 0x01, SM2 0xff "liuhen/sm2-sm3/v1"). */
export function createNoteVerifier(verifierKey: string): NoteVerifier {
  return kindOf(parseVerifierKey(verifierKey).typedKey) === 'ed25519'
    ? createEd25519Verifier(verifierKey)
    : createSm2Verifier(verifierKey);
}

/** A NoteSigner for any signer key string Liuhen understands. */
export function createNoteSigner(signerKey: string): NoteSigner {
  return kindOf(parseSignerKey(signerKey).typedKey) === 'ed25519'
    ? createEd25519Signer(signerKey)
    : createSm2Signer(signerKey);
}

/** PEM SubjectPublicKeyInfo of any supported verifier key, for openssl and the export trust bundle. */
export function exportPublicKeyPem(verifierKey: string): string {
  return kindOf(parseVerifierKey(verifierKey).typedKey) === 'ed25519'
    ? exportEd25519PublicKeyPem(verifierKey)
    : exportSm2PublicKeyPem(verifierKey);
}

function kindOf(typedKey: Uint8Array): KeyKind {
  if (typedKey[0] === ED25519_SIGNATURE_TYPE) return 'ed25519';
  if (isSm2TypedKey(typedKey)) return 'sm2';
  throw new LedgerError('key.unsupported_type', `unsupported signature type 0x${(typedKey[0] ?? 0).toString(16)}`);
}
