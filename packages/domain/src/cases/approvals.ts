import type { Role } from '../access/roles';
import { domainError } from '../shared/errors';
import { type CaseAction, caseApprovalTypeLabels } from './stages';

type Label = { zh: string; en: string };

/**
 * APPR-01 (000 第二十八条, 003 第三十六条): every internal approval runs 承办人 proposes (opinion and reasons) →
 * 审核人 reviews → 批准人 approves or rejects, each step with its user, opinion, time and electronic signature, and
 * the approval step never before the review. Beside the transition approvals of `stages.ts`, approvals that gate an
 * activity rather than a stage change (先行登记保存 MEAS-03, 处罚建议 INV-06, 强制措施 MEAS-01, 延期缴纳 EXEC-08).
 */
export const approvalTypes = [
  'registration',
  'retroRegistration',
  'nonAcceptance',
  'nonRegistration',
  'decision',
  'closure',
  'registrationCancellation',
  'referral',
  'termination',
  'advancePreservation',
  'penaltyProposal',
  'coerciveMeasure',
  'paymentDeferral',
  'compulsoryExecution',
  'complianceOverride',
] as const;
export type ApprovalType = (typeof approvalTypes)[number];

export const approvalTypeLabels = {
  ...caseApprovalTypeLabels,
  termination: { zh: '终止审批', en: 'Termination approval' },
  advancePreservation: { zh: '先行登记保存审批', en: 'Advance-preservation approval' },
  penaltyProposal: { zh: '行政处罚建议审批', en: 'Penalty-proposal approval' },
  coerciveMeasure: { zh: '行政强制措施审批', en: 'Coercive-measure approval' },
  paymentDeferral: { zh: '延期（分期）缴纳罚款审批', en: 'Deferred-payment approval' },
  compulsoryExecution: { zh: '强制执行审批', en: 'Compulsory-execution approval' },
  /** Issue 6: lets a stage transition proceed despite open compliance findings of a blocking rule. */
  complianceOverride: { zh: '合规例外审批', en: 'Compliance-override approval' },
} as const satisfies Record<ApprovalType, Label>;

/** Who may take each step of a chain. The proposer is always one of the case's handlers. */
export type ApprovalChain = {
  reviewerRoles: readonly Role[];
  approverRoles: readonly Role[];
  requirementIds: readonly string[];
};

const headChain = { reviewerRoles: ['unitHead'], approverRoles: ['agencyHead'] } as const;
const legalChain = { reviewerRoles: ['legalAffairs', 'unitHead'], approverRoles: ['agencyHead'] } as const;

/** The default chains (APPR-01); a jurisdiction profile (issue 6) may replace them. */
export const approvalChains = {
  registration: { ...headChain, requirementIds: ['INIT-03', 'APPR-01'] },
  retroRegistration: { ...headChain, requirementIds: ['INIT-07', 'APPR-01'] },
  nonAcceptance: { ...headChain, requirementIds: ['INIT-08', 'APPR-01'] },
  nonRegistration: { ...headChain, requirementIds: ['INIT-06', 'APPR-01'] },
  decision: { ...legalChain, requirementIds: ['DEC-05', 'APPR-01'] },
  closure: { ...headChain, requirementIds: ['CLOSE-01', 'APPR-01'] },
  registrationCancellation: { ...headChain, requirementIds: ['DEC-10', 'APPR-01'] },
  referral: { ...headChain, requirementIds: ['INIT-10', 'APPR-01'] },
  termination: { ...headChain, requirementIds: ['APPR-01'] },
  advancePreservation: { ...headChain, requirementIds: ['MEAS-03', 'APPR-01'] },
  penaltyProposal: { ...legalChain, requirementIds: ['INV-06', 'APPR-01'] },
  coerciveMeasure: { ...headChain, requirementIds: ['MEAS-01', 'APPR-01'] },
  paymentDeferral: { ...headChain, requirementIds: ['EXEC-08', 'APPR-01'] },
  compulsoryExecution: { ...headChain, requirementIds: ['EXEC-05', 'APPR-01'] },
  complianceOverride: { ...headChain, requirementIds: ['APPR-01'] },
} as const satisfies Record<ApprovalType, ApprovalChain>;

/** The approval a stage action needs beyond `actionApprovals` (terminate is approved like the other endings). */
export const extraActionApprovals: Partial<Record<CaseAction, ApprovalType>> = { terminate: 'termination' };

export const approvalStatuses = ['proposed', 'reviewed', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];

export const approvalStatusLabels = {
  proposed: { zh: '待审核', en: 'Awaiting review' },
  reviewed: { zh: '待批准', en: 'Awaiting approval' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '未通过', en: 'Rejected' },
} as const satisfies Record<ApprovalStatus, Label>;

export type ApprovalStepKind = 'propose' | 'review' | 'approve';

