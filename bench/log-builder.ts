import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { HashAlgorithm } from '@liuhen/ledger';
import { unitUpdatedEntry } from './acts';
import type { LogChunk, LogWorkerInput } from './log-worker';
import { nowMs, progress, round } from './stats';
import { createRequester, startTsWorker } from './worker';

export type LogHead = { size: number; frontier: string[] };

export type BuiltLog = LogHead & {
  seconds: number;
  entriesPerSecond: number;
  nodeRows: number;
  fileBytes: number;
};

type Columns = { occurredAt: string; actorUserId: string | null; subjectId: string | null };

function columnsOf(entries: LogWorkerInput['entries']): (seq: number) => Columns {
  if (entries.kind === 'placeholder') {
    return () => ({ occurredAt: '2026-01-01T00:00:00.000Z', actorUserId: null, subjectId: null });
  }
  return (seq) => {
    const entry = unitUpdatedEntry(entries.origin, seq);
    return { occurredAt: entry.time, actorUserId: entry.actor?.userId ?? null, subjectId: entry.subject.id };
  };
}

/**
 * Grows an initialised SQLite log to `target` entries without the application path (which would take hours):
 * a worker computes entries, leaf hashes and `appendToFrontier` nodes; this thread inserts them with prepared
 * statements, one transaction per chunk, and writes the head (size, frontier) to `ledger_logs` at the end.
 * `afterChunk` runs once a chunk is committed (to sign checkpoints). Stops early, at a chunk boundary and no
 * lower than `minimum`, once `budgetSeconds` have passed.
 */
export async function buildLog(input: {
  file: string;
  agencyId: string;
  algorithm: HashAlgorithm;
  head: LogHead;
  target: number;
  minimum: number;
  chunk: number;
  budgetSeconds: number;
  entries: LogWorkerInput['entries'];
  afterChunk?: (db: Database.Database, head: LogHead) => Promise<void>;
}): Promise<BuiltLog> {
  // A scratch build: no rollback journal and no fsync until the end (production settings come back before any
  // measurement: WAL here, and openSqlite's own pragmas when the Liuhen reopens the file).
  const db = new Database(input.file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const columns = columnsOf(input.entries);
  const insertEntry = db.prepare(
    `insert into ledger_entries (agency_id, seq, entry, leaf_hash, occurred_at, actor_user_id, action, subject_type, subject_id)
     values (?, ?, ?, ?, ?, ?, 'unit.updated', 'unit', ?)`,
  );
  const insertNode = db.prepare('insert into ledger_nodes (agency_id, level, idx, hash) values (?, ?, ?, ?)');
  const insertChunk = db.transaction((c: LogChunk) => {
    for (let i = 0; i < c.leaves.length; i++) {
      const seq = c.from + i;
      const { occurredAt, actorUserId, subjectId } = columns(seq);
      insertEntry.run(input.agencyId, seq, c.texts[i], c.leaves[i], occurredAt, actorUserId, subjectId);
    }
    for (let i = 0; i < c.nodeHashes.length; i++) {
      insertNode.run(input.agencyId, c.nodeLevels[i], c.nodeIdx[i], c.nodeHashes[i]);
    }
  });
  const workerInput: LogWorkerInput = {
    algorithm: input.algorithm,
    size: input.head.size,
    frontier: input.head.frontier,
    chunk: input.chunk,
    target: input.target,
    entries: input.entries,
  };
  const worker = createRequester<LogChunk>(startTsWorker(new URL('./log-worker.ts', import.meta.url), workerInput));
  const started = nowMs();
  let head = input.head;
  let nodeRows = 0;
  let reported = head.size;
  try {
    let pending = worker.request();
    while (head.size < input.target) {
      const chunk = await pending;
      const last = chunk.to >= input.target;
      if (!last) pending = worker.request(); // hashed in the worker while this chunk is inserted
      insertChunk(chunk);
      head = { size: chunk.to, frontier: chunk.frontier };
      nodeRows += chunk.nodeHashes.length;
      await input.afterChunk?.(db, head);
      const elapsed = (nowMs() - started) / 1000;
      if (Math.floor(head.size / 1_000_000) > Math.floor(reported / 1_000_000)) {
        reported = head.size;
        progress(`built ${head.size} entries in ${round(elapsed, 1)} s`);
      }
      if (last || (elapsed > input.budgetSeconds && head.size >= input.minimum)) break;
    }
    db.prepare('update ledger_logs set size = ?, frontier = ? where agency_id = ?').run(
      head.size,
      JSON.stringify(head.frontier),
      input.agencyId,
    );
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await worker.close();
    db.close();
  }
  const seconds = (nowMs() - started) / 1000;
  return {
    ...head,
    seconds: round(seconds, 1),
    entriesPerSecond: Math.round((head.size - input.head.size) / seconds),
    nodeRows,
    fileBytes: statSync(input.file).size,
  };
}
