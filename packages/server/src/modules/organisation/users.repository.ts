import type { Role } from '@liuhen/domain';
import type { Selectable } from 'kysely';
import type { UserTable } from '../../adapters/db/schema';
import type { Db, Tx } from '../../uow';

export type UserRow = Selectable<UserTable> & { unit_name: string | null };

function selectUsers(db: Db) {
  return db
    .selectFrom('users')
    .leftJoin('units', 'units.id', 'users.unit_id')
    .selectAll('users')
    .select('units.name as unit_name');
}

export async function findUserById(db: Db, input: { agencyId: string; userId: string }): Promise<UserRow | undefined> {
  return selectUsers(db)
    .where('users.agency_id', '=', input.agencyId)
    .where('users.id', '=', input.userId)
    .executeTakeFirst();
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return selectUsers(db).where('users.username', '=', username).executeTakeFirst();
}

export type UserFilter = {
  agencyId: string;
  unitId?: string | undefined;
  onlyUserId?: string | undefined;
  status?: 'active' | 'disabled' | undefined;
  q?: string | undefined;
};

export async function listUserRows(db: Db, filter: UserFilter): Promise<UserRow[]> {
  let query = selectUsers(db).where('users.agency_id', '=', filter.agencyId);
  if (filter.unitId !== undefined) query = query.where('users.unit_id', '=', filter.unitId);
  if (filter.onlyUserId !== undefined) query = query.where('users.id', '=', filter.onlyUserId);
  if (filter.status !== undefined) query = query.where('users.status', '=', filter.status);
  if (filter.q) {
    // Wildcards are dropped rather than escaped: SQLite and PostgreSQL disagree on LIKE's default escape.
    const term = filter.q.replace(/[\\%_]/g, '');
    query = query.where((eb) =>
      eb.or([eb('users.username', 'like', `%${term.toLowerCase()}%`), eb('users.display_name', 'like', `%${term}%`)]),
    );
  }
  return query.orderBy('users.username').execute();
}

/** Active users holding the admin role: guards against locking everyone out. */
export async function countActiveAdmins(db: Db, agencyId: string): Promise<number> {
  const rows = await db
    .selectFrom('users')
    .select('roles')
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'active')
    .execute();
  return rows.filter((row) => (JSON.parse(row.roles) as Role[]).includes('admin')).length;
}

export async function insertUser(
  tx: Tx,
  user: {
    id: string;
    agencyId: string;
    unitId: string | null;
    username: string;
    displayName: string;
    roles: Role[];
    passwordHash: string;
  },
): Promise<void> {
  const at = tx.now.toISOString();
  await tx.db
    .insertInto('users')
    .values({
      id: user.id,
      agency_id: user.agencyId,
      unit_id: user.unitId,
      username: user.username,
      display_name: user.displayName,
      roles: JSON.stringify(user.roles),
      password_hash: user.passwordHash,
      must_change_password: 1,
      status: 'active',
      failed_login_count: 0,
      locked_until: null,
      password_changed_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export type UserChanges = Partial<{
  unit_id: string | null;
  display_name: string;
  roles: string;
  password_hash: string;
  must_change_password: number;
  status: 'active' | 'disabled';
  failed_login_count: number;
  locked_until: string | null;
  password_changed_at: string;
}>;

export async function updateUserRow(tx: Tx, userId: string, changes: UserChanges): Promise<void> {
  await tx.db
    .updateTable('users')
    .set({ ...changes, updated_at: tx.now.toISOString() })
    .where('id', '=', userId)
    .execute();
}
