import { describe, expect, it } from 'vitest';
import * as ledger from './index';

describe('public API', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(ledger).sort()).toEqual([
      'ED25519_SIGNATURE_TYPE',
      'LOG_ENTRY_VERSION',
      'LedgerError',
      'SM2_ALGORITHM_ID',
      'SM2_SIGNATURE_TYPE',
      'SM2_USER_ID',
      'canonicalizeJson',
      'computeKeyId',
      'computeRoot',
      'createCompactRange',
      'createEd25519KeyPair',
      'createEd25519Signer',
      'createEd25519Verifier',
      'createHasher',
      'createLogVerifier',
      'createMemoryTreeReader',
      'createNoteSigner',
      'createNoteVerifier',
      'createSm2KeyPair',
      'createSm2Signer',
      'createSm2Verifier',
      'decodeBase64',
      'decodeHex',
      'decodeLogEntry',
      'encodeBase64',
      'encodeCanonicalJson',
      'encodeHex',
      'exportPublicKeyPem',
      'formatCheckpoint',
      'formatNote',
      'formatVerifierKey',
      'generateConsistencyProof',
      'generateInclusionProof',
      'hashChildren',
      'hashEmptyTree',
      'hashLeaf',
      'isLedgerError',
      'isValidKeyName',
      'parseCheckpoint',
      'parseNote',
      'parseVerifierKey',
      'signCheckpoint',
      'signNote',
      'verifyCheckpoint',
      'verifyConsistency',
      'verifyInclusion',
      'verifyNote',
    ]);
  });

  it('hashes a canonical entry into a leaf end to end', () => {
    const hasher = ledger.createHasher('sha256');
    const leaf = ledger.hashLeaf(hasher, ledger.encodeCanonicalJson({ type: 'case.registered', v: 1 }));
    expect(ledger.encodeHex(leaf)).toBe(
      ledger.encodeHex(hasher.digest(Uint8Array.of(0), new TextEncoder().encode('{"type":"case.registered","v":1}'))),
    );
  });
});
