import type { UnitKind } from '@liuhen/domain';
import type { Selectable } from 'kysely';
import type { UnitTable } from '../../adapters/db/schema';
import type { Db, Tx } from '../../uow';

export type UnitRow = Selectable<UnitTable>;

export async function findActiveUnit(
  db: Db,
  input: { agencyId: string; unitId: string },
): Promise<UnitRow | undefined> {
  return db
    .selectFrom('units')
    .selectAll()
    .where('agency_id', '=', input.agencyId)
    .where('id', '=', input.unitId)
    .where('dissolved_at', 'is', null)
    .executeTakeFirst();
}

export async function findActiveUnitByName(db: Db, input: { agencyId: string; name: string }) {
  return db
    .selectFrom('units')
    .select('id')
    .where('agency_id', '=', input.agencyId)
    .where('name', '=', input.name)
    .where('dissolved_at', 'is', null)
    .executeTakeFirst();
}

/** Active units with the number of active users in each. */
export async function listActiveUnits(db: Db, agencyId: string): Promise<(UnitRow & { user_count: number })[]> {
  const rows = await db
    .selectFrom('units')
    .leftJoin('users', (join) => join.onRef('users.unit_id', '=', 'units.id').on('users.status', '=', 'active'))
    .selectAll('units')
    .select((eb) => eb.fn.count<number>('users.id').as('user_count'))
    .where('units.agency_id', '=', agencyId)
    .where('units.dissolved_at', 'is', null)
    .groupBy('units.id')
    .orderBy('units.created_at')
    .orderBy('units.name')
    .execute();
  return rows.map((row) => ({ ...row, user_count: Number(row.user_count) }));
}

/**
 * Reads an active unit and holds it until the transaction ends (PostgreSQL: row lock; SQLite: the write lock of
 * BEGIN IMMEDIATE), so a user cannot be placed in a unit that is being dissolved at the same moment.
 */
export async function lockActiveUnit(tx: Tx, input: { agencyId: string; unitId: string }) {
  let query = tx.db
    .selectFrom('units')
    .select('id')
    .where('agency_id', '=', input.agencyId)
    .where('id', '=', input.unitId)
    .where('dissolved_at', 'is', null);
  if (tx.dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function countUsersInUnit(db: Db, unitId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUnit(
  tx: Tx,
  unit: { id: string; agencyId: string; name: string; kind: UnitKind; legalBasis: string | null },
): Promise<void> {
  const at = tx.now.toISOString();
  await tx.db
    .insertInto('units')
    .values({
      id: unit.id,
      agency_id: unit.agencyId,
      name: unit.name,
      kind: unit.kind,
      legal_basis: unit.legalBasis,
      created_at: at,
      updated_at: at,
      dissolved_at: null,
    })
    .execute();
}

export async function updateUnitRow(
  tx: Tx,
  unitId: string,
  changes: { name: string; kind: UnitKind; legalBasis: string | null },
): Promise<void> {
  await tx.db
    .updateTable('units')
    .set({ name: changes.name, kind: changes.kind, legal_basis: changes.legalBasis, updated_at: tx.now.toISOString() })
    .where('id', '=', unitId)
    .execute();
}

export async function dissolveUnitRow(tx: Tx, unitId: string): Promise<void> {
  const at = tx.now.toISOString();
  await tx.db.updateTable('units').set({ dissolved_at: at, updated_at: at }).where('id', '=', unitId).execute();
}
