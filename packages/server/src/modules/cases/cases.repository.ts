import type { CaseListQuery } from '@liuhen/contracts';
import { domainError, type Role, type Scope } from '@liuhen/domain';
import { type Selectable, sql } from 'kysely';
import type {
  ActivityTable,
  ApprovalStepTable,
  ApprovalTable,
  CaseEventTable,
  CaseTable,
  DocumentTable,
} from '../../adapters/db/schema';
import type { Db, Tx } from '../../uow';

export type CaseRow = Selectable<CaseTable>;
export type CaseEventRow = Selectable<CaseEventTable>;
export type ActivityRow = Selectable<ActivityTable>;
export type DocumentRow = Selectable<DocumentTable>;
export type ApprovalRow = Selectable<ApprovalTable>;
export type ApprovalStepRow = Selectable<ApprovalStepTable>;

export type PersonRow = { id: string; display_name: string };

export async function findCase(db: Db, input: { agencyId: string; caseId: string }): Promise<CaseRow | undefined> {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('agency_id', '=', input.agencyId)
    .where('id', '=', input.caseId)
    .executeTakeFirst();
}

/**
 * Holds a row until the transaction ends, so two acts on the same case or approval cannot both pass a check made
 * inside the transaction (PostgreSQL: row lock; SQLite: BEGIN IMMEDIATE already serialises writers).
 */
export async function lockRow(tx: Tx, table: 'cases' | 'approvals', id: string): Promise<void> {
  if (tx.dialect !== 'postgres') return;
  await tx.db.selectFrom(table).select('id').where('id', '=', id).forUpdate().execute();
}

/** The handlers of each case, in the order they were named. */
export async function handlersOf(db: Db, caseIds: readonly string[]): Promise<Map<string, PersonRow[]>> {
  const result = new Map<string, PersonRow[]>();
  if (caseIds.length === 0) return result;
  const rows = await db
    .selectFrom('case_handlers')
    .innerJoin('users', 'users.id', 'case_handlers.user_id')
    .select(['case_handlers.case_id', 'users.id', 'users.display_name'])
    .where('case_handlers.case_id', 'in', caseIds)
    .orderBy('case_handlers.case_id')
    .orderBy('case_handlers.position')
    .execute();
  for (const row of rows) {
    const list = result.get(row.case_id) ?? [];
    list.push({ id: row.id, display_name: row.display_name });
    result.set(row.case_id, list);
  }
  return result;
}

export async function unitNames(db: Db, unitIds: readonly string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function peopleByIds(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/** Where the list may look: the whole agency, one unit (plus cases the actor handles), or only the actor's cases. */
export type CaseVisibility = { scope: Scope; unitId: string | null; userId: string };

/** One page of cases matching the filters, newest first, and the total count. */
export async function listCaseRows(
  db: Db,
  input: { agencyId: string; visibility: CaseVisibility; filter: CaseListQuery; now: string },
): Promise<{ rows: CaseRow[]; total: number }> {
  const { agencyId, visibility, filter } = input;
  let query = db.selectFrom('cases').where('cases.agency_id', '=', agencyId);
  const handledBy = (userId: string) =>
    db.selectFrom('case_handlers').select('case_handlers.case_id').where('case_handlers.user_id', '=', userId);
  if (visibility.scope !== 'agency') {
    const { unitId, userId } = visibility;
    query = query.where((eb) =>
      eb.or([
        ...(visibility.scope === 'unit' && unitId !== null ? [eb('cases.unit_id', '=', unitId)] : []),
        eb('cases.id', 'in', handledBy(userId)),
      ]),
    );
  }
  if (filter.stage) query = query.where('cases.stage', '=', filter.stage);
  if (filter.act) query = query.where('cases.act', '=', filter.act);
  if (filter.procedure) query = query.where('cases.procedure', '=', filter.procedure);
  if (filter.unitId) query = query.where('cases.unit_id', '=', filter.unitId);
  if (filter.officerId) query = query.where('cases.id', 'in', handledBy(filter.officerId));
  if (filter.mine === 'true') query = query.where('cases.id', 'in', handledBy(visibility.userId));
  // Dates are Asia/Shanghai calendar days; created_at is UTC, so the day starts at 16:00 UTC the day before.
  if (filter.from) query = query.where('cases.created_at', '>=', shanghaiDayStart(filter.from));
  if (filter.to) query = query.where('cases.created_at', '<', shanghaiDayStart(filter.to, 1));
  if (filter.overdue === 'true') {
    // The same rules as `isRetroApprovalOverdue` (INIT-07), `isDeadlineMissed` for the hearing report (HEAR-04;
    // its due date is only set under a profile stating it) and `isRectificationOverdue` (EXEC-02).
    query = query.where((eb) =>
      eb.or([
        eb.and([
          eb('cases.retro_approval_due', 'is not', null),
          eb.or([
            eb.and([eb('cases.retro_approved_at', 'is', null), eb('cases.retro_approval_due', '<', input.now)]),
            eb('cases.retro_approved_at', '>', eb.ref('cases.retro_approval_due')),
          ]),
        ]),
        eb.and([
          eb('cases.hearing_report_due', 'is not', null),
          eb.or([
            eb.and([eb('cases.hearing_reported_at', 'is', null), eb('cases.hearing_report_due', '<=', input.now)]),
            eb('cases.hearing_reported_at', '>=', eb.ref('cases.hearing_report_due')),
          ]),
        ]),
        eb.and([
          eb('cases.rectification_due', 'is not', null),
          eb.or([
            eb.and([eb('cases.rectification_checked_at', 'is', null), eb('cases.rectification_due', '<=', input.now)]),
            eb('cases.rectification_checked_at', '>=', eb.ref('cases.rectification_due')),
          ]),
        ]),
      ]),
    );
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('cases.number', 'like', sql<string>`${like} escape '\\'`),
        eb('cases.cause', 'like', sql<string>`${like} escape '\\'`),
        eb('cases.party_names', 'like', sql<string>`${like} escape '\\'`),
      ]),
    );
  }
  const count = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('cases')
    .orderBy('cases.created_at', 'desc')
    .orderBy('cases.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { rows, total: Number(count.n) };
}

