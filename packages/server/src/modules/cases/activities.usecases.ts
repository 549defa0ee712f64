import type {
  ActivityAvExceptionBody,
  ActivityAvGapNoteBody,
  ActivityBody,
  CreateActivityBody,
} from '@liuhen/contracts';
import {
  type ActivityAvContext,
  activityAvStatus,
  type ActivityType,
  activityTypes,
  type AvException,
  type AvGapNote,
  avExceptionProblems,
  avRequirementOf,
  type CaseProcedure,
  type EnforcementAct,
  type Profile,
  type CaseStage,
  addWorkingDays,
  checkActivity,
  domainError,
  endOfLocalDay,
  localDateOf,
} from '@liuhen/domain';
import type { Deps } from '../../deps';
import { afterCaseChange } from '../compliance/compliance.usecases';
import type { Db, RequestContext, SessionActor } from '../../uow';
import { effectiveProfile } from '../profiles/profiles.usecases';
import { certificationsOf, loadCaseFor, parseJson } from './case-access';
import { type ActivityRow, type CaseRow, type DocumentRow, officersByIds, peopleByIds } from './cases.repository';

type Ctx = RequestContext & { actor: SessionActor };

/** INV-02: the activity's main record is missing while no document of its types is attached to it. */
function missingDocumentsOf(row: ActivityRow, documents: readonly DocumentRow[]): string[] {
  const expected: readonly string[] = activityTypes[row.type as ActivityType]?.documents ?? [];
  if (expected.length === 0) return [];
  const made = documents.filter((document) => document.activity_id === row.id).map((document) => document.type_code);
  return made.some((type) => expected.includes(type)) ? [] : [expected[0]!];
}

/** A recorded exception to the A/V requirement (AV-02, AV-10), as stored on the activity. */
type StoredAvException = AvException & { recordedBy: string; at: string };
/** AV-03: a reason for a break, as stored on the activity. */
type StoredGapNote = AvGapNote & { recordedBy: string; at: string };

/** The case facts the A/V matrix reads, and the profile it is read from (GEN-01). */
export type ActivityAvScope = {
  profile: Profile | null;
  kase: { procedure: CaseProcedure; act: EnforcementAct };
};

export async function activityAvScope(deps: Deps, row: CaseRow): Promise<ActivityAvScope> {
  return {
    profile: await effectiveProfile(deps, { profileId: row.profile_id, agencyId: row.agency_id }),
    kase: { procedure: row.procedure as CaseProcedure, act: row.act as EnforcementAct },
  };
}

/** The A/V records linked to each activity: linked later (av_records.activity_id) or named when it was recorded. */
async function linkedRecordsOf(db: Db, rows: readonly ActivityRow[]) {
  const ids = rows.map((row) => row.id);
  const named = [...new Set(rows.flatMap((row) => parseJson<string[]>(row.av_record_ids)))];
  if (ids.length === 0)
    return new Map<
      string,
      { id: string; device_number: string | null; captured_from: string | null; captured_to: string | null }[]
    >();
  let query = db
    .selectFrom('av_records')
    .select(['id', 'activity_id', 'device_number', 'captured_from', 'captured_to'])
    .where((eb) =>
      named.length > 0 ? eb.or([eb('activity_id', 'in', ids), eb('id', 'in', named)]) : eb('activity_id', 'in', ids),
    );
  query = query.orderBy('captured_from').orderBy('id');
  const records = await query.execute();
  const byActivity = new Map<string, (typeof records)[number][]>();
  for (const row of rows) {
    const listed = parseJson<string[]>(row.av_record_ids);
    byActivity.set(
      row.id,
      records.filter((record) => record.activity_id === row.id || listed.includes(record.id)),
    );
  }
  return byActivity;
}

