import { domainError } from '@liuhen/domain';
import { afterEach, expect, it } from 'vitest';
import type { Database } from './adapters/db/database';
import { insertUnit } from './modules/organisation/units.repository';
import { readLocalVerifierKey } from './ledger/keys';
import { verifyLedger } from './ledger/verify';
import { describeEachDatabase } from './test/databases';
import { createTestApp, type TestApp } from './test/test-app';
import { createUnitOfWork } from './uow';

describeEachDatabase('the unit of work (group commit)', (dialect) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  /** The app's database, counting the transactions the unit of work opens. */
  function counting(database: Database) {
    const counter = { transactions: 0 };
    const db = new Proxy(database.db, {
      get(target, property, receiver) {
        if (property === 'transaction') counter.transactions += 1;
        const value = Reflect.get(target, property, receiver);
        // Kysely keeps private fields: its methods must run on the real instance, not on the proxy.
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return { counter, database: { ...database, db } };
  }

  it('commits simultaneous acts in shared transactions; a failing act is rolled back alone', async () => {
    t = await createTestApp(dialect, { checkpointEveryEntries: 0 });
    const { counter, database } = counting(t.database);
    const uow = createUnitOfWork(database, t.deps.clock, { checkpointEveryEntries: 0, signerFor: () => null });
    const before = (await t.trail()).length;
    const ctx = { actor: null, agencyId: t.agencyId, requestId: null };
    const acts = Array.from({ length: 40 }, (_, i) =>
      uow.run(ctx, async (tx) => {
        const id = `unit-${i}`;
        await insertUnit(tx, {
          id,
          agencyId: t.agencyId,
          name: `并发单位${i}`,
          kind: 'enforcementSection',
          legalBasis: null,
        });
        await tx.ledger.append({ action: 'unit.created', subject: { type: 'unit', id }, summary: { i } });
        if (i % 7 === 3) throw domainError('unit.name_taken', { name: `并发单位${i}` });
        return i;
      }),
    );
    const results = await Promise.allSettled(acts);
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
    expect(failed).toEqual([3, 10, 17, 24, 31, 38]);
    expect(
      results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<number>).value),
    ).toEqual([...Array(40).keys()].filter((i) => !failed.includes(i)));
    expect(counter.transactions).toBeLessThan(10);

    const units = await t.db.selectFrom('units').select('id').where('id', 'like', 'unit-%').execute();
    expect(units.map((u) => Number(u.id.slice(5))).sort((a, b) => a - b)).toEqual(
      [...Array(40).keys()].filter((i) => !failed.includes(i)),
    );
    const entries = (await t.trail()).slice(before);
    expect(entries.map((e) => (e.entry.summary as { i: number }).i)).toEqual(
      [...Array(40).keys()].filter((i) => !failed.includes(i)),
    );
    const report = await verifyLedger(t.db, {
      agencyId: t.agencyId,
      trustedVerifierKeys: [readLocalVerifierKey(t.dataDir, t.agencyId)!],
      blobs: null,
    });
    expect(report).toMatchObject({ ok: true, entries: before + 34 });
  });

  it('refuses a unit of work started inside another, instead of waiting for itself forever', async () => {
    t = await createTestApp(dialect);
    const ctx = { actor: null, agencyId: t.agencyId, requestId: null };
    await expect(t.deps.uow.run(ctx, () => t.deps.uow.run(ctx, async () => 1))).rejects.toThrow(/inside uow.run/);
  });
});
