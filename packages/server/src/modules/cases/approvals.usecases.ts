import type { ApprovalBody, ApprovalDecisionBody, ProposeApprovalBody } from '@liuhen/contracts';
import {
  type ApprovalStepKind,
  type ApprovalType,
  approvalStatusOf,
  type CaseProcedure,
  checkApprovalStep,
  checkPreDecisionRecords,
  type EnforcementAct,
  domainError,
  requireAuthorization,
} from '@liuhen/domain';
import { encodeCanonicalJson, encodeHex } from '@liuhen/ledger';
import { createHash } from 'node:crypto';
import type { Deps } from '../../deps';
import { afterCaseChange } from '../compliance/compliance.usecases';
import type { RequestContext, SessionActor, Tx } from '../../uow';
import { caseResource, loadCaseFor } from './case-access';
import {
  activitiesOf,
  approvalsOf,
  type ApprovalRow,
  documentsOf,
  findCase,
  handlersOf,
  lockRow,
  stepsOf,
  checkActivityOfCase,
} from './cases.repository';
import { effectiveProfile } from '../profiles/profiles.usecases';
import { loadApprovalSteps, presentApproval, type ProfileApprovalChain, stepRecords } from './approvals.presenter';

type Ctx = RequestContext & { actor: SessionActor };

/**
 * The electronic signature of one step: SHA-256 over the RFC 8785 canonical JSON of what was signed (the approval,
 * the step, who, the opinion and the time). The step's ledger entry carries it, so it is bound into the log.
 */
function signStep(input: {
  approvalId: string;
  kind: ApprovalStepKind;
  agree: boolean;
  userId: string;
  opinion: string;
  reasons: string | null;
  at: string;
}): string {
  const bytes = encodeCanonicalJson(input);
  return `sha256:${encodeHex(new Uint8Array(createHash('sha256').update(bytes).digest()))}`;
}

async function insertStep(
  tx: Tx,
  input: {
    approvalId: string;
    seq: number;
    kind: ApprovalStepKind;
    agree: boolean;
    userId: string;
    opinion: string;
    reasons: string | null;
  },
): Promise<string> {
  const at = tx.now.toISOString();
  const signature = signStep({ ...input, at });
  await tx.db
    .insertInto('approval_steps')
    .values({
      approval_id: input.approvalId,
      seq: input.seq,
      kind: input.kind,
      agree: input.agree ? 1 : 0,
      user_id: input.userId,
      opinion: input.opinion,
      reasons: input.reasons,
      signature,
      at,
    })
    .execute();
  return signature;
}

/** APPR-01: the approval chain of the case's profile (`records.approvalChain`), null where it states none. */
export async function chainOf(
  deps: Deps,
  row: { profile_id: string | null; agency_id: string },
): Promise<ProfileApprovalChain> {
  const profile = await effectiveProfile(deps, { profileId: row.profile_id, agencyId: row.agency_id });
  return profile?.records.approvalChain ?? null;
}

async function present(deps: Deps, actor: SessionActor, approvalId: string): Promise<ApprovalBody> {
  const approval = await deps.database.db
    .selectFrom('approvals')
    .selectAll()
    .where('id', '=', approvalId)
    .executeTakeFirst();
  if (!approval) throw domainError('approval.not_found');
  const { row, handlers } = await loadCaseFor(deps, actor, approval.case_id, 'case.read');
  const steps = await loadApprovalSteps(deps.database.db, [approval]);
  const resource = caseResource(
    row,
    handlers.map((handler) => handler.id),
  );
  const chain = await chainOf(deps, row);
  return presentApproval(approval, steps, { number: row.number, cause: row.cause }, actor, resource, chain);
}

/** APPR-01: a handler (承办人) proposes an approval with opinion and reasons. */
export async function proposeApproval(
  deps: Deps,
  ctx: Ctx,
  input: { caseId: string; body: ProposeApprovalBody },
): Promise<ApprovalBody> {
  const { row, handlers } = await loadCaseFor(deps, ctx.actor, input.caseId, 'case.record');
  if (!handlers.some((handler) => handler.id === ctx.actor.userId)) throw domainError('case.not_handler');
  const { body } = input;
  if (body.activityId) {
    await checkActivityOfCase(deps.database.db, { activityId: body.activityId, caseId: row.id });
  }
  const id = deps.ids.newId();
  await deps.uow.run(ctx, async (tx) => {
    await lockRow(tx, 'cases', row.id);
    const existing = await approvalsOf(tx.db, [row.id]);
    if (
      existing.some((approval) => approval.type === body.type && ['proposed', 'reviewed'].includes(approval.status))
    ) {
      throw domainError('approval.already_pending', { type: body.type });
    }
    await tx.db
      .insertInto('approvals')
      .values({
        id,
        case_id: row.id,
        type: body.type,
        activity_id: body.activityId ?? null,
        status: 'proposed',
        used_at: null,
        created_at: tx.now.toISOString(),
      })
      .execute();
    const signature = await insertStep(tx, {
      approvalId: id,
      seq: 0,
      kind: 'propose',
      agree: true,
      userId: ctx.actor.userId,
      opinion: body.opinion,
      reasons: body.reasons,
    });
    await tx.ledger.append({
      action: 'approval.proposed',
      subject: { type: 'approval', id },
      summary: { caseId: row.id, caseNumber: row.number, type: body.type, opinion: body.opinion, signature },
    });
  });
  return present(deps, ctx.actor, id);
}