export async function presentActivities(
  db: Db,
  rows: readonly ActivityRow[],
  documents: readonly DocumentRow[],
  scope: ActivityAvScope,
): Promise<ActivityBody[]> {
  const exceptions = rows.map((row) => (row.av_exception ? parseJson<StoredAvException>(row.av_exception) : null));
  const names = await peopleByIds(db, [
    ...rows.map((row) => row.recorded_by),
    ...exceptions.flatMap((exception) => (exception ? [exception.recordedBy] : [])),
  ]);
  const linked = await linkedRecordsOf(db, rows);
  return rows.map((row, index) => {
    const context = row.av_context ? parseJson<ActivityAvContext>(row.av_context) : null;
    const records = (linked.get(row.id) ?? []).map((record) => ({
      id: record.id,
      deviceNumber: record.device_number,
      capturedFrom: record.captured_from,
      capturedTo: record.captured_to,
    }));
    const exception = exceptions[index] ?? null;
    const requirement = scope.profile
      ? avRequirementOf(scope.profile, { type: row.type as ActivityType, context }, scope.kase)
      : null;
    const status = scope.profile
      ? activityAvStatus({
          profile: scope.profile,
          requirement,
          activity: { startedAt: row.started_at, endedAt: row.ended_at },
          records,
          exception,
          gapNotes: row.av_gap_notes ? parseJson<StoredGapNote[]>(row.av_gap_notes) : [],
          hasWrittenRecord: documents.some(
            (document) => document.activity_id === row.id && document.status === 'final',
          ),
        })
      : null;
    return {
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
      avContext: context,
      av: {
        level: status?.level ?? null,
        article: status?.article ?? null,
        state: status?.state ?? 'notRequired',
        uncovered: status?.uncovered ?? [],
        gaps: status?.gaps ?? [],
        undated: status?.undated ?? [],
        linkedRecordIds: records.map((record) => record.id),
        exception: exception
          ? {
              kind: exception.kind,
              reason: exception.reason ?? null,
              recordedBy: { id: exception.recordedBy, name: names.get(exception.recordedBy) ?? exception.recordedBy },
              at: exception.at,
            }
          : null,
        exceptionProblems: status?.exceptionProblems ?? [],
      },
      documentIds: documents.filter((document) => document.activity_id === row.id).map((document) => document.id),
      missingDocuments: missingDocumentsOf(row, documents),
      recordedBy: { id: row.recorded_by, name: names.get(row.recorded_by) ?? row.recorded_by },
      recordedAt: row.recorded_at,
    };
  });
}

/**
 * HEAR-02 (LX 002 第八条): under a profile that states it, the hearing notice was served at least the profile's days
 * before the hearing. The notice's service is the final 送达回证 that names the notice's 文号 (documentNumber); the
 * earliest such service counts.
 */
async function checkHearingNoticeServed(db: Db, caseId: string, hearingAt: string, days: number): Promise<void> {
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
  const servedAt = served[0] ?? null;
  if (servedAt === null) throw domainError('hearing.notice_not_served');
  if (Date.parse(hearingAt) < Date.parse(servedAt) + days * 24 * 3600 * 1000) {
    throw domainError('hearing.notice_too_late', { servedAt, hearingAt, days });
  }
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
  // HEAR-02, HEAR-04: only the case's own profile (GEN-01) decides whether, and with which days, they apply.
  const deadlines = body.type === 'hearing' ? (await activityAvScope(deps, row)).profile?.deadlines : undefined;
  if (deadlines?.hearingNotice) {
    await checkHearingNoticeServed(deps.database.db, row.id, body.startedAt, deadlines.hearingNotice.days);
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
      av_context: body.avContext ? JSON.stringify(body.avContext) : null,
      av_exception: null,
      av_gap_notes: null,
      recorded_by: ctx.actor.userId,
      recorded_at: tx.now.toISOString(),
    };
    await tx.db.insertInto('activities').values(activity).execute();
    if (deadlines?.hearingReport) {
      // HEAR-04: the report is due the profile's working days (LX: 5) after the hearing's last day, to 24:00; a later
      // hearing moves it. Profiles that do not state HEAR-04 compute no due date, so nothing is flagged.
      const endedOn = localDateOf(body.endedAt ?? body.startedAt);
      const due = addWorkingDays(endedOn, deadlines.hearingReport.workingDays, deps.calendar);
      await tx.db
        .updateTable('cases')
        .set((eb) => ({
          hearing_ended_on: endedOn,
          hearing_report_due_on: due.due,
          hearing_report_due: endOfLocalDay(due.due),
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
        avContext: body.avContext ?? null,
      },
    });
  });
  await afterCaseChange(deps, row.id);
  return presentOne(deps, row, id);
}

async function presentOne(deps: Deps, caseRow: CaseRow, activityId: string): Promise<ActivityBody> {
  const db = deps.database.db;
  const stored = await db.selectFrom('activities').selectAll().where('id', '=', activityId).execute();
  const documents = await db.selectFrom('documents').selectAll().where('activity_id', '=', activityId).execute();
  const [activity] = await presentActivities(db, stored, documents, await activityAvScope(deps, caseRow));
  return activity!;
}

