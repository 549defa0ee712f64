// Test-only: a realistic signed log (entries in the version-1 format, checkpoints signed with real keys).
import { createHash } from 'node:crypto';
import { signCheckpoint } from '../checkpoint';
import { encodeCanonicalJson } from '../canonical-json';
import { createHasher, type HashAlgorithm, type Hasher } from '../hash';
import type { ContentHash, LogEntry } from '../log-entry';
import { createLogVerifier, type LogRow, type VerificationReport } from '../log-verifier';
import { computeRoot, hashLeaf } from '../merkle';
import type { NoteSigner, NoteVerifier } from '../note';
import { createEd25519KeyPair, createEd25519Signer, createEd25519Verifier } from '../signers/ed25519';
import { createSm2KeyPair, createSm2Signer, createSm2Verifier } from '../signers/sm2';

/** A checkpoint note and the row count at which the test feeds it to the verifier. */
export type FedCheckpoint = { at: number; note: string };

export type LogFixture = {
  hasher: Hasher;
  origin: string;
  entries: LogEntry[];
  rows: LogRow[];
  checkpoints: FedCheckpoint[];
  signers: NoteSigner[];
  verifiers: NoteVerifier[];
  /** Sign a checkpoint of `size` over `rows` (default: the fixture's rows). */
  sign(size: number, rows?: readonly LogRow[], origin?: string): Promise<string>;
};

/** Content hash of the pretend file `file-<n>`. */
export function fileHash(alg: ContentHash['alg'], n: number): ContentHash {
  const hex = createHash(alg).update(`file-${n}`).digest('hex');
  return { alg, hex, size: 1000 + n };
}

/** Entry `seq` of a pretend agency log; every tenth entry (5, 15, …) involves a file, shared modulo 30. */
export function makeEntry(origin: string, seq: number): LogEntry {
  const hashes = seq % 10 === 5 ? [fileHash('sha256', seq % 30)] : [];
  if (seq === 95) hashes.push(fileHash('sm3', 95));
  return {
    v: 1,
    log: origin,
    seq,
    time: new Date(Date.UTC(2025, 0, 2, 1, 0, seq)).toISOString(),
    actor: seq === 0 ? null : { userId: 'u-7', username: 'zhangsan', roles: ['admin'], unitId: null },
    action: 'unit.created',
    subject: { type: 'unit', id: `unit-${seq}` },
    summary: { name: `第${seq}执法中队`, kind: 'internal' },
    hashes,
    requestId: seq === 0 ? null : `req-${seq}`,
  };
}

/** The stored row of `entry` at `seq`: canonical bytes and HASH(0x00 || bytes). */
export function makeRow(hasher: Hasher, entry: unknown, seq: number): LogRow {
  const bytes = encodeCanonicalJson(entry);
  return { seq, entry: bytes, leafHash: hashLeaf(hasher, bytes) };
}

/** Build a log of `size` entries with checkpoints signed by the given key kinds, fed as soon as reached. */
export async function buildLog(params: {
  algorithm: HashAlgorithm;
  keys: readonly ('ed25519' | 'sm2')[];
  size?: number;
  checkpointSizes?: readonly number[];
}): Promise<LogFixture> {
  const { algorithm, keys, size = 100, checkpointSizes = [10, 64, 100] } = params;
  const hasher = createHasher(algorithm);
  const origin = `liuhen.example.gov.cn/benxi-hrss/log-${algorithm}`;
  const pairs = keys.map((kind) => ({
    kind,
    pair: kind === 'sm2' ? createSm2KeyPair(origin) : createEd25519KeyPair(origin),
  }));
  const signers = pairs.map(({ kind, pair }) =>
    (kind === 'sm2' ? createSm2Signer : createEd25519Signer)(pair.signerKey),
  );
  const verifiers = pairs.map(({ kind, pair }) =>
    (kind === 'sm2' ? createSm2Verifier : createEd25519Verifier)(pair.verifierKey),
  );
  const entries = Array.from({ length: size }, (_, seq) => makeEntry(origin, seq));
  const rows = entries.map((entry, seq) => makeRow(hasher, entry, seq));
  const sign = (n: number, over: readonly LogRow[] = rows, claimedOrigin = origin) => {
    const rootHash = computeRoot(
      hasher,
      over.slice(0, n).map((row) => row.leafHash),
    );
    return signCheckpoint({ checkpoint: { origin: claimedOrigin, size: n, rootHash, extensions: [] }, signers });
  };
  const checkpoints = await Promise.all(checkpointSizes.map(async (n) => ({ at: n, note: await sign(n) })));
  return { hasher, origin, entries, rows, checkpoints, signers, verifiers, sign };
}

/** Run a verifier the way `liuhen verify` does: rows in order, each checkpoint when the count reaches `at`. */
export function runVerifier(
  log: Pick<LogFixture, 'hasher' | 'origin' | 'verifiers'>,
  input: { rows: readonly LogRow[]; checkpoints: readonly FedCheckpoint[] },
): Promise<VerificationReport> {
  const verifier = createLogVerifier(log);
  const checkpoints = [...input.checkpoints].sort((a, b) => a.at - b.at);
  let next = 0;
  for (const [count, row] of input.rows.entries()) {
    while (next < checkpoints.length && checkpoints[next]!.at <= count)
      verifier.addCheckpoint(checkpoints[next++]!.note);
    verifier.addEntry(row);
  }
  for (const checkpoint of checkpoints.slice(next)) verifier.addCheckpoint(checkpoint.note);
  return verifier.finish();
}
