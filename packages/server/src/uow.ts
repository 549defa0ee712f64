import type { Actor } from '@liuhen/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './adapters/db/database';
import type { DB } from './adapters/db/schema';
import { appendTrailEntry, type TrailEvent } from './trail';

/** Who acts in a request, as the session established it. `null` for anonymous acts (a failed login). */
export type SessionActor = Actor & { username: string };

/** What a use case knows about the call it serves. */
export type RequestContext = {
  actor: SessionActor | null;
  agencyId: string;
  requestId: string | null;
};

/**
 * The only handle that can write: rows through `db`, and the trail through `ledger.append`, both inside one
 * database transaction. Repositories that write take a `Tx`; read-only ones take a `Db`.
 */
export type Tx = {
  db: Transaction<DB>;
  ledger: { append(event: TrailEvent): Promise<void> };
  now: Date;
};

export type Db = Kysely<DB>;

export type UnitOfWork = {
  run<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T>;
};

/**
 * THE transaction seam. Every state change and the trail entry that describes it commit or fail together.
 * Issue 3 replaces the body of `ledger.append` with the Merkle ledger append, here and nowhere else.
 */
export function createUnitOfWork(database: Database, clock: { now(): Date }): UnitOfWork {
  return {
    run(ctx, work) {
      return database.db.transaction().execute(async (trx) => {
        const now = clock.now();
        const tx: Tx = {
          db: trx,
          now,
          ledger: { append: (event) => appendTrailEntry(trx, { ctx, event, at: now }) },
        };
        return work(tx);
      });
    },
  };
}