/**
 * AV-02, AV-10: records why an activity has no (complete) A/V — 不适宜音像记录 where the profile allows it (a written
 * reason where it requires one), or 受客观条件限制 under XG, which also needs the key steps on camera and the written
 * record (shown as open problems until they exist). A profile without the exception refuses it.
 */
export async function recordActivityAvException(
  deps: Deps,
  ctx: Ctx,
  input: { caseId: string; activityId: string; body: ActivityAvExceptionBody },
): Promise<ActivityBody> {
  const { row } = await loadCaseFor(deps, ctx.actor, input.caseId, 'case.record');
  const activity = await deps.database.db
    .selectFrom('activities')
    .selectAll()
    .where('id', '=', input.activityId)
    .where('case_id', '=', row.id)
    .executeTakeFirst();
  if (!activity) throw domainError('activity.not_found', { activityId: input.activityId });
  const scope = await activityAvScope(deps, row);
  if (!scope.profile) throw domainError('profile.not_selected');
  const requirement = avRequirementOf(
    scope.profile,
    {
      type: activity.type as ActivityType,
      context: activity.av_context ? parseJson<ActivityAvContext>(activity.av_context) : null,
    },
    scope.kase,
  );
  const blocking = avExceptionProblems(scope.profile, input.body, {
    level: requirement?.level ?? null,
    linkedCount: 1,
    hasWrittenRecord: true,
  });
  const [first] = blocking;
  if (first !== undefined)
    throw domainError(first as 'av.exception_not_allowed', { article: requirement?.article ?? '' });
  await deps.uow.run(ctx, async (tx) => {
    const stored: StoredAvException = { ...input.body, recordedBy: ctx.actor.userId, at: tx.now.toISOString() };
    await tx.db
      .updateTable('activities')
      .set({ av_exception: JSON.stringify(stored) })
      .where('id', '=', activity.id)
      .execute();
    await tx.ledger.append({
      action: 'activity.av_exception_recorded',
      subject: { type: 'activity', id: activity.id },
      summary: {
        caseId: row.id,
        caseNumber: row.number,
        kind: input.body.kind,
        reason: input.body.reason ?? null,
        previous: activity.av_exception ? parseJson<StoredAvException>(activity.av_exception).kind : null,
      },
    });
  });
  await afterCaseChange(deps, row.id);
  return presentOne(deps, row, activity.id);
}

/**
 * AV-03: an officer records why the recording of an activity broke off between two segments of one device (the
 * regulations forbid interrupted or selective recording, so the break stays a finding; with its reason it no longer
 * keeps the case open). The pair must be a break the system found; a later reason for the same pair replaces the
 * earlier one, and both are in the ledger.
 */
export async function recordActivityAvGapNote(
  deps: Deps,
  ctx: Ctx,
  input: { caseId: string; activityId: string; body: ActivityAvGapNoteBody },
): Promise<ActivityBody> {
  const { row } = await loadCaseFor(deps, ctx.actor, input.caseId, 'case.record');
  const current = await presentOne(deps, row, input.activityId).catch(() => null);
  if (!current || current.caseId !== row.id) throw domainError('activity.not_found', { activityId: input.activityId });
  const { beforeId, afterId, reason } = input.body;
  if (!current.av.gaps.some((gap) => gap.beforeId === beforeId && gap.afterId === afterId)) {
    throw domainError('av.gap_not_found', { beforeId, afterId });
  }
  const stored = await deps.database.db
    .selectFrom('activities')
    .select('av_gap_notes')
    .where('id', '=', current.id)
    .executeTakeFirstOrThrow();
  await deps.uow.run(ctx, async (tx) => {
    const notes = (stored.av_gap_notes ? parseJson<StoredGapNote[]>(stored.av_gap_notes) : []).filter(
      (note) => !(note.beforeId === beforeId && note.afterId === afterId),
    );
    notes.push({ beforeId, afterId, reason, recordedBy: ctx.actor.userId, at: tx.now.toISOString() });
    await tx.db
      .updateTable('activities')
      .set({ av_gap_notes: JSON.stringify(notes) })
      .where('id', '=', current.id)
      .execute();
    await tx.ledger.append({
      action: 'activity.av_gap_explained',
      subject: { type: 'activity', id: current.id },
      summary: { caseId: row.id, caseNumber: row.number, beforeId, afterId, reason },
    });
  });
  await afterCaseChange(deps, row.id);
  return presentOne(deps, row, current.id);
}
