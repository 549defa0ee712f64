import { sql, type Transaction } from 'kysely';
import type { DB } from '../packages/server/src/adapters/db/schema';
import { unitUpdated } from './acts';
import { type BenchLiuhen, type DialectName, openBenchLiuhen } from './liuhen';
import { type LatencySummary, nowMs, progress, round, summarise } from './stats';

export type AppendOptions = { entries: number; concurrency: number; batchSize: number; warmup: number; rounds: number };

type Run = { entries: number; seconds: number; entriesPerSecond: number; latency: LatencySummary };

/** Runs calls `from`…`to - 1` of `op` from `concurrency` async callers; a call's latency includes its queueing. */
async function drive(range: { from: number; to: number }, concurrency: number, op: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = range.from;
  const started = nowMs();
  const caller = async () => {
    while (next < range.to) {
      const i = next++;
      const t0 = nowMs();
      await op(i);
      latencies.push(nowMs() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  return { seconds: (nowMs() - started) / 1000, latencies };
}

type Measured = { seconds: number; latencies: number[] };

/**
 * Baseline and ledger in alternating rounds, so that drift in the disk's fsync latency (large on a VM) falls on
 * both alike instead of on whichever ran second.
 */
async function compare(
  operations: number,
  rounds: number,
  concurrency: number,
  ops: { baseline: (i: number) => Promise<unknown>; ledger: (i: number) => Promise<unknown> },
) {
  const baseline: Measured = { seconds: 0, latencies: [] };
  const ledger: Measured = { seconds: 0, latencies: [] };
  const add = (into: Measured, run: Measured) => {
    into.seconds += run.seconds;
    into.latencies.push(...run.latencies);
  };
  for (let r = 0; r < rounds; r++) {
    const range = { from: Math.floor((r * operations) / rounds), to: Math.floor(((r + 1) * operations) / rounds) };
    add(baseline, await drive(range, concurrency, ops.baseline));
    add(ledger, await drive(range, concurrency, ops.ledger));
  }
  return { baseline, ledger };
}

function report(entries: number, measured: Measured): Run {
  return {
    entries,
    seconds: round(measured.seconds),
    entriesPerSecond: round(entries / measured.seconds, 1),
    latency: summarise(measured.latencies),
  };
}

const payload = 'x'.repeat(300); // about the size of an entry's canonical JSON

function createOps(bench: BenchLiuhen) {
  const { deps } = bench.liuhen;
  let scratchId = 0;
  const insertScratch = (trx: Transaction<DB>) =>
    sql`insert into bench_scratch (id, payload) values (${++scratchId}, ${payload})`.execute(trx);
  return {
    append: (i: number) => deps.uow.run(bench.ctx, (tx) => tx.ledger.append(unitUpdated(i))),
    appendBatch: (i: number, size: number) =>
      deps.uow.run(bench.ctx, async (tx) => {
        for (let j = 0; j < size; j++) await tx.ledger.append(unitUpdated(i * size + j));
      }),
    // The baseline: the same seam's transaction (BEGIN IMMEDIATE on SQLite), one plain row, one durable commit.
    insert: () => deps.database.db.transaction().execute(insertScratch),
    insertBatch: (size: number) =>
      deps.database.db.transaction().execute(async (trx) => {
        for (let j = 0; j < size; j++) await insertScratch(trx);
      }),
  };
}

function ratio(ledger: Run, baseline: Run) {
  return round(ledger.entriesPerSecond / baseline.entriesPerSecond, 3);
}

async function benchDialect(dialect: DialectName, options: AppendOptions) {
  const bench = await openBenchLiuhen(dialect);
  try {
    const { db } = bench.liuhen.deps.database;
    await sql`create table bench_scratch (id bigint primary key, payload text not null)`.execute(db);
    const ops = createOps(bench);
    for (let i = 0; i < options.warmup; i++) {
      await ops.append(i);
      await ops.insert();
    }
    const { entries, concurrency, batchSize, rounds } = options;
    const cases: Record<string, { ledger: Run; baseline: Run; ledgerOverBaseline: number }> = {};
    for (const [name, callers] of [
      ['sequential', 1],
      [`concurrency${concurrency}`, concurrency],
    ] as const) {
      progress(`ledgerAppend ${dialect} ${name}: ${entries} appends and ${entries} plain inserts`);
      const measured = await compare(entries, rounds, callers, { baseline: ops.insert, ledger: ops.append });
      const [ledger, baseline] = [report(entries, measured.ledger), report(entries, measured.baseline)];
      cases[name] = { ledger, baseline, ledgerOverBaseline: ratio(ledger, baseline) };
    }
    const batches = Math.ceil(entries / batchSize);
    progress(`ledgerAppend ${dialect} batched: ${batches} transactions of ${batchSize}, of each kind`);
    const measured = await compare(batches, rounds, 1, {
      baseline: () => ops.insertBatch(batchSize),
      ledger: (i) => ops.appendBatch(i, batchSize),
    });
    const [ledger, baseline] = [
      report(batches * batchSize, measured.ledger),
      report(batches * batchSize, measured.baseline),
    ];
    cases[`batched${batchSize}`] = { ledger, baseline, ledgerOverBaseline: ratio(ledger, baseline) };
    const log = await db
      .selectFrom('ledger_logs')
      .select('size')
      .where('agency_id', '=', bench.ctx.agencyId)
      .executeTakeFirstOrThrow();
    return { ...cases, finalLogSize: Number(log.size) };
  } finally {
    await bench.dispose();
  }
}

export async function benchLedgerAppend(dialects: readonly DialectName[], options: AppendOptions) {
  const results: Record<string, unknown> = {
    options: {
      ...options,
      checkpointEveryEntries: 1000,
      latencyNote: 'per transaction; batched = per batch; baseline and ledger alternate in `rounds` slices',
    },
  };
  for (const dialect of dialects) results[dialect] = await benchDialect(dialect, options);
  return results;
}
