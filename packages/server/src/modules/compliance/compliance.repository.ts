import { createHash } from 'node:crypto';
import type { ComplianceListQuery } from '@liuhen/contracts';
import type { ComplianceItem } from '@liuhen/domain';
import { type Selectable, sql } from 'kysely';
import type { ComplianceFindingTable } from '../../adapters/db/schema';
import type { Db, Tx } from '../../uow';
import type { CaseVisibility } from '../cases/cases.repository';
import { chunksOf } from './snapshot.repository';

export type FindingRow = Selectable<ComplianceFindingTable>;

/** One case's evaluation, ready to store: its findings (never done items) and its earliest open deadline. */
export type CaseEvaluation = {
  caseId: string;
  agencyId: string;
  unitId: string | null;
  profileId: string | null;
  findings: ComplianceItem[];
  nextDueAt: string | null;
  /** `findingsDigest` of what is stored for it. */
  digest: string;
};

/** The SHA-256 of what `replaceFindings` stores for a case; equal digests mean equal rows (ids and times aside). */
export function findingsDigest(input: Pick<CaseEvaluation, 'profileId' | 'unitId' | 'findings'>): string {
  const stored = input.profileId === null ? [] : input.findings;
  return createHash('sha256')
    .update(JSON.stringify([input.profileId, input.unitId, stored]))
    .digest('hex');
}

/** The digest of each case's stored findings (cases never evaluated are absent). */
export async function storedDigests(db: Db, caseIds: readonly string[]): Promise<Map<string, string | null>> {
  const digests = new Map<string, string | null>();
  for (const ids of chunksOf(caseIds)) {
    const rows = await db
      .selectFrom('compliance_state')
      .select(['case_id', 'findings_digest'])
      .where('case_id', 'in', ids)
      .execute();
    for (const row of rows) digests.set(row.case_id, row.findings_digest);
  }
  return digests;
}

/**
 * Stores each case's evaluation inside the caller's transaction: the state row of every case (evaluated now, its next
 * deadline, its digest), and the findings rows only of the cases in `changed` — the others already hold them.
 */
export async function replaceFindings(
  tx: Tx,
  input: {
    evaluations: readonly CaseEvaluation[];
    changed: ReadonlySet<string>;
    evaluatedAt: string;
    newId: () => string;
  },
): Promise<void> {
  const ids = input.evaluations.map((evaluation) => evaluation.caseId);
  if (ids.length === 0) return;
  const rewritten = input.evaluations.filter((evaluation) => input.changed.has(evaluation.caseId));
  if (rewritten.length > 0) {
    const rewrittenIds = rewritten.map((evaluation) => evaluation.caseId);
    await tx.db.deleteFrom('compliance_findings').where('case_id', 'in', rewrittenIds).execute();
  }
  await tx.db.deleteFrom('compliance_state').where('case_id', 'in', ids).execute();
  const rows: FindingRow[] = rewritten.flatMap((evaluation) =>
    evaluation.profileId === null
      ? []
      : evaluation.findings.map((item) => ({
          id: input.newId(),
          agency_id: evaluation.agencyId,
          case_id: evaluation.caseId,
          unit_id: evaluation.unitId,
          rule: item.rule,
          requirement_id: item.requirementId,
          article: item.article,
          status: item.status,
          severity: item.severity,
          subject_type: item.subject.type,
          subject_id: item.subject.id,
          message_zh: item.message.zh,
          message_en: item.message.en,
          responsible_ids: JSON.stringify(item.responsibleIds),
          due_at: item.dueAt,
          provisional: item.provisional ? 1 : 0,
          profile_id: evaluation.profileId!,
          // When this finding was written as it stands; the case's last evaluation is in compliance_state.
          evaluated_at: input.evaluatedAt,
        })),
  );
  // 18 parameters a row: 200 rows stay well under every driver's parameter limit.
  for (const chunk of chunksOf(rows, 200)) await tx.db.insertInto('compliance_findings').values(chunk).execute();
  await tx.db
    .insertInto('compliance_state')
    .values(
      input.evaluations.map((evaluation) => ({
        case_id: evaluation.caseId,
        agency_id: evaluation.agencyId,
        evaluated_at: input.evaluatedAt,
        next_due_at: evaluation.nextDueAt,
        findings_digest: evaluation.digest,
      })),
    )
    .execute();
}

