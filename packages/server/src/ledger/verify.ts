import {
  createHasher,
  createLogVerifier,
  createNoteVerifier,
  decodeHex,
  encodeHex,
  type HashAlgorithm,
  generateConsistencyProof,
  hashLeaf,
  type LogProblem,
  parseCheckpoint,
  parseNote,
  verifyConsistency,
  type VerificationReport as LogReport,
} from '@liuhen/ledger';
import type { Kysely } from 'kysely';
import type { DB } from '../adapters/db/schema';
import { rootFromHead } from './checkpoints';
import type { LedgerEntry } from './entry';
import { extendFrontier, type TreeNode } from './frontier';
import { findLog } from './ledger.repository';
import { checkTimestamp } from './timestamps';
import { withStoredTree } from './tree-reader';
import { type BlobCheck, checkBlobs } from './verify-blobs';

/** A problem the stored log, its interior nodes, its head or a stored file shows. */
export type VerificationProblem = Omit<LogProblem, 'kind' | 'expected' | 'found'> & {
  kind:
    | LogProblem['kind']
    | 'timestamp.invalid'
    | 'checkpoint.inconsistent'
    | 'entry.columns_mismatch'
    | 'node.mismatch'
    | 'node.missing'
    | 'log.head_mismatch'
    | BlobCheck['kind'];
  expected?: string;
  found?: string;
  blob?: { alg: string; hex: string };
};

export type VerificationReport = Omit<LogReport, 'problem' | 'blobs'> & {
  problem: VerificationProblem | null;
  blobsChecked: number;
  checkedAt: string;
  durationMs: number;
};

export type VerifyProgress = (progress: { phase: 'entries' | 'blobs'; done: number; total: number }) => void;

const pageSize = 5000;

/** A stored hash that is not even hex is compared as empty bytes, so the verifier reports it as a mismatch. */
function decodeStoredHash(hex: string): Uint8Array {
  return /^(?:[0-9a-f]{2})+$/.test(hex) ? decodeHex(hex) : new Uint8Array();
}

