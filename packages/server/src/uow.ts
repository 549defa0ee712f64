import type { Actor } from '@liuhen/domain';
import type { NoteSigner } from '@liuhen/ledger';
import { AsyncLocalStorage } from 'node:async_hooks';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './adapters/db/database';
import type { Dialect } from './adapters/db/migrations.registry';
import type { DB } from './adapters/db/schema';
import { type AppendedEntry, appendLedgerEntry } from './ledger/append';
import { checkpointLog } from './ledger/checkpoints';
import type { TrailEvent } from './trail';

/** Who acts in a request, as the session established it. `null` for anonymous acts (a failed login). */
export type SessionActor = Actor & { username: string };

/** What a use case knows about the call it serves. */
export type RequestContext = {
  actor: SessionActor | null;
  agencyId: string;
  requestId: string | null;
};

/**
 * The only handle that can write: rows through `db`, and the ledger through `ledger.append`, both inside one
 * database transaction. Repositories that write take a `Tx`; read-only ones take a `Db`.
 */
export type Tx = {
  db: Transaction<DB>;
  dialect: Dialect;
  ledger: { append(event: TrailEvent): Promise<AppendedEntry> };
  now: Date;
};

export type Db = Kysely<DB>;

export type UnitOfWork = {
  run<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T>;
};

export type LedgerPolicy = {
  /** Sign a checkpoint in the same transaction whenever the log size reaches a multiple of this (0: never). */
  checkpointEveryEntries: number;
  /** The agency's checkpoint signer, or null where no key is at hand (then only the periodic job signs). */
  signerFor(agencyId: string): NoteSigner | null;
};

type Pending = {
  ctx: RequestContext;
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const insideUnitOfWork = new AsyncLocalStorage<true>();

/**
 * THE transaction seam. Every state change and the ledger entry that describes it commit or fail together:
 * no change without its entry, no entry without its change (issue 3, PROH-02).
 *
 * Group commit: acts that arrive while a transaction is committing wait and then share the next transaction, each
 * inside its own savepoint. An act that fails rolls back to its savepoint alone and gets its error; the others
 * commit with one durable flush instead of one each (the ledger's log lock would otherwise serialise the flushes).
 * Each caller's promise settles only after the commit that holds its act. A lone act runs without a savepoint.
 */
export function createUnitOfWork(
  database: Database,
  clock: { now(): Date },
  policy: LedgerPolicy,
  options: { maxBatch?: number } = {},
): UnitOfWork {
  const maxBatch = options.maxBatch ?? 64;
  const queue: Pending[] = [];
  let draining = false;

  const txFor = (trx: Transaction<DB>, ctx: RequestContext): Tx => {
    const now = clock.now();
    return {
      db: trx,
      dialect: database.dialect,
      now,
      ledger: {
        async append(event) {
          const appended = await appendLedgerEntry(trx, { dialect: database.dialect, ctx, event, at: now });
          const every = policy.checkpointEveryEntries;
          const signer = every > 0 && appended.size % every === 0 ? policy.signerFor(ctx.agencyId) : null;
          if (signer) await checkpointLog(trx, { dialect: database.dialect, agencyId: ctx.agencyId, signer, at: now });
          return appended;
        },
      },
    };
  };

  const runAct = (trx: Transaction<DB>, item: Pending) =>
    insideUnitOfWork.run(true, () => item.work(txFor(trx, item.ctx)));

  async function commit(batch: Pending[]): Promise<void> {
    const outcomes: Outcome[] = [];
    try {
      await database.db.transaction().execute(async (trx) => {
        if (batch.length === 1) {
          outcomes.push({ ok: true, value: await runAct(trx, batch[0]!) });
          return;
        }
        for (const item of batch) {
          await sql`savepoint liuhen_act`.execute(trx);
          try {
            const value = await runAct(trx, item);
            await sql`release savepoint liuhen_act`.execute(trx);
            outcomes.push({ ok: true, value });
          } catch (error) {
            await sql`rollback to savepoint liuhen_act`.execute(trx);
            await sql`release savepoint liuhen_act`.execute(trx);
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      // The transaction did not commit (a lone act failed, or the commit itself): nothing of the batch was written.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (queue.length > 0) await commit(queue.splice(0, maxBatch));
    } finally {
      draining = false;
    }
  }

  return {
    run<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
      // A nested unit of work would wait for the batch that waits for it.
      if (insideUnitOfWork.getStore()) return Promise.reject(new Error('uow.run called inside uow.run'));
      return new Promise<T>((resolve, reject) => {
        queue.push({ ctx, work, resolve: resolve as (value: unknown) => void, reject });
        if (!draining) void drain();
      });
    },
  };
}
