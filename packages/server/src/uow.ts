import type { Actor } from '@liuhen/domain';
import type { NoteSigner } from '@liuhen/ledger';
import type { Kysely, Transaction } from 'kysely';
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

/**
 * THE transaction seam. Every state change and the ledger entry that describes it commit or fail together:
 * no change without its entry, no entry without its change (issue 3, PROH-02).
 */
export function createUnitOfWork(database: Database, clock: { now(): Date }, policy: LedgerPolicy): UnitOfWork {
  return {
    run(ctx, work) {
      return database.db.transaction().execute(async (trx) => {
        const now = clock.now();
        const tx: Tx = {
          db: trx,
          dialect: database.dialect,
          now,
          ledger: {
            async append(event) {
              const appended = await appendLedgerEntry(trx, { dialect: database.dialect, ctx, event, at: now });
              const every = policy.checkpointEveryEntries;
              const signer = every > 0 && appended.size % every === 0 ? policy.signerFor(ctx.agencyId) : null;
              if (signer)
                await checkpointLog(trx, { dialect: database.dialect, agencyId: ctx.agencyId, signer, at: now });
              return appended;
            },
          },
        };
        return work(tx);
      });
    },
  };
}