function asText(value: number | string | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** The copies of entry fields kept in columns for filtering must say what the hashed entry says. */
function columnsProblem(row: {
  seq: number;
  entry: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  actor_user_id: string | null;
  occurred_at: string;
}): VerificationProblem | null {
  let entry: LedgerEntry;
  try {
    entry = JSON.parse(row.entry) as LedgerEntry;
  } catch {
    return null; // the log verifier reports unparsable entries precisely
  }
  const pairs: [string, unknown, unknown][] = [
    ['action', entry.action, row.action],
    ['subject_type', entry.subject?.type, row.subject_type],
    ['subject_id', entry.subject?.id ?? null, row.subject_id],
    ['actor_user_id', entry.actor?.userId ?? null, row.actor_user_id],
    ['occurred_at', entry.time, row.occurred_at],
  ];
  for (const [column, expected, found] of pairs) {
    if (expected !== found) {
      return {
        kind: 'entry.columns_mismatch',
        seq: row.seq,
        expected: String(expected),
        found: String(found),
        message: `entry ${row.seq}: column ${column} says ${String(found)} but the hashed entry says ${String(expected)}`,
      };
    }
  }
  return null;
}

/**
 * RFC 9162 §2.1.4: each signed checkpoint is consistent with the next, proven the way an outsider would check it —
 * a consistency proof built from the stored hashes the server serves proofs from, verified against both signed roots.
 * (Recomputing both roots from the same entries already implies it; this also proves the served proofs right.)
 */
export async function checkConsistencyProofs(
  db: Kysely<DB>,
  input: { agencyId: string; algorithm: HashAlgorithm; checkpoints: readonly { tree_size: number; note: string }[] },
): Promise<VerificationProblem | null> {
  const hasher = createHasher(input.algorithm);
  const signed = input.checkpoints.map((c) => parseCheckpoint(parseNote(c.note).text));
  for (let i = 1; i < signed.length; i++) {
    const [older, newer] = [signed[i - 1]!, signed[i]!];
    if (older.size === newer.size) continue;
    try {
      const proof = await withStoredTree(db, input, (reader) =>
        generateConsistencyProof({ reader, size1: older.size, size2: newer.size }),
      );
      verifyConsistency({
        hasher,
        size1: older.size,
        size2: newer.size,
        root1: older.rootHash,
        root2: newer.rootHash,
        proof,
      });
    } catch (error) {
      return {
        kind: 'checkpoint.inconsistent',
        checkpointSize: newer.size,
        message: `no valid consistency proof from checkpoint ${older.size} to ${newer.size}: ${String(error)}`,
      };
    }
  }
  return null;
}

/** Every stored RFC 3161 token must cover the checkpoint note of its size (and chain to a trusted root, if given). */
async function checkTimestamps(
  db: Kysely<DB>,
  agencyId: string,
  checkpoints: readonly { tree_size: number; note: string }[],
  roots: readonly string[],
): Promise<VerificationProblem | null> {
  const tokens = await db
    .selectFrom('ledger_timestamps')
    .select(['tree_size', 'token'])
    .where('agency_id', '=', agencyId)
    .orderBy('tree_size')
    .execute();
  const notes = new Map(checkpoints.map((c) => [Number(c.tree_size), c.note]));
  for (const row of tokens) {
    const size = Number(row.tree_size);
    const note = notes.get(size);
    const result = note
      ? await checkTimestamp(Buffer.from(row.token, 'base64'), new TextEncoder().encode(note), roots)
      : ({ ok: false, reason: 'no checkpoint of that size' } as const);
    if (!result.ok) {
      return {
        kind: 'timestamp.invalid',
        checkpointSize: size,
        message: `the RFC 3161 timestamp of checkpoint ${size} does not hold: ${result.reason}`,
      };
    }
  }
  return null;
}

/** Stored interior nodes completed by leaves [from, to), keyed `level/idx`. */
async function storedNodes(db: Kysely<DB>, agencyId: string, from: number, to: number): Promise<Map<string, string>> {
  const nodes = new Map<string, string>();
  for (let level = 1; 2 ** level <= to; level++) {
    const width = 2 ** level;
    const first = Math.ceil((from + 1) / width) - 1;
    const last = Math.floor(to / width) - 1;
    if (last < first) continue;
    const rows = await db
      .selectFrom('ledger_nodes')
      .select(['idx', 'hash'])
      .where('agency_id', '=', agencyId)
      .where('level', '=', level)
      .where('idx', '>=', first)
      .where('idx', '<=', last)
      .execute();
    for (const row of rows) nodes.set(`${level}/${Number(row.idx)}`, row.hash);
  }
  return nodes;
}

function nodeProblem(computed: TreeNode[], stored: Map<string, string>): VerificationProblem | null {
  for (const node of computed) {
    const found = stored.get(`${node.level}/${node.idx}`);
    if (found === node.hash) continue;
    return {
      kind: found === undefined ? 'node.missing' : 'node.mismatch',
      expected: node.hash,
      ...(found === undefined ? {} : { found }),
      message: `interior node level ${node.level} index ${node.idx}: ${found === undefined ? 'missing' : 'hash differs from the entries'} (proofs are served from it)`,
    };
  }
  return null;
}

/**
 * Re-reads an agency's whole log (PROH-02, PROH-03): entries against their leaf hashes and the checkpoints
 * signed by a trusted key, the interior nodes proofs are served from, the log head, and every stored file the
 * entries refer to. Reports the first divergence precisely; `ok` only when all holds.
 */
export async function verifyLedger(
  db: Kysely<DB>,
  input: {
    agencyId: string;
    trustedVerifierKeys: readonly string[];
    blobs: Parameters<typeof checkBlobs>[0]['store'] | null;
    /** Root certificates (PEM) for RFC 3161 tokens; tokens are always checked against their checkpoint's bytes. */
    tsaRoots?: readonly string[];
    onProgress?: VerifyProgress;
    now?: () => Date;
  },
): Promise<VerificationReport> {
  const now = input.now ?? (() => new Date());
  const started = now();
  const log = await findLog(db, input.agencyId);
  if (!log) throw new Error(`no ledger for agency ${input.agencyId}`);
  const algorithm = log.hash_algorithm as HashAlgorithm;
  const hasher = createHasher(algorithm);
  const verifier = createLogVerifier({
    hasher,
    origin: log.origin,
    verifiers: input.trustedVerifierKeys.map(createNoteVerifier),
  });
  const checkpoints = await db
    .selectFrom('ledger_checkpoints')
    .select(['tree_size', 'note'])
    .where('agency_id', '=', input.agencyId)
    .orderBy('tree_size')
    .execute();
  const total = Math.max(Number(log.size), 0);
  let extra: VerificationProblem | null = null;
  const frontier: Uint8Array[] = [];
  let count = 0;
  let lastSeq = -1;
  let nextCheckpoint = 0;
  const feedCheckpoints = (upTo: number) => {
    while (nextCheckpoint < checkpoints.length && Number(checkpoints[nextCheckpoint]!.tree_size) <= upTo) {
      verifier.addCheckpoint(checkpoints[nextCheckpoint]!.note);
      nextCheckpoint++;
    }
  };
  feedCheckpoints(0);
  for (;;) {
    const rows = await db
      .selectFrom('ledger_entries')
      .select(['seq', 'entry', 'leaf_hash', 'action', 'subject_type', 'subject_id', 'actor_user_id', 'occurred_at'])
      .where('agency_id', '=', input.agencyId)
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    const pageStart = count;
    const computed: TreeNode[] = [];
    for (const row of rows) {
      const seq = Number(row.seq);
      const bytes = new TextEncoder().encode(row.entry);
      verifier.addEntry({ seq, entry: bytes, leafHash: decodeStoredHash(row.leaf_hash) });
      extra ??= columnsProblem({ ...row, seq });
      // The nodes proofs are served from are recomputed from the entries themselves, not from stored leaf hashes.
      for (const node of extendFrontier({ hasher, size: count, frontier, leafHash: hashLeaf(hasher, bytes) })) {
        computed.push({ level: node.level, idx: node.idx, hash: encodeHex(node.hash) });
      }
      count++;
      lastSeq = seq;
      feedCheckpoints(count);
    }
    extra ??= nodeProblem(computed, await storedNodes(db, input.agencyId, pageStart, count));
    input.onProgress?.({ phase: 'entries', done: count, total });
  }
  feedCheckpoints(Number.MAX_SAFE_INTEGER);
  const report = await verifier.finish();
  if (Number(log.size) !== count || (count > 0 && log.frontier !== JSON.stringify(frontier.map(encodeHex)))) {
    const head = rootFromHead(algorithm, { size: Number(log.size), frontier: JSON.parse(log.frontier) as string[] });
    extra ??= {
      kind: 'log.head_mismatch',
      expected: `${count} entries`,
      found: `${Number(log.size)} (root ${Buffer.from(head).toString('hex')})`,
      message: `the log head says ${Number(log.size)} entries but ${count} were read`,
    };
  }
  if (!report.problem) extra ??= await checkConsistencyProofs(db, { agencyId: input.agencyId, algorithm, checkpoints });
  extra ??= await checkTimestamps(db, input.agencyId, checkpoints, input.tsaRoots ?? []);
  const blobCheck = input.blobs
    ? await checkBlobs({ store: input.blobs, references: report.blobs, onProgress: input.onProgress })
    : { checked: 0, problem: null };
  const logProblem: VerificationProblem | null = report.problem
    ? { ...report.problem, expected: asText(report.problem.expected), found: asText(report.problem.found) }
    : null;
  const problem = logProblem ?? extra ?? blobCheck.problem;
  const { blobs: _references, problem: _problem, ...rest } = report;
  return {
    ...rest,
    ok: problem === null,
    problem,
    blobsChecked: blobCheck.checked,
    checkedAt: started.toISOString(),
    durationMs: now().getTime() - started.getTime(),
  };
}
