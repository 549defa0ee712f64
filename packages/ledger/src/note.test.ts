import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeUtf8 } from './bytes';
import { formatNote, type NoteSigner, type NoteVerifier, parseNote, signNote, verifyNote } from './note';
import { createEd25519Signer, createEd25519Verifier } from './signers/ed25519';

// golang.org/x/mod/sumdb/note note_test.go.
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_B64 = 'x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=';
const PETER_SIG = `— PeterNeumann ${PETER_B64}\n`;
const ENOCH_SIG =
  '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

const peter = createEd25519Verifier(PETER_VKEY);
const enoch = createEd25519Verifier(ENOCH_VKEY);

async function codeOf(note: string | Uint8Array, verifiers: NoteVerifier[]): Promise<string> {
  try {
    await verifyNote({ note, verifiers });
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? 'uncoded';
  }
}

describe('signed notes (c2sp.org/signed-note)', () => {
  it('parses the sumdb/note example', () => {
    const note = parseNote(`${TEXT}\n${PETER_SIG}`);
    expect(note.text).toBe(TEXT);
    expect(note.signatures).toHaveLength(1);
    expect(note.signatures[0]?.name).toBe('PeterNeumann');
    expect(note.signatures[0]?.keyId).toBe(0xc74f20a3);
    expect(note.signatures[0]?.signature).toEqual(decodeBase64(PETER_B64).subarray(4));
    expect(formatNote(note)).toBe(`${TEXT}\n${PETER_SIG}`);
  });

  it('signs the sumdb/note example byte for byte', async () => {
    const note = await signNote({ text: TEXT, signers: [createEd25519Signer(PETER_SKEY)] });
    expect(note).toBe(`${TEXT}\n${PETER_SIG}`);
  });

  it('verifies known signatures and ignores unknown ones (Go TestOpen)', async () => {
    const both = `${TEXT}\n${PETER_SIG}${ENOCH_SIG}`;
    const one = await verifyNote({ note: both, verifiers: [peter] });
    expect(one.text).toBe(TEXT);
    expect(one.verified.map((s) => s.name)).toEqual(['PeterNeumann']);
    expect(one.signatures.map((s) => s.name)).toEqual(['PeterNeumann', 'EnochRoot']);
    const two = await verifyNote({ note: encodeUtf8(both), verifiers: [peter, enoch] });
    expect(two.verified.map((s) => s.keyId)).toEqual([0xc74f20a3, 0xaf0cfe78]);
    expect(await codeOf(both, [])).toBe('note.unknown_key');
    // An unknown signature that would not verify is still ignored.
    const enochTampered = `${ENOCH_SIG.slice(0, 60)}ABCD${ENOCH_SIG.slice(60)}`;
    expect(await codeOf(`${TEXT}\n${PETER_SIG}${enochTampered}`, [peter])).toBe('ok');
  });

  it('rejects a bad signature from a known key', async () => {
    expect(await codeOf(`${TEXT}\n${PETER_SIG.slice(0, 60)}ABCD${PETER_SIG.slice(60)}`, [peter])).toBe(
      'note.bad_signature',
    );
    expect(await codeOf(`${TEXT.replace('cryptography', 'cryptographY')}\n${PETER_SIG}`, [peter])).toBe(
      'note.bad_signature',
    );
    // A good signature does not excuse a bad one from another known key.
    const badEnoch = `${ENOCH_SIG.slice(0, 60)}ABCD${ENOCH_SIG.slice(60)}`;
    expect(await codeOf(`${TEXT}\n${PETER_SIG}${badEnoch}`, [peter, enoch])).toBe('note.bad_signature');
  });

  it('distinguishes a known name under another key ID from an unknown key', async () => {
    const wrongId = PETER_SIG.replace('x08g', 'xxxx');
    expect(await codeOf(`${TEXT}\n${wrongId}`, [peter])).toBe('note.key_id_mismatch');
    expect(await codeOf(`${TEXT}\n${PETER_SIG.replace('PeterNeumann', 'CarmenSandiego')}`, [peter])).toBe(
      'note.unknown_key',
    );
  });

  it('rejects malformed notes (Go TestOpen bad messages and more)', async () => {
    const bad: Array<string | Uint8Array> = [
      TEXT,
      `${TEXT}\n`,
      `${TEXT}\n${PETER_SIG.slice(0, -1)}`,
      `\x01${TEXT}\n${PETER_SIG}`,
      Uint8Array.from([0xff, ...encodeUtf8(`${TEXT}\n${PETER_SIG}`)]),
      `${TEXT}\n— Bad Name ${PETER_B64}`,
      `${TEXT}\n${PETER_SIG}Unexpected line.\n`,
      `${TEXT}\n${PETER_SIG.repeat(101)}`,
      `${TEXT}\n- PeterNeumann ${PETER_B64}\n`,
      `${TEXT}\n— PeterNeumann  ${PETER_B64}\n`,
      `${TEXT}\n— Peter+Neumann ${PETER_B64}\n`,
      `${TEXT}\n— PeterNeumann AAAAAA==\n`,
      `${TEXT}\n— PeterNeumann ${PETER_B64.replace('=', '')}\n`,
      `${TEXT}\n— PeterNeumann ${PETER_B64}\r\n`,
      `\ud800${TEXT}\n${PETER_SIG}`,
    ];
    for (const note of bad) expect(await codeOf(note, [peter])).toBe('note.malformed');
    expect(await codeOf(`${TEXT}\n${PETER_SIG.repeat(100)}`, [peter])).toBe('ok');
  });

  it('refuses to sign text that could not round-trip', async () => {
    const signers = [createEd25519Signer(PETER_SKEY)];
    for (const text of ['abc', 'tab\there\n', '']) {
      await expect(signNote({ text, signers })).rejects.toMatchObject({ code: 'note.malformed' });
    }
    await expect(signNote({ text: TEXT, signers: [] })).rejects.toMatchObject({ code: 'note.malformed' });
  });

  it('keeps blank lines inside the text', async () => {
    const text = 'first\n\nsecond\n\n';
    const note = await signNote({ text, signers: [createEd25519Signer(PETER_SKEY)] });
    expect((await verifyNote({ note, verifiers: [peter] })).text).toBe(text);
  });

  it('works with asynchronous signers and verifiers (e.g. a hardware signing service)', async () => {
    const inner = createEd25519Signer(PETER_SKEY);
    const remote: NoteSigner = { name: inner.name, keyId: inner.keyId, sign: async (t) => inner.sign(t) };
    const remoteVerifier: NoteVerifier = { ...peter, verify: async (t, s) => peter.verify(t, s) };
    const note = await signNote({ text: TEXT, signers: [remote] });
    expect(note).toBe(`${TEXT}\n${PETER_SIG}`);
    expect(await codeOf(note, [remoteVerifier])).toBe('ok');
  });
});
