import type {
  CaseDetailBody,
  CaseIntake,
  CaseListQuery,
  CreateCaseBody,
  MajorComplexBody,
  TransitionBody,
  WorkbenchBody,
} from '@liuhen/contracts';
import {
  type ApprovalType,
  approvalRequiredFor,
  availableActions,
  type CaseAction,
  type CaseProcedure,
  type CaseStage,
  checkActionDocuments,
  checkPreDecisionRecords,
  type CaseSource,
  type EnforcementAct,
  checkHandlers,
  checkNonRegistrationNotice,
  checkActInScope,
  domainError,
  extraActionApprovals,
  formatCaseNumber,
  nextStage,
  type Party,
  unsettledMaterials,
  requireAuthorization,
  retroApprovalDue,
  routeComplaint,
  localDateOf,
  isLocalDate,
  widestScope,
  authorize,
} from '@liuhen/domain';
import type { Deps } from '../../deps';
import { afterCaseChange, blockingFindings, complianceBlocked } from '../compliance/compliance.usecases';
import { agencyProfileId, effectiveProfile, requireAgencyProfile } from '../profiles/profiles.usecases';
import type { Db, RequestContext, SessionActor, Tx } from '../../uow';
import { listCertificatesOf, toCertificate } from '../organisation/certificates.repository';
import { activityAvScope, presentActivities } from './activities.usecases';
import { loadApprovalSteps, presentApproval, type ProfileApprovalChain } from './approvals.presenter';
import { chainOf } from './approvals.usecases';
import {
  caseResource,
  certificationsOf,
  emergencyOf,
  hearingReportOf,
  rectificationOf,
  loadCaseFor,
  parseJson,
  presentSummaries,
  presentSummary,
} from './case-access';
import {
  activitiesOf,
  allActiveOfficers,
  type ApprovalRow,
  approvalsOf,
  type CaseRow,
  documentsOf,
  eventsOf,
  findCase,
  handlersOf,
  insertCase,
  insertCaseEvent,
  listCaseRows,
  nextCaseSequence,
  officersByIds,
  openApprovals,
  peopleByIds,
  unitNames,
  updateCaseRow,
} from './cases.repository';
import { presentDocumentSummary } from './documents.presenter';
import { materialsOf } from './materials.usecases';

type Ctx = RequestContext & { actor: SessionActor };

/** The approval type a stage action needs, and whether it must come before (or, for an emergency, after). */
export function approvalFor(action: CaseAction): { type: ApprovalType; timing: 'before' | 'within24h' } | null {
  const required = approvalRequiredFor(action);
  if (required) return { type: required.type, timing: required.timing };
  const extra = extraActionApprovals[action];
  return extra ? { type: extra, timing: 'before' } : null;
}

/** INIT-01/04/05: the intake facts each source must carry. */
function checkIntake(body: CreateCaseBody): void {
  const missing: string[] = [];
  const { intake, source } = body;
  if (source === 'complaint' || source === 'report') {
    if (!intake.complainant) missing.push('complainant');
    if (body.realName === undefined) missing.push('realName');
  }
  if (source === 'onApplication' && !intake.complainant) missing.push('complainant (申请人)');
  if ((source === 'assignedBySuperior' || source === 'referralIn') && !intake.referredBy) missing.push('referredBy');
  if (missing.length > 0) throw domainError('case.intake_incomplete', { source, fields: missing.join(', ') });
  // INSP-01: a double-random inspection records how its targets were drawn.
  if (source === 'doubleRandom' && !intake.inspection) throw domainError('case.inspection_selection_required');
}

/** INV-01, ROLE-01: the handlers are active officers of the agency, at least two, each certified today. */
async function checkCaseHandlers(deps: Deps, agencyId: string, handlerIds: readonly string[], now: Date) {
  const db = deps.database.db;
  const officers = await officersByIds(db, { agencyId, userIds: handlerIds });
  const unknown = handlerIds.find((id) => !officers.some((officer) => officer.id === id));
  if (unknown !== undefined) throw domainError('user.not_found', { userId: unknown });
  const certificates = await listCertificatesOf(db, handlerIds);
  checkHandlers({
    handlers: officers.map((officer) => ({
      officerId: officer.id,
      name: officer.display_name,
      certificates: certificates.filter((row) => row.user_id === officer.id).map(toCertificate),
    })),
    today: localDateOf(now),
  });
}

