import { describe, expect, it } from 'vitest';
import { encodeBase64, encodeHex, encodeUtf8 } from './bytes';
import { type Checkpoint, formatCheckpoint, parseCheckpoint, signCheckpoint, verifyCheckpoint } from './checkpoint';
import { createCompactRange } from './compact-range';
import { createHasher } from './hash';
import { generateInclusionProof, verifyInclusion } from './inclusion-proof';
import { hashLeaf } from './merkle';
import { signNote } from './note';
import { createEd25519KeyPair, createEd25519Signer, createEd25519Verifier } from './signers/ed25519';
import { createSm2KeyPair, createSm2Signer, createSm2Verifier } from './signers/sm2';
import { makeEntries } from './testing/rfc6962';
import { createMemoryTreeReader } from './tree-reader';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? 'uncoded';
  }
};

describe('checkpoints (c2sp.org/tlog-checkpoint)', () => {
  it('formats the transparency-dev/formats example', () => {
    const checkpoint = { origin: 'Log', size: 123, rootHash: encodeUtf8('bananas'), extensions: [] };
    expect(formatCheckpoint(checkpoint)).toBe('Log\n123\nYmFuYW5hcw==\n');
  });

  it('parses the C2SP example body and round-trips extension lines', () => {
    const parsed = parseCheckpoint(
      'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n',
    );
    expect(parsed.origin).toBe('example.com/behind-the-sofa');
    expect(parsed.size).toBe(20852163);
    expect(encodeHex(parsed.rootHash)).toBe('0ac5186a91863e8e1d90c808014aa89bf5da8e3ee1d9f07630f0378f68f1ab62');
    expect(parsed.extensions).toEqual([]);
    const text = 'log.example/x\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\nTimestamp: 1700000000\n';
    expect(formatCheckpoint(parseCheckpoint(text))).toBe(text);
  });

  it('rejects malformed bodies (transparency-dev/formats cases and more)', () => {
    const root = 'YmFuYW5hcw==';
    const bad = [
      `Log\n123\n`,
      `\n123\n${root}\n`,
      `Log\n123\n${root}`,
      `Log\n-1\n${root}\n`,
      `Log\nabc\n${root}\n`,
      `Log\n0123\n${root}\n`,
      `Log\n+1\n${root}\n`,
      `Log\n18446744073709551616\n${root}\n`,
      `Log\n9007199254740992\n${root}\n`,
      `Log\n123\nnot base64!\n`,
      `Log\n123\nYmFuYW5hcw\n`,
      `Log\n123\n${root}\n\n`,
      `Log\n123\n${root}\n\next\n`,
    ];
    for (const text of bad) expect([text, codeOf(() => parseCheckpoint(text))]).toEqual([text, 'checkpoint.malformed']);
  });

  it('refuses to format checkpoints it could not parse back', () => {
    const good: Checkpoint = { origin: 'log.example/a', size: 1, rootHash: new Uint8Array(32), extensions: [] };
    for (const bad of [
      { ...good, origin: '' },
      { ...good, origin: 'a b' },
      { ...good, origin: 'a+b' },
      { ...good, size: -1 },
      { ...good, size: 1.5 },
      { ...good, rootHash: new Uint8Array() },
      { ...good, extensions: [''] },
      { ...good, extensions: ['two\nlines'] },
    ]) {
      expect(codeOf(() => formatCheckpoint(bad))).toBe('checkpoint.malformed');
    }
  });

  it('signs with Ed25519 and SM2, verifies with either, then proves inclusion against the signed root', async () => {
    const sm3 = createHasher('sm3');
    const origin = 'liuhen.example.gov.cn/benxi-hrss/log-sm3';
    const ed = createEd25519KeyPair(origin);
    const gm = createSm2KeyPair(origin);
    const leafHashes = makeEntries(37).map((d) => hashLeaf(sm3, d));
    const range = createCompactRange(sm3);
    for (const h of leafHashes) range.append(h);
    const checkpoint = { origin, size: range.size, rootHash: range.root(), extensions: [] };
    const note = await signCheckpoint({
      checkpoint,
      signers: [createEd25519Signer(ed.signerKey), createSm2Signer(gm.signerKey)],
    });
    expect(note.startsWith(`${origin}\n37\n${encodeBase64(range.root())}\n\n— ${origin} `)).toBe(true);
    expect(note.split('\n— ')).toHaveLength(3);

    for (const verifier of [createEd25519Verifier(ed.verifierKey), createSm2Verifier(gm.verifierKey)]) {
      const opened = await verifyCheckpoint({ note, verifiers: [verifier], origin });
      expect(opened.checkpoint).toEqual(checkpoint);
      expect(opened.verified).toHaveLength(1);
    }
    const { checkpoint: signed } = await verifyCheckpoint({ note, verifiers: [createEd25519Verifier(ed.verifierKey)] });
    const reader = createMemoryTreeReader(sm3, leafHashes);
    const proof = await generateInclusionProof({ reader, index: 17, size: signed.size });
    expect(() =>
      verifyInclusion({
        hasher: sm3,
        index: 17,
        size: signed.size,
        leafHash: leafHashes[17]!,
        proof,
        root: signed.rootHash,
      }),
    ).not.toThrow();

    await expect(
      verifyCheckpoint({ note, verifiers: [createEd25519Verifier(ed.verifierKey)], origin: 'other.example/log' }),
    ).rejects.toMatchObject({ code: 'checkpoint.origin_mismatch' });
    const stranger = createEd25519Verifier(createEd25519KeyPair('stranger.example/log').verifierKey);
    await expect(verifyCheckpoint({ note, verifiers: [stranger] })).rejects.toMatchObject({ code: 'note.unknown_key' });
  });

  it('rejects a signed note whose text is not a checkpoint', async () => {
    const key = createEd25519KeyPair('log.example/a');
    const note = await signNote({ text: 'just one line\n', signers: [createEd25519Signer(key.signerKey)] });
    await expect(verifyCheckpoint({ note, verifiers: [createEd25519Verifier(key.verifierKey)] })).rejects.toMatchObject(
      {
        code: 'checkpoint.malformed',
      },
    );
  });
});
