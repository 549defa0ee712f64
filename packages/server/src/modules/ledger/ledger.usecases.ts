import { readFileSync } from 'node:fs';
import type { verificationProblemBody } from '@liuhen/contracts';
import { domainError } from '@liuhen/domain';
import {
  encodeBase64,
  encodeHex,
  generateConsistencyProof,
  generateInclusionProof,
  type HashAlgorithm,
} from '@liuhen/ledger';
import type { z } from 'zod';
import type { Deps } from '../../deps';
import type { LedgerEntry } from '../../ledger/entry';
import { readLocalVerifierKey } from '../../ledger/keys';
import { readTimestamp, requestTimestamp } from '../../ledger/timestamps';
import { type VerificationReport, type VerifyProgress, verifyLedger } from '../../ledger/verify';
import type { RequestContext } from '../../uow';
import { checkpointLog, rootFromHead, type SignedCheckpoint } from '../../ledger/checkpoints';
import { findLog, latestCheckpoint } from '../../ledger/ledger.repository';
import { withStoredTree } from '../../ledger/tree-reader';

type VerificationProblem = z.infer<typeof verificationProblemBody>;

async function loadLog(deps: Deps, agencyId: string) {
  const log = await findLog(deps.database.db, agencyId);
  if (!log) throw domainError('agency.not_initialised');
  return { ...log, size: Number(log.size), algorithm: log.hash_algorithm as HashAlgorithm };
}

/** The log's parameters, head and latest checkpoint. */
export async function describeLedger(deps: Deps, agencyId: string) {
  const log = await loadLog(deps, agencyId);
  const root = rootFromHead(log.algorithm, { size: log.size, frontier: JSON.parse(log.frontier) as string[] });
  const checkpoint = await latestCheckpoint(deps.database.db, agencyId);
  const timestamp = checkpoint
    ? await deps.database.db
        .selectFrom('ledger_timestamps')
        .select(['gen_time', 'tsa_url'])
        .where('agency_id', '=', agencyId)
        .where('tree_size', '=', checkpoint.tree_size)
        .executeTakeFirst()
    : undefined;
  const verification = await deps.database.db
    .selectFrom('ledger_entries')
    .select(['seq', 'entry'])
    .where('agency_id', '=', agencyId)
    .where('action', '=', 'ledger.verified')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    origin: log.origin,
    hashAlgorithm: log.algorithm,
    signatureAlgorithm: log.signature_algorithm as 'ed25519' | 'sm2',
    verifierKey: log.verifier_key,
    size: log.size,
    rootHash: encodeHex(root),
    latestCheckpoint: checkpoint
      ? {
          treeSize: Number(checkpoint.tree_size),
          rootHash: checkpoint.root_hash,
          note: checkpoint.note,
          createdAt: checkpoint.created_at,
          timestamp: timestamp ? { genTime: timestamp.gen_time, tsaUrl: timestamp.tsa_url } : null,
        }
      : null,
    lastVerification: verification ? presentVerification(Number(verification.seq), verification.entry) : null,
  };
}

/** The verification outcome recorded in a `ledger.verified` entry: the status page reads it from the ledger itself. */
function presentVerification(seq: number, text: string) {
  const entry = JSON.parse(text) as LedgerEntry;
  const summary = entry.summary as { ok: boolean; entries: number; problem: VerificationProblem | null };
  return {
    seq,
    at: entry.time,
    by: entry.actor?.username ?? null,
    ok: summary.ok,
    entries: summary.entries,
    problem: summary.problem,
  };
}

/** Signs the current tree head now (on demand, and from the periodic job). Null when nothing is new. */
export async function signCheckpointNow(deps: Deps, agencyId: string): Promise<SignedCheckpoint | null> {
  const signer = deps.signerFor(agencyId);
  if (!signer) throw domainError('ledger.no_signing_key');
  return deps.uow.run({ actor: null, agencyId, requestId: null }, (tx) =>
    checkpointLog(tx.db, { dialect: tx.dialect, agencyId, signer, at: tx.now }),
  );
}

function checkRange(condition: boolean, details: Record<string, unknown>) {
  if (!condition) throw domainError('ledger.out_of_range', details);
}

/** Entries [from, to) with their canonical bytes (base64) and leaf hashes, for outside verifiers. */
export async function readEntries(deps: Deps, agencyId: string, range: { from: number; to: number }) {
  const log = await loadLog(deps, agencyId);
  checkRange(range.from >= 0 && range.from <= range.to && range.to <= log.size && range.to - range.from <= 10_000, {
    from: range.from,
    to: range.to,
    logSize: log.size,
  });
  const rows = await deps.database.db
    .selectFrom('ledger_entries')
    .select(['seq', 'entry', 'leaf_hash'])
    .where('agency_id', '=', agencyId)
    .where('seq', '>=', range.from)
    .where('seq', '<', range.to)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    index: Number(row.seq),
    entry: encodeBase64(new TextEncoder().encode(row.entry)),
    leafHash: row.leaf_hash,
  }));
}