/**
 * Opens a case on any initiation path (INIT-01…08): numbers it from the agency's pattern, records the intake and
 * the handlers, and — for an emergency (INIT-07) — starts the investigation at once with the retro-approval due
 * within 24 h. A complaint about a violation that ended more than two years earlier is refused here: it takes the
 * 不予受理 route (INIT-08), which the caller records on a case opened with `source` and then `refuseAcceptance`.
 */
export async function createCase(deps: Deps, ctx: Ctx, body: CreateCaseBody): Promise<CaseDetailBody> {
  const unitId = body.unitId ?? ctx.actor.unitId;
  requireAuthorization(ctx.actor, 'case.create', { agencyId: ctx.agencyId, unitId });
  checkIntake(body);
  // GEN-01: the case is bound to the agency's profile now; GEN-02: its act must be in that profile's scope.
  const { profile } = await requireAgencyProfile(deps, ctx.agencyId);
  checkActInScope(body.act, profile.scope.acts ?? 'all');
  const now = deps.clock.now();
  const route =
    (body.source === 'complaint' || body.source === 'report') && body.intake.violationEndedOn
      ? routeComplaint({ violationEndedOn: body.intake.violationEndedOn, receivedOn: localDateOf(now) })
      : { route: 'proceed' as const };
  if (route.route === 'notAccepted' && (body.emergency || body.procedure === 'simplified')) {
    throw domainError('case.complaint_time_barred', { years: 2 });
  }
  const handlerIds = [...new Set(body.handlerIds)];
  // Investigation needs two certified officers (INV-01); the simplified procedure is handled on the spot by the
  // officers present, and is checked the same way.
  await checkCaseHandlers(deps, ctx.agencyId, handlerIds, now);

  const id = deps.ids.newId();
  await deps.uow.run(ctx, async (tx) => {
    const agency = await tx.db
      .selectFrom('agencies')
      .select(['short_name', 'case_number_pattern'])
      .where('id', '=', ctx.agencyId)
      .executeTakeFirstOrThrow();
    const year = Number(localDateOf(tx.now).slice(0, 4));
    const seq = await nextCaseSequence(tx, { agencyId: ctx.agencyId, year });
    const number = formatCaseNumber(agency.case_number_pattern, { shortName: agency.short_name, year, seq });
    const at = tx.now.toISOString();
    const row: CaseRow = {
      id,
      agency_id: ctx.agencyId,
      unit_id: unitId,
      number,
      act: body.act,
      procedure: body.procedure,
      source: body.source,
      real_name: body.realName === undefined ? null : body.realName ? 1 : 0,
      cause: body.cause,
      parties: JSON.stringify(body.parties),
      party_names: body.parties.map((party) => party.name).join('\n'),
      confidentiality: JSON.stringify([...new Set(body.confidentiality)]),
      intake: JSON.stringify(body.intake),
      stage: 'initiation',
      emergency_reason: null,
      emergency_started_at: null,
      retro_approval_due: null,
      retro_approved_at: null,
      rectify_by: null,
      rectification_due: null,
      rectification_checked_at: null,
      hearing_ended_on: null,
      hearing_report_due_on: null,
      hearing_report_due: null,
      hearing_report_provisional: null,
      hearing_reported_at: null,
      profile_id: profile.id,
      ended_on: null,
      major_complex: 0,
      version: 1,
      created_by: ctx.actor.userId,
      created_at: at,
      updated_at: at,
    };
    await insertCase(tx, row, handlerIds);
    await insertCaseEvent(tx, {
      id: deps.ids.newId(),
      case_id: id,
      action: 'open',
      from_stage: null,
      to_stage: 'initiation',
      actor_id: ctx.actor.userId,
      approval_id: null,
      reason: null,
      details: JSON.stringify({ source: body.source, route: route.route }),
      at,
    });
    await tx.ledger.append({
      action: 'case.opened',
      subject: { type: 'case', id },
      summary: {
        number,
        act: body.act,
        procedure: body.procedure,
        source: body.source,
        cause: body.cause,
        handlerIds,
        complaintRoute: route.route,
        profile: { id: profile.id, version: profile.version },
      },
    });
    if (body.emergency) {
      await applyTransition(deps, tx, ctx, {
        row: { ...row },
        action: 'startEmergency',
        reason: body.emergency.reason,
        approvalId: null,
        details: {},
      });
    }
  });
  await afterCaseChange(deps, id);
  return getCase(deps, ctx.actor, id);
}

