import type {
  ActivityAvContext,
  ActivityType,
  AvException,
  AvGapNote,
  CaseProcedure,
  CaseSnapshot,
  CaseStage,
  EnforcementAct,
} from '@liuhen/domain';
import type { Db } from '../../uow';
import { factsOf } from '../av/av-rules';
import { parseJson } from '../cases/case-access';
import type { CaseRow } from '../cases/cases.repository';

/** Ids per `in (…)` list: small enough for every driver's parameter limit, large enough to keep round trips few. */
export const snapshotChunkSize = 500;

export function chunksOf<T>(items: readonly T[], size = snapshotChunkSize): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return groups;
}

/** A stored case, with its profile id as bound (null: follows the agency's). */
export type LoadedSnapshot = { row: CaseRow; snapshot: CaseSnapshot };

/**
 * Everything the compliance engine reads about each case (issue 6), in nine queries per chunk of 500 cases — never
 * one query per case, so the sweep scales to 100k cases. Cases not found are left out.
 */
export async function loadCaseSnapshots(db: Db, caseIds: readonly string[]): Promise<LoadedSnapshot[]> {
  const out: LoadedSnapshot[] = [];
  for (const ids of chunksOf([...new Set(caseIds)])) out.push(...(await loadChunk(db, ids)));
  return out;
}