export const approvalStepLabels = {
  propose: { zh: '承办人意见', en: 'Handler proposal' },
  review: { zh: '审核意见', en: 'Review' },
  approve: { zh: '批准意见', en: 'Approval' },
} as const satisfies Record<ApprovalStepKind, Label>;

export type ApprovalStepRecord = { kind: ApprovalStepKind; userId: string; agree: boolean };

export type ApprovalPolicy = {
  /** APPR-01 note: whether one person may hold two roles in one chain is not stated in the seeds; default no. */
  allowSamePersonTwice: boolean;
};

export const defaultApprovalPolicy: ApprovalPolicy = { allowSamePersonTwice: false };

/** The status after the steps taken so far. A disagreeing review or approval rejects the whole approval. */
export function approvalStatusOf(steps: readonly ApprovalStepRecord[]): ApprovalStatus {
  if (steps.some((step) => !step.agree)) return 'rejected';
  if (steps.some((step) => step.kind === 'approve')) return 'approved';
  if (steps.some((step) => step.kind === 'review')) return 'reviewed';
  return 'proposed';
}

/**
 * APPR-01: the profile's internal approval chain (`records.approvalChain.steps`): 承办人 → 审核人 → 批准人 (BX 000
 * 第二十八条, FS 003 第三十六条, LX 002 第七条), or 承办人 → 负责人 without a review step (HS 001 第十条). `null`: the
 * seed is silent, the default chain (with review) applies.
 */
export type ApprovalChainSteps = readonly { step: 'handler' | 'reviewer' | 'approver'; zh: string }[] | null;

/** Whether the chain names no reviewer, so the approver may approve a proposal directly (HS 001 第十条). */
export function reviewOptional(chainSteps: ApprovalChainSteps | undefined): boolean {
  return !!chainSteps && !chainSteps.some((entry) => entry.step === 'reviewer');
}

/**
 * The steps that may come next: a proposal is reviewed — or, when the chain names no reviewer, also approved
 * directly; a reviewed approval is approved; nothing follows an approval or a rejection, or precedes the proposal.
 */
export function nextApprovalSteps(
  steps: readonly ApprovalStepRecord[],
  chainSteps?: ApprovalChainSteps,
): ('review' | 'approve')[] {
  if (!steps.some((taken) => taken.kind === 'propose')) return [];
  const status = approvalStatusOf(steps);
  if (status === 'proposed') return reviewOptional(chainSteps) ? ['review', 'approve'] : ['review'];
  return status === 'reviewed' ? ['approve'] : [];
}

/**
 * APPR-01: may `actor` take `step` now? The review comes after the proposal, the approval after the review (or
 * straight after the proposal when the profile's chain names no reviewer, `chainSteps`), each by a holder of the
 * chain's role, and (by default) never by a person who already took a step of this approval.
 */
export function checkApprovalStep(input: {
  type: ApprovalType;
  steps: readonly ApprovalStepRecord[];
  step: 'review' | 'approve';
  actor: { userId: string; roles: readonly Role[] };
  policy?: ApprovalPolicy;
  chainSteps?: ApprovalChainSteps;
}): void {
  const { type, steps, step, actor, policy = defaultApprovalPolicy } = input;
  if (!nextApprovalSteps(steps, input.chainSteps).includes(step)) {
    throw domainError('approval.out_of_order', { step, status: approvalStatusOf(steps) });
  }
  const chain: ApprovalChain = approvalChains[type];
  const allowed = step === 'review' ? chain.reviewerRoles : chain.approverRoles;
  if (!actor.roles.some((role) => allowed.includes(role))) {
    throw domainError('approval.role_required', { step, roles: allowed.join('/') });
  }
  if (!policy.allowSamePersonTwice && steps.some((taken) => taken.userId === actor.userId)) {
    throw domainError('approval.same_person', { step });
  }
}

/** The next steps `actor` could take now (empty when none). */
export function stepsActorCanTake(
  type: ApprovalType,
  steps: readonly ApprovalStepRecord[],
  actor: { userId: string; roles: readonly Role[] },
  policy: ApprovalPolicy = defaultApprovalPolicy,
  chainSteps?: ApprovalChainSteps,
): ('review' | 'approve')[] {
  return nextApprovalSteps(steps, chainSteps).filter((step) => {
    try {
      checkApprovalStep({ type, steps, step, actor, policy, chainSteps });
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether the actor could take the next step of an approval (for 工作台's "my pending approvals"). */
export function canTakeNextStep(
  type: ApprovalType,
  steps: readonly ApprovalStepRecord[],
  actor: { userId: string; roles: readonly Role[] },
  policy: ApprovalPolicy = defaultApprovalPolicy,
  chainSteps?: ApprovalChainSteps,
): boolean {
  return stepsActorCanTake(type, steps, actor, policy, chainSteps).length > 0;
}
