export { decodeBase64, decodeHex, encodeBase64, encodeHex } from './bytes';
export { canonicalizeJson, encodeCanonicalJson, type JsonValue } from './canonical-json';
export { type Checkpoint, formatCheckpoint, parseCheckpoint, signCheckpoint, verifyCheckpoint } from './checkpoint';
export { type CompactRange, createCompactRange } from './compact-range';
export { type ConsistencyClaim, generateConsistencyProof, verifyConsistency } from './consistency-proof';
export { isLedgerError, LedgerError, type LedgerErrorCode } from './errors';
export { createHasher, type HashAlgorithm, type Hasher } from './hash';
export { generateInclusionProof, type InclusionClaim, verifyInclusion } from './inclusion-proof';
export { type ContentHash, decodeLogEntry, LOG_ENTRY_VERSION, type LogEntry, type LogEntryDefect } from './log-entry';
export {
  type BlobReference,
  createLogVerifier,
  type LogProblem,
  type LogProblemKind,
  type LogRow,
  type LogVerifier,
  type VerificationReport,
} from './log-verifier';
export { computeRoot, hashChildren, hashEmptyTree, hashLeaf } from './merkle';
export {
  formatNote,
  type Note,
  type NoteSignature,
  type NoteSigner,
  type NoteVerifier,
  parseNote,
  signNote,
  verifyNote,
} from './note';
export { computeKeyId, formatVerifierKey, isValidKeyName, type NoteKey, parseVerifierKey } from './note-key';
export {
  createEd25519KeyPair,
  createEd25519Signer,
  createEd25519Verifier,
  ED25519_SIGNATURE_TYPE,
  type NoteKeyPair,
} from './signers/ed25519';
export { createNoteSigner, createNoteVerifier, exportPublicKeyPem } from './signers/registry';
export {
  createSm2KeyPair,
  createSm2Signer,
  createSm2Verifier,
  SM2_ALGORITHM_ID,
  SM2_SIGNATURE_TYPE,
  SM2_USER_ID,
} from './signers/sm2';
export { createMemoryTreeReader, type TreeReader } from './tree-reader';
