import type { CaseSummaryBody } from '@liuhen/contracts';
import {
  type Action,
  type CaseProcedure,
  type CaseSource,
  type CaseStage,
  type ConfidentialityMarker,
  certificationOf,
  domainError,
  type EnforcementAct,
  isDeadlineMissed,
  isRectificationOverdue,
  isRetroApprovalOverdue,
  localDateOf,
  maskIdNumber,
  type Party,
  type Resource,
  requireAuthorization,
} from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { Db, SessionActor } from '../../uow';
import { listCertificatesOf, toCertificate } from '../organisation/certificates.repository';
import { type CaseRow, findCase, handlersOf, type PersonRow, unitNames } from './cases.repository';

/** What authorization sees of a case: its agency, its unit and its handlers (who may work on it from anywhere). */
export function caseResource(row: CaseRow, handlerIds: readonly string[]): Resource {
  return { agencyId: row.agency_id, unitId: row.unit_id, memberIds: handlerIds };
}

export type LoadedCase = { row: CaseRow; handlers: PersonRow[] };

/**
 * Loads a case and checks the actor may take `action` on it. A case the actor may not even read answers
 * `case.not_found`, so its existence is not disclosed; one they may read but not change answers `auth.forbidden`.
 */
export async function loadCaseFor(
  deps: Deps,
  actor: SessionActor,
  caseId: string,
  action: Action,
  db: Db = deps.database.db,
): Promise<LoadedCase> {
  const row = await findCase(db, { agencyId: actor.agencyId, caseId });
  if (!row) throw domainError('case.not_found');
  const handlers = (await handlersOf(db, [row.id])).get(row.id) ?? [];
  const resource = caseResource(
    row,
    handlers.map((handler) => handler.id),
  );
  try {
    requireAuthorization(actor, 'case.read', resource);
  } catch {
    throw domainError('case.not_found');
  }
  if (action !== 'case.read') requireAuthorization(actor, action, resource);
  return { row, handlers };
}

export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function emergencyOf(row: CaseRow, now: Date): CaseSummaryBody['emergency'] {
  if (!row.emergency_started_at || !row.retro_approval_due) return null;
  return {
    reason: row.emergency_reason ?? '',
    startedAt: row.emergency_started_at,
    retroApprovalDue: row.retro_approval_due,
    retroApprovedAt: row.retro_approved_at,
    overdue: isRetroApprovalOverdue(row.emergency_started_at, row.retro_approved_at, now.toISOString()),
  };
}

/** EXEC-02: the rectification verification task of a case, once a final 责令改正 order set its deadline. */
export function rectificationOf(row: CaseRow, now: Date): CaseSummaryBody['rectification'] {
  if (!row.rectify_by || !row.rectification_due) return null;
  return {
    rectifyBy: row.rectify_by,
    dueAt: row.rectification_due,
    checkedAt: row.rectification_checked_at,
    overdue: isRectificationOverdue({
      rectifyBy: row.rectify_by,
      checkedAt: row.rectification_checked_at,
      now: now.toISOString(),
    }),
  };
}

/** HEAR-04: the hearing report's deadline, once a hearing is recorded under a profile stating it (LX 第八条). */
export function hearingReportOf(row: CaseRow, now: Date): CaseSummaryBody['hearingReport'] {
  if (!row.hearing_ended_on || !row.hearing_report_due_on || !row.hearing_report_due) return null;
  return {
    hearingEndedOn: row.hearing_ended_on,
    dueOn: row.hearing_report_due_on,
    dueAt: row.hearing_report_due,
    provisional: row.hearing_report_provisional === 1,
    reportedAt: row.hearing_reported_at,
    overdue: isDeadlineMissed({
      dueAt: row.hearing_report_due,
      doneAt: row.hearing_reported_at,
      now: now.toISOString(),
    }),
  };
}

/** A case as lists show it: identity numbers masked (个人隐私). */
export function presentSummary(
  row: CaseRow,
  handlers: readonly PersonRow[],
  unitName: string | null,
  now: Date,
): CaseSummaryBody {
  const parties = parseJson<Party[]>(row.parties);
  const emergency = emergencyOf(row, now);
  const rectification = rectificationOf(row, now);
  const hearingReport = hearingReportOf(row, now);
  return {
    id: row.id,
    number: row.number,
    act: row.act as EnforcementAct,
    procedure: row.procedure as CaseProcedure,
    source: row.source as CaseSource,
    cause: row.cause,
    stage: row.stage as CaseStage,
    unit: row.unit_id && unitName ? { id: row.unit_id, name: unitName } : null,
    parties: parties.map((party) => ({
      kind: party.kind,
      name: party.name,
      idDocumentType: party.idDocument.type,
      idNumberMasked: maskIdNumber(party.idDocument.number),
    })),
    handlers: handlers.map((handler) => ({ id: handler.id, name: handler.display_name })),
    confidentiality: parseJson<ConfidentialityMarker[]>(row.confidentiality),
    emergency,
    rectification,
    hearingReport,
    overdue: [emergency, rectification, hearingReport].some((item) => item?.overdue === true),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function presentSummaries(db: Db, rows: readonly CaseRow[], now: Date): Promise<CaseSummaryBody[]> {
  const handlers = await handlersOf(
    db,
    rows.map((row) => row.id),
  );
  const units = await unitNames(db, [...new Set(rows.flatMap((row) => (row.unit_id ? [row.unit_id] : [])))]);
  return rows.map((row) =>
    presentSummary(row, handlers.get(row.id) ?? [], row.unit_id ? (units.get(row.unit_id) ?? null) : null, now),
  );
}

export type OfficerCertification = {
  id: string;
  name: string;
  unitId: string | null;
  certified: boolean;
  reason: string | null;
  certificateNumber: string | null;
};

/** ROLE-01: each officer's certification today (Asia/Shanghai), with the number of the certificate in force. */
export async function certificationsOf(
  db: Db,
  officers: readonly { id: string; display_name: string; unit_id: string | null }[],
  now: Date,
): Promise<OfficerCertification[]> {
  const certificates = await listCertificatesOf(
    db,
    officers.map((officer) => officer.id),
  );
  const today = localDateOf(now);
  return officers.map((officer) => {
    const own = certificates.filter((row) => row.user_id === officer.id).map(toCertificate);
    const certification = certificationOf(own, today);
    return {
      id: officer.id,
      name: officer.display_name,
      unitId: officer.unit_id,
      certified: certification.certified,
      reason: certification.certified ? null : certification.reason,
      certificateNumber: certification.certified ? certification.certificate.number : null,
    };
  });
}