function shanghaiDayStart(date: string, plusDays = 0): string {
  const start = new Date(`${date}T00:00:00+08:00`);
  start.setUTCDate(start.getUTCDate() + plusDays);
  return start.toISOString();
}

/** The next number in the agency's yearly sequence, taken inside the transaction that creates the case. */
export async function nextCaseSequence(tx: Tx, input: { agencyId: string; year: number }): Promise<number> {
  const row = await tx.db
    .insertInto('case_number_sequences')
    .values({ agency_id: input.agencyId, year: input.year, last_seq: 1 })
    .onConflict((oc) =>
      oc.columns(['agency_id', 'year']).doUpdateSet({ last_seq: sql<number>`case_number_sequences.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

export async function insertCase(tx: Tx, row: CaseRow, handlerIds: readonly string[]): Promise<void> {
  await tx.db.insertInto('cases').values(row).execute();
  await tx.db
    .insertInto('case_handlers')
    .values(handlerIds.map((userId, position) => ({ case_id: row.id, user_id: userId, position })))
    .execute();
}

/**
 * Moves the case on, only if nobody else changed it since `expectedVersion` was read (optimistic concurrency):
 * returns false when the version no longer matches.
 */
export async function updateCaseRow(
  tx: Tx,
  input: { caseId: string; expectedVersion: number; changes: Partial<Omit<CaseRow, 'id' | 'version'>> },
): Promise<boolean> {
  const result = await tx.db
    .updateTable('cases')
    .set({ ...input.changes, version: input.expectedVersion + 1, updated_at: tx.now.toISOString() })
    .where('id', '=', input.caseId)
    .where('version', '=', input.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertCaseEvent(tx: Tx, row: CaseEventRow): Promise<void> {
  await tx.db.insertInto('case_events').values(row).execute();
}

export async function eventsOf(db: Db, caseId: string): Promise<CaseEventRow[]> {
  return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute();
}

export async function activitiesOf(db: Db, caseId: string): Promise<ActivityRow[]> {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('started_at')
    .orderBy('id')
    .execute();
}

export async function documentsOf(db: Db, caseId: string): Promise<DocumentRow[]> {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function approvalsOf(db: Db, caseIds: readonly string[]): Promise<ApprovalRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('approvals')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function stepsOf(db: Db, approvalIds: readonly string[]): Promise<Map<string, ApprovalStepRow[]>> {
  const result = new Map<string, ApprovalStepRow[]>();
  if (approvalIds.length === 0) return result;
  const rows = await db
    .selectFrom('approval_steps')
    .selectAll()
    .where('approval_id', 'in', approvalIds)
    .orderBy('approval_id')
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const list = result.get(row.approval_id) ?? [];
    list.push(row);
    result.set(row.approval_id, list);
  }
  return result;
}

/** Approvals still waiting for a step, in the agency (for 工作台; the caller filters by who can act). */
export async function openApprovals(db: Db, agencyId: string): Promise<ApprovalRow[]> {
  return db
    .selectFrom('approvals')
    .innerJoin('cases', 'cases.id', 'approvals.case_id')
    .selectAll('approvals')
    .where('cases.agency_id', '=', agencyId)
    .where('approvals.status', 'in', ['proposed', 'reviewed'])
    .orderBy('approvals.created_at')
    .execute();
}

/** Active users of the agency with the officer role, and whether each exists. */
export async function officersByIds(
  db: Db,
  input: { agencyId: string; userIds: readonly string[] },
): Promise<{ id: string; display_name: string; unit_id: string | null; roles: Role[] }[]> {
  if (input.userIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'unit_id', 'roles'])
    .where('agency_id', '=', input.agencyId)
    .where('id', 'in', [...new Set(input.userIds)])
    .where('status', '=', 'active')
    .execute();
  return rows
    .map((row) => ({ ...row, roles: JSON.parse(row.roles) as Role[] }))
    .filter((row) => row.roles.includes('officer'));
}

export async function allActiveOfficers(db: Db, agencyId: string) {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'unit_id', 'roles'])
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'active')
    .orderBy('display_name')
    .execute();
  return rows.filter((row) => (JSON.parse(row.roles) as Role[]).includes('officer'));
}

/** Refuses an activity id that is not an activity of this case (`activity.not_found`). */
export async function checkActivityOfCase(db: Db, input: { activityId: string; caseId: string }): Promise<void> {
  const activity = await db
    .selectFrom('activities')
    .select('id')
    .where('id', '=', input.activityId)
    .where('case_id', '=', input.caseId)
    .executeTakeFirst();
  if (!activity) throw domainError('activity.not_found');
}
