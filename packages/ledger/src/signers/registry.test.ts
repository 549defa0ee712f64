import { describe, expect, it } from 'vitest';
import { concatBytes, encodeUtf8 } from '../bytes';
import { signNote, verifyNote } from '../note';
import { computeKeyId, formatSignerKey, formatVerifierKey } from '../note-key';
import { createEd25519KeyPair } from './ed25519';
import { createNoteSigner, createNoteVerifier, exportPublicKeyPem } from './registry';
import { createSm2KeyPair } from './sm2';

describe('key registry', () => {
  it('builds signers and verifiers for Ed25519 and SM2 key strings', async () => {
    const ed = createEd25519KeyPair('log.example/ed');
    const gm = createSm2KeyPair('log.example/gm');
    const text = 'log.example/both\n2\nAAAA\n';
    const note = await signNote({ text, signers: [createNoteSigner(ed.signerKey), createNoteSigner(gm.signerKey)] });
    const opened = await verifyNote({
      note,
      verifiers: [createNoteVerifier(ed.verifierKey), createNoteVerifier(gm.verifierKey)],
    });
    expect(opened.verified.map((s) => s.name)).toEqual(['log.example/ed', 'log.example/gm']);
  });

  it('exports PEM public keys of both kinds', () => {
    expect(exportPublicKeyPem(createEd25519KeyPair('a').verifierKey)).toMatch(
      /^-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA/,
    );
    expect(exportPublicKeyPem(createSm2KeyPair('a').verifierKey)).toMatch(
      /^-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAE/,
    );
  });

  it('rejects key types it does not know, such as ECDSA (0x02) or another 0xff identifier', () => {
    for (const typedKey of [
      concatBytes(Uint8Array.of(0x02), new Uint8Array(65)),
      concatBytes(Uint8Array.of(0xff), encodeUtf8('other/sm2'), new Uint8Array(65)),
    ]) {
      const key = { name: 'k', keyId: computeKeyId('k', typedKey), typedKey };
      expect(() => createNoteVerifier(formatVerifierKey(key))).toThrow(
        expect.objectContaining({ code: 'key.unsupported_type' }),
      );
      expect(() => createNoteSigner(formatSignerKey(key))).toThrow(
        expect.objectContaining({ code: 'key.unsupported_type' }),
      );
    }
  });
});