/** RFC 9162 §2.1.3 inclusion proof of entry `index` in the tree of `size` entries. */
export async function proveInclusion(deps: Deps, agencyId: string, claim: { index: number; size: number }) {
  const log = await loadLog(deps, agencyId);
  checkRange(claim.size >= 1 && claim.size <= log.size && claim.index >= 0 && claim.index < claim.size, {
    ...claim,
    logSize: log.size,
  });
  const [path, leafHash, rootHash] = await withStoredTree(
    deps.database.db,
    { agencyId, algorithm: log.algorithm },
    (reader) =>
      Promise.all([
        generateInclusionProof({ reader, index: claim.index, size: claim.size }),
        reader.hashRange(claim.index, claim.index + 1),
        reader.hashRange(0, claim.size),
      ]),
  );
  return {
    leafIndex: claim.index,
    treeSize: claim.size,
    leafHash: encodeHex(leafHash),
    path: path.map(encodeHex),
    rootHash: encodeHex(rootHash),
  };
}

/** RFC 9162 §2.1.4 consistency proof between the trees of `from` and `to` entries. */
export async function proveConsistency(deps: Deps, agencyId: string, claim: { from: number; to: number }) {
  const log = await loadLog(deps, agencyId);
  checkRange(claim.from >= 1 && claim.from <= claim.to && claim.to <= log.size, { ...claim, logSize: log.size });
  const [path, fromRoot, toRoot] = await withStoredTree(
    deps.database.db,
    { agencyId, algorithm: log.algorithm },
    (reader) =>
      Promise.all([
        generateConsistencyProof({ reader, size1: claim.from, size2: claim.to }),
        reader.hashRange(0, claim.from),
        reader.hashRange(0, claim.to),
      ]),
  );
  return {
    fromSize: claim.from,
    toSize: claim.to,
    path: path.map(encodeHex),
    fromRoot: encodeHex(fromRoot),
    toRoot: encodeHex(toRoot),
  };
}

/** The keys `verify` trusts: given ones, else the verifier key kept beside the signing key, else the database's copy. */
export function trustedKeys(deps: Deps, agencyId: string, given: readonly string[] = []) {
  if (given.length > 0) return { keys: [...given], source: 'given' as const };
  const local = readLocalVerifierKey(deps.config.dataDir, agencyId);
  return local ? { keys: [local], source: 'dataDir' as const } : null;
}

/**
 * Re-verifies the agency's whole log and stored files, and records the run and its outcome as a ledger entry
 * (`ledger.verified`), so the status page shows who verified what, when, from the ledger itself.
 */
export async function verifyAndRecord(
  deps: Deps,
  ctx: RequestContext,
  options: { onProgress?: VerifyProgress } = {},
): Promise<VerificationReport> {
  const log = await loadLog(deps, ctx.agencyId);
  const trusted = trustedKeys(deps, ctx.agencyId)?.keys ?? [log.verifier_key];
  const report = await verifyLedger(deps.database.db, {
    agencyId: ctx.agencyId,
    trustedVerifierKeys: trusted,
    blobs: deps.blobs,
    tsaRoots: trustedTsaRoots(deps),
    now: () => deps.clock.now(),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const { ok, entries, treeSize, rootHash, checkpointsVerified, latestCheckpointSize, blobsChecked, problem } = report;
  await deps.uow.run(ctx, (tx) =>
    tx.ledger.append({
      action: 'ledger.verified',
      subject: { type: 'ledger', id: ctx.agencyId },
      summary: { ok, entries, treeSize, rootHash, checkpointsVerified, latestCheckpointSize, blobsChecked, problem },
    }),
  );
  return report;
}

/**
 * Gets an RFC 3161 token from the configured time-stamping authority for each signed checkpoint that has none yet
 * (newest first, a few per call). The TSA is asked outside any transaction; only the token is written.
 */
export async function timestampCheckpoints(deps: Deps, agencyId: string, limit = 10): Promise<number> {
  const url = deps.config.tsaUrl;
  if (!url) return 0;
  const pending = await deps.database.db
    .selectFrom('ledger_checkpoints as c')
    .leftJoin('ledger_timestamps as t', (join) =>
      join.onRef('t.agency_id', '=', 'c.agency_id').onRef('t.tree_size', '=', 'c.tree_size'),
    )
    .select(['c.tree_size', 'c.note'])
    .where('c.agency_id', '=', agencyId)
    .where('t.tree_size', 'is', null)
    .orderBy('c.tree_size', 'desc')
    .limit(limit)
    .execute();
  for (const checkpoint of pending) {
    const token = await requestTimestamp(url, new TextEncoder().encode(checkpoint.note));
    const { genTime } = readTimestamp(token);
    await deps.uow.run({ actor: null, agencyId, requestId: null }, (tx) =>
      tx.db
        .insertInto('ledger_timestamps')
        .values({
          agency_id: agencyId,
          tree_size: Number(checkpoint.tree_size),
          tsa_url: url,
          gen_time: genTime!,
          token: Buffer.from(token).toString('base64'),
          created_at: tx.now.toISOString(),
        })
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
  }
  return pending.length;
}

/** The TSA root certificates `verify` trusts for timestamp tokens (LIUHEN_TSA_ROOTS_FILE), if configured. */
export function trustedTsaRoots(deps: Deps): string[] {
  const file = deps.config.tsaRootsFile;
  if (!file) return [];
  const pem = readFileSync(file, 'utf8');
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}
