import type { Db, Tx } from '../../uow';

export async function findAgency(db: Db, agencyId: string) {
  return db.selectFrom('agencies').selectAll().where('id', '=', agencyId).executeTakeFirst();
}

/** The installation's agency (one per installation for now; the schema already allows several). */
export async function findFirstAgency(db: Db) {
  return db.selectFrom('agencies').selectAll().orderBy('created_at').limit(1).executeTakeFirst();
}

export async function insertAgency(
  tx: Tx,
  agency: { id: string; name: string; shortName: string; profileId: string | null },
) {
  await tx.db
    .insertInto('agencies')
    .values({
      id: agency.id,
      name: agency.name,
      short_name: agency.shortName,
      profile_id: agency.profileId,
      created_at: tx.now.toISOString(),
    })
    .execute();
}

export async function updateAgencyRow(tx: Tx, agencyId: string, changes: { name: string; shortName: string }) {
  await tx.db
    .updateTable('agencies')
    .set({ name: changes.name, short_name: changes.shortName })
    .where('id', '=', agencyId)
    .execute();
}