/** Lists the cases the actor may see (their unit's and those they handle, or the agency's), with filters. */
export async function listCases(deps: Deps, actor: SessionActor, filter: CaseListQuery) {
  const scope = widestScope(actor, 'case.list');
  if (scope === null) throw domainError('auth.forbidden', { action: 'case.list' });
  const now = deps.clock.now();
  const { rows, total } = await listCaseRows(deps.database.db, {
    agencyId: actor.agencyId,
    visibility: { scope, unitId: actor.unitId, userId: actor.userId },
    filter,
    now: now.toISOString(),
  });
  return { items: await presentSummaries(deps.database.db, rows, now), total };
}

/** The case page: everything recorded on the case, and the actions the actor can take next. */
export async function getCase(deps: Deps, actor: SessionActor, caseId: string): Promise<CaseDetailBody> {
  const db = deps.database.db;
  const { row, handlers } = await loadCaseFor(deps, actor, caseId, 'case.read');
  const now = deps.clock.now();
  const [events, activities, documents, approvals, units, materials] = await Promise.all([
    eventsOf(db, row.id),
    activitiesOf(db, row.id),
    documentsOf(db, row.id),
    approvalsOf(db, [row.id]),
    unitNames(db, row.unit_id ? [row.unit_id] : []),
    materialsOf(db, row.id),
  ]);
  const people = await peopleByIds(
    db,
    events.map((event) => event.actor_id),
  );
  const steps = await loadApprovalSteps(db, approvals);
  const resource = caseResource(
    row,
    handlers.map((handler) => handler.id),
  );
  const canRecord = authorize(actor, 'case.record', resource).allowed;
  const canArchive = authorize(actor, 'case.archive', resource).allowed;
  const summary = presentSummary(row, handlers, row.unit_id ? (units.get(row.unit_id) ?? null) : null, now);
  return {
    ...summary,
    version: row.version,
    profileId: row.profile_id ?? (await agencyProfileId(db, row.agency_id)),
    profileFamily:
      (await effectiveProfile(deps, { profileId: row.profile_id, agencyId: row.agency_id }))?.family ?? null,
    partiesFull: parseJson<Party[]>(row.parties),
    intake: parseJson<CaseIntake>(row.intake),
    realName: row.real_name === null ? null : row.real_name === 1,
    timeline: events.map((event) => ({
      id: event.id,
      action: event.action as CaseDetailBody['timeline'][number]['action'],
      fromStage: event.from_stage as CaseStage | null,
      toStage: event.to_stage as CaseStage,
      at: event.at,
      actor: { id: event.actor_id, name: people.get(event.actor_id) ?? event.actor_id },
      approvalId: event.approval_id,
      reason: event.reason,
    })),
    activities: await presentActivities(db, activities, documents, await activityAvScope(deps, row)),
    documents: documents.map(presentDocumentSummary),
    approvals: await (async () => {
      const chain = await chainOf(deps, row);
      return approvals.map((approval) =>
        presentApproval(approval, steps, { number: row.number, cause: row.cause }, actor, resource, chain),
      );
    })(),
    materials,
    unsettledMaterialIds: unsettledMaterials(materials).map((material) => material.id),
    actions: availableActions(row.stage as CaseStage, row.procedure as CaseProcedure).map((action) => {
      const needed = approvalFor(action);
      const newest = needed ? newestApproval(approvals, needed.type) : null;
      const permitted = action === 'archive' ? canArchive : canRecord;
      const approvalOk = !needed || needed.timing !== 'before' || newest?.status === 'approved';
      return {
        action,
        toStage: nextStage(row.stage as CaseStage, action, row.procedure as CaseProcedure),
        approval: needed
          ? {
              type: needed.type,
              timing: needed.timing,
              approvalId: newest?.id ?? null,
              status: (newest?.status ?? null) as 'proposed' | 'reviewed' | 'approved' | 'rejected' | null,
            }
          : null,
        ready: permitted && approvalOk,
      };
    }),
    canRecord,
    endedOn: row.ended_on,
    majorComplex: row.major_complex === 1,
  };
}

