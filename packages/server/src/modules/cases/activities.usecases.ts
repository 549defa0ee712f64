import type { ActivityBody, CreateActivityBody } from '@liuhen/contracts';
import {
  type ActivityType,
  activityTypes,
  type CaseStage,
  checkActivity,
  checkHearingNotice,
  domainError,
  hearingReportDue,
  localDateOf,
} from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { Db, RequestContext, SessionActor } from '../../uow';
import { certificationsOf, loadCaseFor, parseJson } from './case-access';
import { type ActivityRow, type DocumentRow, officersByIds, peopleByIds } from './cases.repository';

type Ctx = RequestContext & { actor: SessionActor };

/** INV-02: the activity's main record is missing while no document of its types is attached to it. */
function missingDocumentsOf(row: ActivityRow, documents: readonly DocumentRow[]): string[] {
  const expected: readonly string[] = activityTypes[row.type as ActivityType]?.documents ?? [];
  if (expected.length === 0) return [];
  const made = documents.filter((document) => document.activity_id === row.id).map((document) => document.type_code);
  return made.some((type) => expected.includes(type)) ? [] : [expected[0]!];
}

export async function presentActivities(
  db: Db,
  rows: readonly ActivityRow[],
  documents: readonly DocumentRow[],
): Promise<ActivityBody[]> {
  const names = await peopleByIds(
    db,
    rows.map((row) => row.recorded_by),
  );
  return rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    type: row.type,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    place: row.place,
    officers: parseJson(row.officers),
    parties: parseJson(row.parties),
    witnesses: parseJson(row.witnesses),
    rightsNotified: parseJson(row.rights_notified),
    summary: row.summary,
    avRecordIds: parseJson(row.av_record_ids),
    documentIds: documents.filter((document) => document.activity_id === row.id).map((document) => document.id),
    missingDocuments: missingDocumentsOf(row, documents),
    recordedBy: { id: row.recorded_by, name: names.get(row.recorded_by) ?? row.recorded_by },
    recordedAt: row.recorded_at,
  }));
}

/**
 * HEAR-02: the hearing notice was served at least seven days before the hearing. The notice's service is the final
 * 送达回证 that names the notice's 文号 (documentNumber); the earliest such service counts.
 */
async function checkHearingNoticeServed(db: Db, caseId: string, hearingAt: string): Promise<void> {
  const finals = await db
    .selectFrom('documents')
    .innerJoin('document_versions', (join) =>
      join
        .onRef('document_versions.document_id', '=', 'documents.id')
        .onRef('document_versions.version', '=', 'documents.current_version'),
    )
    .select(['documents.type_code', 'document_versions.data'])
    .where('documents.case_id', '=', caseId)
    .where('documents.status', '=', 'final')
    .where('documents.type_code', 'in', ['hearingNotice', 'serviceReceipt'])
    .execute();
  const numbers = finals
    .filter((row) => row.type_code === 'hearingNotice')
    .map((row) => parseJson<Record<string, unknown>>(row.data).documentNumber)
    .filter((value): value is string => typeof value === 'string');
  const served = finals
    .filter((row) => row.type_code === 'serviceReceipt')
    .map((row) => parseJson<Record<string, unknown>>(row.data))
    .filter((data) => typeof data.documentNumber === 'string' && numbers.includes(data.documentNumber))
    .map((data) => String(data.servedAt))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  checkHearingNotice({ hearingAt, noticeServedAt: served[0] ?? null });
}

/**
 * Records an enforcement activity (执法活动): when, where, who was present. INV-01: the officers present are
 * certified officers of the agency, at least two for investigation and enforcement steps; their names and the
 * numbers of the certificates in force are copied from the record, with whether each certificate was shown.
 * RIGHT-01: the rights notified, when and how.
 */
export async function recordActivity(
  deps: Deps,
  ctx: Ctx,
  input: { caseId: string; body: CreateActivityBody },
): Promise<ActivityBody> {
  const { row } = await loadCaseFor(deps, ctx.actor, input.caseId, 'case.record');
  const { body } = input;
  const officerIds = [...new Set(body.officers.map((officer) => officer.userId))];
  const officers = await officersByIds(deps.database.db, { agencyId: ctx.agencyId, userIds: officerIds });
  const unknown = officerIds.find((id) => !officers.some((officer) => officer.id === id));
  if (unknown !== undefined) throw domainError('user.not_found', { userId: unknown });
  const certifications = await certificationsOf(deps.database.db, officers, deps.clock.now());
  checkActivity({
    activity: body,
    stage: row.stage as CaseStage,
    uncertifiedOfficerNames: certifications.filter((officer) => !officer.certified).map((officer) => officer.name),
  });
  if (body.type === 'hearing') {
    await checkHearingNoticeServed(deps.database.db, row.id, body.startedAt);
  }
  const present = officerIds.map((userId) => {
    const certification = certifications.find((officer) => officer.id === userId)!;
    return {
      userId,
      name: certification.name,
      certificateNumber: certification.certificateNumber ?? '',
      certificateShown: body.officers.find((officer) => officer.userId === userId)!.certificateShown,
    };
  });
  const id = deps.ids.newId();
  await deps.uow.run(ctx, async (tx) => {
    const activity: ActivityRow = {
      id,
      case_id: row.id,
      type: body.type,
      started_at: body.startedAt,
      ended_at: body.endedAt ?? null,
      place: body.place,
      officers: JSON.stringify(present),
      parties: JSON.stringify(body.parties),
      witnesses: JSON.stringify(body.witnesses),
      rights_notified: JSON.stringify(body.rightsNotified),
      summary: body.summary ?? null,
      av_record_ids: JSON.stringify(body.avRecordIds),
      recorded_by: ctx.actor.userId,
      recorded_at: tx.now.toISOString(),
    };
    await tx.db.insertInto('activities').values(activity).execute();
    if (body.type === 'hearing') {
      // HEAR-04: the report is due five working days after the hearing's last day; a later hearing moves it.
      const endedOn = localDateOf(body.endedAt ?? body.startedAt);
      const due = hearingReportDue(endedOn, deps.calendar);
      await tx.db
        .updateTable('cases')
        .set((eb) => ({
          hearing_ended_on: endedOn,
          hearing_report_due_on: due.dueOn,
          hearing_report_due: due.dueAt,
          hearing_report_provisional: due.provisional ? 1 : 0,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', row.id)
        .execute();
    }
    if (body.type === 'rectificationCheck') {
      // EXEC-02: the verification of the rectification; the first one recorded counts.
      await tx.db
        .updateTable('cases')
        .set((eb) => ({
          rectification_checked_at: new Date(body.startedAt).toISOString(),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', row.id)
        .where('rectification_checked_at', 'is', null)
        .execute();
    }
    await tx.ledger.append({
      action: 'activity.recorded',
      subject: { type: 'activity', id },
      summary: {
        caseId: row.id,
        caseNumber: row.number,
        type: body.type,
        startedAt: body.startedAt,
        endedAt: body.endedAt ?? null,
        place: body.place,
        officers: present.map((officer) => ({
          userId: officer.userId,
          certificateNumber: officer.certificateNumber,
          certificateShown: officer.certificateShown,
        })),
        rightsNotified: body.rightsNotified.map((right) => ({ right: right.right, method: right.method })),
      },
    });
  });
  const stored = await deps.database.db.selectFrom('activities').selectAll().where('id', '=', id).execute();
  const [activity] = await presentActivities(deps.database.db, stored, []);
  return activity!;
}