/** Case ids whose findings change with the clock alone by `now` (due soon, then overdue), or never evaluated. */
export async function dueCaseIds(db: Db, input: { now: string }): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .leftJoin('compliance_state', 'compliance_state.case_id', 'cases.id')
    .select('cases.id')
    .where((eb) =>
      eb.or([eb('compliance_state.case_id', 'is', null), eb('compliance_state.next_due_at', '<=', input.now)]),
    )
    .execute();
  return rows.map((row) => row.id);
}

/** Every case not yet archived (the daily full sweep), optionally of one agency. */
export async function openCaseIds(
  db: Db,
  input: { agencyId?: string | undefined; all?: boolean; unboundOnly?: boolean },
): Promise<string[]> {
  let query = db.selectFrom('cases').select('id');
  if (input.agencyId) query = query.where('agency_id', '=', input.agencyId);
  if (!input.all) query = query.where('stage', '!=', 'archived');
  // Cases opened before profiles existed follow the agency's profile: only they change when it changes.
  if (input.unboundOnly) query = query.where('profile_id', 'is', null);
  return (await query.orderBy('id').execute()).map((row) => row.id);
}

/** One page of stored findings the actor may see, with the total and the counts per severity. */
export async function listFindingRows(
  db: Db,
  input: { agencyId: string; visibility: CaseVisibility; filter: ComplianceListQuery },
) {
  const { agencyId, visibility, filter } = input;
  let query = db
    .selectFrom('compliance_findings')
    .innerJoin('cases', 'cases.id', 'compliance_findings.case_id')
    .where('compliance_findings.agency_id', '=', agencyId);
  // The same visibility as the case list (`listCaseRows`): the agency, the actor's unit, or the cases they handle.
  if (visibility.scope !== 'agency') {
    const { unitId, userId } = visibility;
    const handled = db.selectFrom('case_handlers').select('case_handlers.case_id').where('user_id', '=', userId);
    query = query.where((eb) =>
      eb.or([
        ...(visibility.scope === 'unit' && unitId !== null ? [eb('cases.unit_id', '=', unitId)] : []),
        eb('cases.id', 'in', handled),
      ]),
    );
  }
  if (filter.unitId) query = query.where('compliance_findings.unit_id', '=', filter.unitId);
  if (filter.rule) query = query.where('compliance_findings.rule', '=', filter.rule);
  if (filter.status) query = query.where('compliance_findings.status', '=', filter.status);
  if (filter.caseId) query = query.where('compliance_findings.case_id', '=', filter.caseId);
  if (filter.officerId) {
    // responsible_ids is a JSON array of ids; ids hold no quotes, so `"<id>"` matches one element exactly.
    query = query.where(
      'compliance_findings.responsible_ids',
      'like',
      `%"${filter.officerId.replace(/["%_\\]/g, '')}"%`,
    );
  }
  const bySeverity = await query
    .select(['compliance_findings.severity', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('compliance_findings.severity')
    .execute();
  const counts = { violation: 0, warning: 0, info: 0 };
  for (const row of bySeverity) {
    if (row.severity in counts) counts[row.severity as keyof typeof counts] = Number(row.n);
  }
  if (filter.severity) query = query.where('compliance_findings.severity', '=', filter.severity);
  const total = filter.severity ? counts[filter.severity] : counts.violation + counts.warning + counts.info;
  const rows = await query
    .leftJoin('compliance_state', 'compliance_state.case_id', 'compliance_findings.case_id')
    .selectAll('compliance_findings')
    .select(['cases.number as case_number', 'compliance_state.evaluated_at as case_evaluated_at'])
    .orderBy(sql`case compliance_findings.severity when 'violation' then 0 when 'warning' then 1 else 2 end`)
    .orderBy('compliance_findings.due_at')
    .orderBy('compliance_findings.case_id')
    .orderBy('compliance_findings.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { rows, total, counts };
}