/** The newest approval of a type that a stage action could still use (approved and unused), or else the newest. */
function newestApproval(approvals: readonly ApprovalRow[], type: ApprovalType): ApprovalRow | null {
  const ofType = approvals.filter((approval) => approval.type === type);
  const usable = ofType.filter((approval) => approval.status === 'approved' && approval.used_at === null);
  const pool = usable.length > 0 ? usable : ofType.filter((approval) => approval.used_at === null);
  return pool.at(-1) ?? null;
}

type TransitionInput = {
  row: CaseRow;
  action: CaseAction;
  reason: string | null;
  approvalId: string | null;
  details: Record<string, unknown>;
  /** Issue 6: the approved 合规例外审批 that lets the action pass its blocking findings; used up here. */
  overrideApprovalId?: string | null;
  /** CLOSE-02: the day the enforcement act ended, stored on close and terminate. */
  endedOn?: string | null;
};

/** Applies one stage change inside a transaction: version check, stage event, approval use, ledger entry. */
async function applyTransition(deps: Deps, tx: Tx, ctx: Ctx, input: TransitionInput): Promise<void> {
  const { row, action } = input;
  const to = nextStage(row.stage as CaseStage, action, row.procedure as CaseProcedure);
  const at = tx.now.toISOString();
  const changes: Partial<CaseRow> = { stage: to };
  if (input.endedOn) changes.ended_on = input.endedOn;
  if (action === 'startEmergency') {
    changes.emergency_reason = input.reason;
    changes.emergency_started_at = at;
    changes.retro_approval_due = retroApprovalDue(at);
  }
  const updated = await updateCaseRow(tx, { caseId: row.id, expectedVersion: row.version, changes });
  if (!updated) {
    const current = await findCase(tx.db, { agencyId: ctx.agencyId, caseId: row.id });
    throw domainError('case.version_conflict', { current: current?.version, expected: row.version });
  }
  if (input.approvalId) {
    const used = await tx.db
      .updateTable('approvals')
      .set({ used_at: at })
      .where('id', '=', input.approvalId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1)
      throw domainError('case.approval_mismatch', { approvalId: input.approvalId });
  }
  if (input.overrideApprovalId) {
    // Marked used in the same transaction, only if still unused: one override never serves two transitions.
    const used = await tx.db
      .updateTable('approvals')
      .set({ used_at: at })
      .where('id', '=', input.overrideApprovalId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1)
      throw domainError('compliance.override_invalid', { approvalId: input.overrideApprovalId });
  }
  await insertCaseEvent(tx, {
    id: deps.ids.newId(),
    case_id: row.id,
    action,
    from_stage: row.stage,
    to_stage: to,
    actor_id: ctx.actor.userId,
    approval_id: input.approvalId,
    reason: input.reason,
    details: JSON.stringify(input.details),
    at,
  });
  await tx.ledger.append({
    action: 'case.transitioned',
    subject: { type: 'case', id: row.id },
    summary: {
      number: row.number,
      action,
      from: row.stage,
      to,
      approvalId: input.approvalId,
      reason: input.reason,
      ...input.details,
    },
  });
}