async function loadChunk(db: Db, ids: string[]): Promise<LoadedSnapshot[]> {
  if (ids.length === 0) return [];
  const [cases, handlers, events, activities, documents, linked, approvals, steps, finalised] = await Promise.all([
    db.selectFrom('cases').selectAll().where('id', 'in', ids).execute(),
    db
      .selectFrom('case_handlers')
      .select(['case_id', 'user_id'])
      .where('case_id', 'in', ids)
      .orderBy('case_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('case_events')
      .select(['case_id', 'action', 'at', 'approval_id'])
      .where('case_id', 'in', ids)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db.selectFrom('activities').selectAll().where('case_id', 'in', ids).orderBy('started_at').orderBy('id').execute(),
    db
      .selectFrom('documents')
      .innerJoin('document_versions', (join) =>
        join
          .onRef('document_versions.document_id', '=', 'documents.id')
          .onRef('document_versions.version', '=', 'documents.current_version'),
      )
      .select([
        'documents.id',
        'documents.case_id',
        'documents.type_code',
        'documents.status',
        'documents.activity_id',
        'documents.created_by',
        'documents.updated_at',
        'document_versions.data',
        'document_versions.signatures',
      ])
      .where('documents.case_id', 'in', ids)
      .orderBy('documents.created_at')
      .orderBy('documents.id')
      .execute(),
    db
      .selectFrom('av_records')
      .selectAll()
      .where('case_id', 'in', ids)
      .orderBy('captured_from')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('approvals')
      .select(['id', 'case_id', 'type', 'status', 'activity_id'])
      .where('case_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('approval_steps')
      .innerJoin('approvals', 'approvals.id', 'approval_steps.approval_id')
      .select([
        'approval_steps.approval_id',
        'approval_steps.kind',
        'approval_steps.agree',
        'approval_steps.user_id',
        'approval_steps.at',
      ])
      .where('approvals.case_id', 'in', ids)
      .orderBy('approval_steps.approval_id')
      .orderBy('approval_steps.seq')
      .execute(),
    // When each document was first finalised: a correction keeps it final but moves documents.updated_at.
    db
      .selectFrom('document_versions')
      .innerJoin('documents', 'documents.id', 'document_versions.document_id')
      .select(['document_versions.document_id', (eb) => eb.fn.min('document_versions.created_at').as('at')])
      .where('documents.case_id', 'in', ids)
      .where('document_versions.status', '=', 'final')
      .groupBy('document_versions.document_id')
      .execute(),
  ]);
  const finalisedAt = new Map(finalised.map((row) => [row.document_id, row.at as string]));
  // Records named on an activity when it was recorded (activities.av_record_ids) count as linked to it too.
  const namedBy = new Map<string, { caseId: string; activityId: string }>();
  for (const activity of activities) {
    for (const recordId of parseJson<string[]>(activity.av_record_ids)) {
      namedBy.set(recordId, { caseId: activity.case_id, activityId: activity.id });
    }
  }
  const linkedIds = new Set(linked.map((record) => record.id));
  const missing = [...namedBy.keys()].filter((id) => !linkedIds.has(id));
  const named = [];
  for (const chunk of chunksOf(missing)) {
    named.push(...(await db.selectFrom('av_records').selectAll().where('id', 'in', chunk).execute()));
  }
  const records = [
    ...linked.map((row) => ({
      row,
      caseId: row.case_id!,
      activityId: row.activity_id ?? namedBy.get(row.id)?.activityId ?? null,
    })),
    ...named.map((row) => ({ row, caseId: namedBy.get(row.id)!.caseId, activityId: namedBy.get(row.id)!.activityId })),
  ];

  const handlersByCase = groupBy(handlers, (row) => row.case_id);
  const eventsByCase = groupBy(events, (row) => row.case_id);
  const activitiesByCase = groupBy(activities, (row) => row.case_id);
  const documentsByCase = groupBy(documents, (row) => row.case_id);
  const recordsByCase = groupBy(records, (record) => record.caseId);
  const approvalsByCase = groupBy(approvals, (row) => row.case_id);
  const stepsByApproval = groupBy(steps, (row) => row.approval_id);

  return cases.map((row) => ({
    row,
    snapshot: {
      id: row.id,
      number: row.number,
      unitId: row.unit_id,
      stage: row.stage as CaseStage,
      procedure: row.procedure as CaseProcedure,
      act: row.act as EnforcementAct,
      source: row.source,
      handlerIds: (handlersByCase.get(row.id) ?? []).map((handler) => handler.user_id),
      createdAt: row.created_at,
      emergency: row.emergency_started_at
        ? {
            startedAt: row.emergency_started_at,
            retroDueAt: row.retro_approval_due,
            retroApprovedAt: row.retro_approved_at,
          }
        : null,
      hearingReport: row.hearing_report_due
        ? {
            dueAt: row.hearing_report_due,
            reportedAt: row.hearing_reported_at,
            provisional: row.hearing_report_provisional === 1,
          }
        : null,
      rectification: row.rectification_due
        ? { dueAt: row.rectification_due, checkedAt: row.rectification_checked_at }
        : null,
      // CLOSE-02, DEC-04 (issue 6): stored on the case row (migration 0009).
      endedOn: row.ended_on,
      majorComplex: row.major_complex === 1,
      events: (eventsByCase.get(row.id) ?? []).map((event) => ({
        action: event.action,
        at: event.at,
        approvalId: event.approval_id,
      })),
      activities: (activitiesByCase.get(row.id) ?? []).map((activity) => ({
        id: activity.id,
        type: activity.type as ActivityType,
        startedAt: activity.started_at,
        endedAt: activity.ended_at,
        officers: parseJson<CaseSnapshot['activities'][number]['officers']>(activity.officers),
        context: activity.av_context ? parseJson<ActivityAvContext>(activity.av_context) : null,
        exception: activity.av_exception ? parseJson<AvException>(activity.av_exception) : null,
        gapNotes: activity.av_gap_notes ? parseJson<AvGapNote[]>(activity.av_gap_notes) : [],
        rightsNotified: parseJson<{ right: string; at: string }[]>(activity.rights_notified).map((right) => ({
          right: right.right,
          at: right.at,
        })),
        summary: activity.summary,
        recordedBy: activity.recorded_by,
      })),
      documents: (documentsByCase.get(row.id) ?? []).map((document) => ({
        id: document.id,
        typeCode: document.type_code,
        status: document.status,
        activityId: document.activity_id,
        data: parseJson<Record<string, unknown>>(document.data),
        signatures: parseJson<unknown[]>(document.signatures),
        createdBy: document.created_by,
        updatedAt: document.updated_at,
        finalisedAt: finalisedAt.get(document.id) ?? null,
      })),
      approvals: (approvalsByCase.get(row.id) ?? []).map((approval) => ({
        id: approval.id,
        type: approval.type,
        status: approval.status,
        activityId: approval.activity_id,
        steps: (stepsByApproval.get(approval.id) ?? []).map((step) => ({
          kind: step.kind as 'propose' | 'review' | 'approve',
          agree: step.agree === 1,
          userId: step.user_id,
          at: step.at,
        })),
      })),
      avRecords: (recordsByCase.get(row.id) ?? []).map(({ row: record, activityId }) => ({
        ...factsOf(record),
        id: record.id,
        activityId,
        deviceNumber: record.device_number,
        uploadedBy: record.uploaded_by,
      })),
    },
  }));
}