/**
 * APPR-01: the reviewer (审核人) reviews, then the approver (批准人) approves or rejects — in that order, each by
 * a holder of the chain's role, never twice by the same person. Where the case profile's chain names no reviewer
 * (HS 001 第十条) the approver may approve the proposal directly. An approved emergency retro-approval (INIT-07)
 * is stamped on the case.
 */
export async function decideApproval(
  deps: Deps,
  ctx: Ctx,
  input: { approvalId: string; step: 'review' | 'approve'; body: ApprovalDecisionBody },
): Promise<ApprovalBody> {
  const approval = await deps.database.db
    .selectFrom('approvals')
    .selectAll()
    .where('id', '=', input.approvalId)
    .executeTakeFirst();
  if (!approval) throw domainError('approval.not_found');
  const { row, handlers } = await loadCaseFor(deps, ctx.actor, approval.case_id, 'case.read');
  const resource = caseResource(
    row,
    handlers.map((handler) => handler.id),
  );
  requireAuthorization(ctx.actor, input.step === 'review' ? 'approval.review' : 'approval.approve', resource);
  if (approval.type === 'decision' && input.step === 'approve' && input.body.agree) {
    // DEC-11: the decision is approved only once its pre-decision records exist.
    const [activities, documents] = await Promise.all([
      activitiesOf(deps.database.db, row.id),
      documentsOf(deps.database.db, row.id),
    ]);
    checkPreDecisionRecords({
      procedure: row.procedure as CaseProcedure,
      act: row.act as EnforcementAct,
      activityTypes: activities.map((activity) => activity.type),
      finalDocumentTypes: documents
        .filter((document) => document.status === 'final')
        .map((document) => document.type_code),
    });
  }
  const chain = await chainOf(deps, row);
  await deps.uow.run(ctx, async (tx) => {
    // Locked and read again inside the transaction: two reviewers at once cannot both take the same step.
    await lockRow(tx, 'approvals', approval.id);
    const steps = (await stepsOf(tx.db, [approval.id])).get(approval.id) ?? [];
    const records = stepRecords(steps);
    checkApprovalStep({
      type: approval.type as ApprovalType,
      steps: records,
      step: input.step,
      actor: ctx.actor,
      chainSteps: chain?.steps ?? null,
    });
    const signature = await insertStep(tx, {
      approvalId: approval.id,
      seq: steps.length,
      kind: input.step,
      agree: input.body.agree,
      userId: ctx.actor.userId,
      opinion: input.body.opinion,
      reasons: null,
    });
    const status = approvalStatusOf([
      ...records,
      { kind: input.step, userId: ctx.actor.userId, agree: input.body.agree },
    ]);
    await tx.db.updateTable('approvals').set({ status }).where('id', '=', approval.id).execute();
    if (status === 'approved' && approval.type === 'retroRegistration') await stampRetroApproval(tx, row.id);
    await tx.ledger.append({
      action: input.step === 'review' ? 'approval.reviewed' : 'approval.decided',
      subject: { type: 'approval', id: approval.id },
      summary: {
        caseId: row.id,
        caseNumber: row.number,
        type: approval.type,
        agree: input.body.agree,
        opinion: input.body.opinion,
        status,
        signature,
      },
    });
  });
  await afterCaseChange(deps, row.id);
  return present(deps, ctx.actor, approval.id);
}

async function stampRetroApproval(tx: Tx, caseId: string): Promise<void> {
  await tx.db
    .updateTable('cases')
    .set((eb) => ({ retro_approved_at: tx.now.toISOString(), version: eb('version', '+', 1) }))
    .where('id', '=', caseId)
    .where('retro_approved_at', 'is', null)
    .execute();
}

/** Approvals of one case, or those the actor can act on now. */
export async function listApprovals(
  deps: Deps,
  actor: SessionActor,
  query: { caseId?: string; actionable?: 'true' | 'false' },
): Promise<{ items: ApprovalBody[] }> {
  let rows: ApprovalRow[];
  if (query.caseId) {
    await loadCaseFor(deps, actor, query.caseId, 'case.read');
    rows = await approvalsOf(deps.database.db, [query.caseId]);
  } else {
    rows = await deps.database.db
      .selectFrom('approvals')
      .innerJoin('cases', 'cases.id', 'approvals.case_id')
      .selectAll('approvals')
      .where('cases.agency_id', '=', actor.agencyId)
      .where('approvals.status', 'in', ['proposed', 'reviewed'])
      .orderBy('approvals.created_at')
      .execute();
  }
  const steps = await loadApprovalSteps(deps.database.db, rows);
  const handlers = await handlersOf(
    deps.database.db,
    rows.map((row) => row.case_id),
  );
  const items: ApprovalBody[] = [];
  const chains = new Map<string, ProfileApprovalChain>();
  for (const approval of rows) {
    const row = await findCase(deps.database.db, { agencyId: actor.agencyId, caseId: approval.case_id });
    if (!row) continue;
    if (!chains.has(row.id)) chains.set(row.id, await chainOf(deps, row));
    const resource = caseResource(
      row,
      (handlers.get(row.id) ?? []).map((handler) => handler.id),
    );
    const body = presentApproval(
      approval,
      steps,
      { number: row.number, cause: row.cause },
      actor,
      resource,
      chains.get(row.id) ?? null,
    );
    if (query.actionable === 'true' && !body.canAct) continue;
    if (!query.caseId && !body.canAct) continue;
    items.push(body);
  }
  return { items };
}