/** CLOSE-02: the actions after which the enforcement act has ended (结案, 终止). */
function endsCase(action: CaseAction): boolean {
  return action === 'close' || action === 'terminate';
}

/**
 * CLOSE-02 (000 第二十四条, 001 第三十二条, 002 第二十三条, 003 第三十一条): closing or terminating records the day the
 * enforcement act ended / the matter was completed — a real date, not after today and not before the case was
 * opened (Asia/Shanghai calendar days).
 */
function checkEndedOn(endedOn: string | undefined, row: CaseRow, now: Date): string {
  if (!endedOn) throw domainError('case.ended_on_required');
  if (!isLocalDate(endedOn)) throw domainError('request.invalid', { issues: `endedOn: ${endedOn}` });
  const today = localDateOf(now);
  if (endedOn > today) throw domainError('case.ended_on_in_future', { endedOn, today });
  const openedOn = localDateOf(row.created_at);
  if (endedOn < openedOn) throw domainError('case.ended_on_before_opened', { endedOn, openedOn });
  return endedOn;
}

/**
 * DEC-04 (LX 第九条): flags the case 重大、复杂案件 (collective discussion before the decision) or clears the flag.
 * Handlers and their unit head may (case.record); the change and its reason go into the ledger. Setting the value
 * the case already has changes nothing.
 */
export async function setMajorComplex(
  deps: Deps,
  ctx: Ctx,
  input: { caseId: string; body: MajorComplexBody },
): Promise<CaseDetailBody> {
  const { row } = await loadCaseFor(deps, ctx.actor, input.caseId, 'case.record');
  const before = row.major_complex === 1;
  const { majorComplex, reason } = input.body;
  if (before !== majorComplex) {
    await deps.uow.run(ctx, async (tx) => {
      const updated = await updateCaseRow(tx, {
        caseId: row.id,
        expectedVersion: row.version,
        changes: { major_complex: majorComplex ? 1 : 0 },
      });
      if (!updated) {
        const current = await findCase(tx.db, { agencyId: ctx.agencyId, caseId: row.id });
        throw domainError('case.version_conflict', { current: current?.version, expected: row.version });
      }
      await tx.ledger.append({
        action: 'case.major_complex_changed',
        subject: { type: 'case', id: row.id },
        summary: { number: row.number, before, after: majorComplex, reason },
      });
    });
    await afterCaseChange(deps, row.id);
  }
  return getCase(deps, ctx.actor, row.id);
}

/**
 * GEN-03: moves a case through its stages. The stage table refuses an illegal move; an action that needs an
 * approval waits for an approved, unused one (APPR-01); some actions need their finalised document first
 * (DEC-06, SERV-01, CLOSE-01…); declining a real-name complaint needs the notice to its author (INIT-06).
 */
