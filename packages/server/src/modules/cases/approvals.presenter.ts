import type { ApprovalBody } from '@liuhen/contracts';
import {
  type ApprovalStatus,
  type ApprovalStepRecord,
  type ApprovalType,
  authorize,
  type Profile,
  type Resource,
  stepsActorCanTake,
} from '@liuhen/domain';
import type { Db, SessionActor } from '../../uow';
import { type ApprovalRow, type ApprovalStepRow, peopleByIds, stepsOf } from './cases.repository';

export type StepsWithNames = Map<string, (ApprovalStepRow & { user_name: string })[]>;

/** The steps of each approval, with the names of the people who took them. */
export async function loadApprovalSteps(db: Db, approvals: readonly ApprovalRow[]): Promise<StepsWithNames> {
  const steps = await stepsOf(
    db,
    approvals.map((approval) => approval.id),
  );
  const names = await peopleByIds(
    db,
    [...steps.values()].flat().map((step) => step.user_id),
  );
  const result: StepsWithNames = new Map();
  for (const [id, list] of steps) {
    result.set(
      id,
      list.map((step) => ({ ...step, user_name: names.get(step.user_id) ?? step.user_id })),
    );
  }
  return result;
}

export function stepRecords(steps: readonly ApprovalStepRow[]): ApprovalStepRecord[] {
  return steps.map((step) => ({
    kind: step.kind as ApprovalStepRecord['kind'],
    userId: step.user_id,
    agree: step.agree === 1,
  }));
}

/** APPR-01: the case profile's approval chain (`records.approvalChain`); null where the profile states none. */
export type ProfileApprovalChain = Profile['records']['approvalChain'];

/**
 * One approval as the API shows it. `chain` is the case profile's approval chain: where it names no reviewer (HS
 * 001 第十条) the approver may approve a proposal directly, so `nextSteps` offers `approve` on it.
 */
export function presentApproval(
  approval: ApprovalRow,
  steps: StepsWithNames,
  caseInfo: { number: string; cause: string },
  actor: SessionActor,
  resource: Resource,
  chain: ProfileApprovalChain = null,
): ApprovalBody {
  const own = steps.get(approval.id) ?? [];
  const status = approval.status as ApprovalStatus;
  const nextSteps = stepsActorCanTake(
    approval.type as ApprovalType,
    stepRecords(own),
    actor,
    undefined,
    chain?.steps ?? null,
  ).filter((step) => authorize(actor, step === 'review' ? 'approval.review' : 'approval.approve', resource).allowed);
  return {
    id: approval.id,
    caseId: approval.case_id,
    caseNumber: caseInfo.number,
    caseCause: caseInfo.cause,
    type: approval.type as ApprovalType,
    status,
    activityId: approval.activity_id,
    steps: own.map((step) => ({
      kind: step.kind as 'propose' | 'review' | 'approve',
      agree: step.agree === 1,
      user: { id: step.user_id, name: step.user_name },
      opinion: step.opinion,
      reasons: step.reasons,
      at: step.at,
      signature: step.signature,
    })),
    usedAt: approval.used_at,
    canAct: nextSteps.length > 0,
    nextSteps,
    chain: chain ? { steps: chain.steps.map(({ step, zh }) => ({ step, zh })), article: chain.article } : null,
    createdAt: approval.created_at,
  };
}
