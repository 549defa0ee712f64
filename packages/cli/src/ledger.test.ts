import {
  createHasher,
  createNoteVerifier,
  decodeBase64,
  decodeHex,
  encodeHex,
  hashLeaf,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@liuhen/ledger';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../server/src/test/databases';
import { useCliEnvironment } from './testing/environment';
import { runCommand as run, runJson as json } from './testing/in-process';

describeEachDatabase('liuhen ledger, the auditor’s CLI (PROH-02)', (dialect) => {
  useCliEnvironment(dialect);

  for (const [hash, signature] of [
    ['sha256', 'ed25519'],
    ['sm3', 'sm2'],
  ] as const) {
    it(`${hash} + ${signature}: prints a checkpoint, key, entries and proofs that verify independently`, async () => {
      const init = await run('init', '--hash', hash, '--signature', signature, '--origin', 'liuhen.test/benxi-hrss');
      expect(init.out).toContain(`账本 Ledger: ${hash.toUpperCase()}`);
      for (const name of ['一科', '二科', '三科', '四科', '五科'])
        await run('unit', 'add', name, '--kind', 'enforcementSection');
      const key = await json('ledger', 'public-key');
      expect(key).toMatchObject({
        origin: 'liuhen.test/benxi-hrss',
        hashAlgorithm: hash,
        signatureAlgorithm: signature,
      });
      expect(key.publicKeyPem).toContain('-----BEGIN PUBLIC KEY-----');

      const note = (await run('ledger', 'checkpoint', '--sign')).out;
      const { checkpoint } = await verifyCheckpoint({
        note,
        verifiers: [createNoteVerifier(key.verifierKey)],
        origin: 'liuhen.test/benxi-hrss',
      });
      expect(checkpoint.size).toBe(6);

      const hasher = createHasher(hash);
      const entries = await json('ledger', 'entries', '--from', '0', '--to', '6', '--json');
      expect(entries).toHaveLength(6);
      for (const e of entries) expect(encodeHex(hashLeaf(hasher, decodeBase64(e.entry)))).toBe(e.leafHash);

      const inclusion = await json('ledger', 'prove-inclusion', '--index', '3', '--size', '6', '--json');
      expect(Object.keys(inclusion)).toEqual(['leafIndex', 'treeSize', 'leafHash', 'path', 'rootHash']);
      expect(inclusion.rootHash).toBe(encodeHex(checkpoint.rootHash));
      verifyInclusion({
        hasher,
        index: 3,
        size: 6,
        leafHash: decodeHex(inclusion.leafHash),
        proof: inclusion.path.map(decodeHex),
        root: checkpoint.rootHash,
      });
      const consistency = await json('ledger', 'prove-consistency', '--from', '2', '--to', '6', '--json');
      expect(Object.keys(consistency)).toEqual(['fromSize', 'toSize', 'path', 'fromRoot', 'toRoot']);
      verifyConsistency({
        hasher,
        size1: 2,
        size2: 6,
        root1: decodeHex(consistency.fromRoot),
        root2: checkpoint.rootHash,
        proof: consistency.path.map(decodeHex),
      });
    });
  }

  it('refuses bad numbers and ranges beyond the log with coded errors', async () => {
    await run('init');
    const notNumber = await run('ledger', 'prove-inclusion', '--index', 'x', '--size', '1');
    expect(notNumber.code).toBe(1);
    expect(notNumber.err).toContain('request.invalid');
    const beyond = await run('ledger', 'prove-inclusion', '--index', '5', '--size', '9');
    expect(beyond.err).toContain('ledger.out_of_range');
    expect((await run('ledger', 'checkpoint')).err).toContain('ledger.no_checkpoint');
    expect((await run('ledger', 'timestamp', '--size', '1', '--out', '/tmp/none.tsr')).err).toContain(
      'ledger.no_timestamp',
    );
    expect((await run('init', '--hash', 'md5')).err).toContain('LIUHEN_LEDGER_HASH');
  });
});