export async function transitionCase(
  deps: Deps,
  ctx: Ctx,
  input: { caseId: string; body: TransitionBody },
): Promise<CaseDetailBody> {
  const { body } = input;
  const permission = body.action === 'archive' ? 'case.archive' : 'case.record';
  const { row } = await loadCaseFor(deps, ctx.actor, input.caseId, permission);
  if (row.version !== body.expectedVersion) {
    throw domainError('case.version_conflict', { current: row.version, expected: body.expectedVersion });
  }
  nextStage(row.stage as CaseStage, body.action, row.procedure as CaseProcedure);
  const needed = approvalFor(body.action);
  let approvalId: string | null = null;
  if (needed && needed.timing === 'before') {
    const approvals = await approvalsOf(deps.database.db, [row.id]);
    const candidate = body.approvalId
      ? approvals.find((approval) => approval.id === body.approvalId)
      : newestApproval(approvals, needed.type);
    if (body.approvalId && !candidate) throw domainError('case.approval_mismatch', { approvalId: body.approvalId });
    if (!candidate || candidate.status !== 'approved' || candidate.used_at !== null || candidate.type !== needed.type) {
      if (body.approvalId) throw domainError('case.approval_mismatch', { approvalId: body.approvalId });
      throw domainError('case.approval_required', { type: needed.type });
    }
    approvalId = candidate.id;
  }
  const finalTypes = (await documentsOf(deps.database.db, row.id))
    .filter((document) => document.status === 'final')
    .map((document) => document.type_code);
  checkActionDocuments(body.action, finalTypes, { source: row.source as CaseSource });
  if (body.action === 'decide') {
    const activities = await activitiesOf(deps.database.db, row.id);
    checkPreDecisionRecords({
      procedure: row.procedure as CaseProcedure,
      act: row.act as EnforcementAct,
      activityTypes: activities.map((activity) => activity.type),
      finalDocumentTypes: finalTypes,
    });
  }
  const details: Record<string, unknown> = {};
  // Issue 6: open findings of the rules the profile lists for this action (e.g. AV-01 before close) refuse it, unless
  // an approved, unused 合规例外审批 of this case and a reason are given; both and the findings go on record.
  const blocking = await blockingFindings(deps, row, body.action);
  let overrideApprovalId: string | null = null;
  if (blocking.length > 0) {
    if (!body.override) throw complianceBlocked(blocking);
    const { approvalId: overrideId, reason } = body.override;
    const override = (await approvalsOf(deps.database.db, [row.id])).find((approval) => approval.id === overrideId);
    if (!override || override.type !== 'complianceOverride' || override.status !== 'approved' || override.used_at) {
      throw domainError('compliance.override_invalid', { approvalId: overrideId });
    }
    overrideApprovalId = override.id;
    details.complianceOverride = {
      approvalId: override.id,
      reason,
      findings: blocking.map((item) => ({
        rule: item.rule,
        article: item.article,
        status: item.status,
        subject: item.subject,
      })),
    };
  }
  if (body.action === 'declineRegistration') {
    checkNonRegistrationNotice({
      source: row.source as CreateCaseBody['source'],
      realName: row.real_name === 1,
      notice: body.complainantNotice ?? null,
    });
    if (body.complainantNotice) details.complainantNotice = body.complainantNotice;
  }
  if (body.action === 'refer') {
    if (!body.referredTo) throw domainError('case.referral_target_required');
    details.referredTo = body.referredTo;
  }
  const endedOn = endsCase(body.action) ? checkEndedOn(body.endedOn, row, deps.clock.now()) : null;
  if (endedOn) details.endedOn = endedOn;
  if (body.action === 'register' || body.action === 'startEmergency') {
    const handlers = (await handlersOf(deps.database.db, [row.id])).get(row.id) ?? [];
    await checkCaseHandlers(
      deps,
      ctx.agencyId,
      handlers.map((handler) => handler.id),
      deps.clock.now(),
    );
  }
  await deps.uow.run(ctx, (tx) =>
    applyTransition(deps, tx, ctx, {
      row,
      action: body.action,
      reason: body.reason ?? null,
      approvalId,
      details,
      overrideApprovalId,
      endedOn,
    }),
  );
  await afterCaseChange(deps, row.id);
  return getCase(deps, ctx.actor, row.id);
}

/** The officers a handler can pick (handlers, officers present), with their certification today (ROLE-01). */
export async function listOfficers(deps: Deps, actor: SessionActor) {
  if (widestScope(actor, 'case.read') === null) throw domainError('auth.forbidden', { action: 'case.read' });
  const officers = await allActiveOfficers(deps.database.db, actor.agencyId);
  const certified = await certificationsOf(deps.database.db, officers, deps.clock.now());
  return {
    items: certified.map((officer) => ({
      id: officer.id,
      name: officer.name,
      unitId: officer.unitId,
      certified: officer.certified,
      certificateNumber: officer.certificateNumber,
    })),
  };
}

function hearingReportWithin(days: number) {
  return { zh: ` ${days} 个工作日内`, en: `${days} working days` };
}

/** 工作台: my cases, approvals waiting for me, and my overdue items. */
export async function getWorkbench(deps: Deps, actor: SessionActor): Promise<WorkbenchBody> {
  const db: Db = deps.database.db;
  const now = deps.clock.now();
  const canList = widestScope(actor, 'case.list') !== null;
  const mine = canList
    ? await listCaseRows(db, {
        agencyId: actor.agencyId,
        visibility: { scope: 'self', unitId: actor.unitId, userId: actor.userId },
        filter: { mine: 'true', limit: 50, offset: 0 },
        now: now.toISOString(),
      })
    : { rows: [], total: 0 };
  const myCases = await presentSummaries(db, mine.rows, now);

  const open = await openApprovals(db, actor.agencyId);
  const steps = await loadApprovalSteps(db, open);
  const caseIds = [...new Set(open.map((approval) => approval.case_id))];
  const handlers = await handlersOf(db, caseIds);
  const cases = new Map<string, CaseRow>();
  for (const caseId of caseIds) {
    const row = await findCase(db, { agencyId: actor.agencyId, caseId });
    if (row) cases.set(caseId, row);
  }
  // APPR-01: the next step follows each case's own profile chain (under HS the approver may act on a proposal).
  const chains = new Map<string, ProfileApprovalChain>();
  for (const row of cases.values()) chains.set(row.id, await chainOf(deps, row));
  const pendingApprovals = open.flatMap((approval) => {
    const row = cases.get(approval.case_id);
    if (!row) return [];
    const resource = caseResource(
      row,
      (handlers.get(row.id) ?? []).map((handler) => handler.id),
    );
    const chain = chains.get(row.id) ?? null;
    const body = presentApproval(approval, steps, { number: row.number, cause: row.cause }, actor, resource, chain);
    return body.canAct ? [body] : [];
  });

  // HEAR-04: the working days of each case's own profile (a report is only ever due under a profile stating it).
  const reportDays = new Map<string, number | null>();
  for (const row of mine.rows) {
    if (!row.hearing_report_due) continue;
    const profile = await effectiveProfile(deps, { profileId: row.profile_id, agencyId: row.agency_id });
    reportDays.set(row.id, profile?.deadlines.hearingReport?.workingDays ?? null);
  }
  const overdue = mine.rows.flatMap((row) => {
    const items: WorkbenchBody['overdue'] = [];
    const emergency = emergencyOf(row, now);
    if (emergency?.overdue && !emergency.retroApprovedAt) {
      items.push({
        caseId: row.id,
        caseNumber: row.number,
        kind: 'retroApproval',
        dueAt: emergency.retroApprovalDue,
        zh: '情况紧急先行启动的案件，24 小时内未补办批准手续（INIT-07）',
        en: 'Emergency start without the retro-approval within 24 hours (INIT-07)',
      });
    }
    const hearingReport = hearingReportOf(row, now);
    if (hearingReport?.overdue && !hearingReport.reportedAt) {
      const days = reportDays.get(row.id) ?? null;
      const within = days === null ? { zh: '规定期限内', en: 'the set time' } : hearingReportWithin(days);
      items.push({
        caseId: row.id,
        caseNumber: row.number,
        kind: 'hearingReport',
        dueAt: hearingReport.dueAt,
        zh: `听证结束后${within.zh}（${hearingReport.dueOn} 前）未制作听证报告（HEAR-04）`,
        en: `No hearing report within ${within.en} of the hearing (due ${hearingReport.dueOn}; HEAR-04)`,
      });
    }
    const rectification = rectificationOf(row, now);
    if (rectification?.overdue && !rectification.checkedAt) {
      items.push({
        caseId: row.id,
        caseNumber: row.number,
        kind: 'rectificationCheck',
        dueAt: rectification.dueAt,
        zh: `责令改正期限（${rectification.rectifyBy}）已届满，尚未记录改正核查（EXEC-02）`,
        en: `The rectification deadline (${rectification.rectifyBy}) has passed with no verification recorded (EXEC-02)`,
      });
    }
    return items;
  });
  return { myCases, pendingApprovals, overdue };
}
