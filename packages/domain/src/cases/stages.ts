import { domainError } from '../shared/errors';
import type { CaseProcedure } from './case';

type Label = { zh: string; en: string };

/**
 * The stages of a case (GEN-03): the main line 程序启动 → 调查取证 → 审查决定 → 送达 → 执行 → 结案 → 归档,
 * and the outcomes that end a case early. Outcomes are archived like closed cases.
 */
export const caseStages = [
  'initiation',
  'investigation',
  'review',
  'service',
  'execution',
  'closed',
  'archived',
  'notAccepted',
  'notRegistered',
  'registrationCancelled',
  'referred',
  'terminated',
] as const;
export type CaseStage = (typeof caseStages)[number];

export const caseStageLabels = {
  initiation: { zh: '程序启动', en: 'Initiation' },
  investigation: { zh: '调查取证', en: 'Investigation' },
  review: { zh: '审查决定', en: 'Review and decision' },
  service: { zh: '送达', en: 'Service' },
  execution: { zh: '执行', en: 'Execution' },
  closed: { zh: '结案', en: 'Closed' },
  archived: { zh: '归档', en: 'Archived' },
  notAccepted: { zh: '不予受理', en: 'Not accepted' },
  notRegistered: { zh: '不予立案', en: 'Not registered' },
  registrationCancelled: { zh: '撤销立案', en: 'Registration cancelled' },
  referred: { zh: '移送', en: 'Referred' },
  terminated: { zh: '终止', en: 'Terminated' },
} as const satisfies Record<CaseStage, Label>;

/** What an officer does to move a case on. */
export const caseActions = [
  'register',
  'startEmergency',
  'refuseAcceptance',
  'declineRegistration',
  'endInvestigation',
  'reopenInvestigation',
  'decide',
  'decideOnSpot',
  'serve',
  'close',
  'archive',
  'cancelRegistration',
  'refer',
  'terminate',
] as const;
export type CaseAction = (typeof caseActions)[number];

export const caseActionLabels = {
  register: { zh: '立案', en: 'Register the case' },
  startEmergency: { zh: '情况紧急先行启动', en: 'Start at once (emergency)' },
  refuseAcceptance: { zh: '不予受理', en: 'Refuse to accept' },
  declineRegistration: { zh: '不予立案', en: 'Decline to register' },
  endInvestigation: { zh: '调查终结', en: 'End the investigation' },
  reopenInvestigation: { zh: '补充调查', en: 'Investigate further' },
  decide: { zh: '作出决定', en: 'Decide' },
  decideOnSpot: { zh: '当场作出决定并送达', en: 'Decide and serve on the spot' },
  serve: { zh: '送达', en: 'Serve' },
  close: { zh: '结案', en: 'Close' },
  archive: { zh: '归档', en: 'Archive' },
  cancelRegistration: { zh: '撤销立案', en: 'Cancel the registration' },
  refer: { zh: '移送', en: 'Refer' },
  terminate: { zh: '终止', en: 'Terminate' },
} as const satisfies Record<CaseAction, Label>;

type StageTable = Record<CaseStage, Partial<Record<CaseAction, CaseStage>>>;

const archiveOnly = { archive: 'archived' } as const;

/**
 * The whole lifecycle on one screen, one table per procedure. The simplified procedure (简易程序, SIMP-01/03)
 * skips investigation and review: the decision is made and served on the spot (《当场处罚决定书》).
 * `startEmergency` (INIT-07) starts before approval; the retrospective approval is due within 24 h (initiation.ts).
 */
export const caseStageTransitions = {
  general: {
    initiation: {
      register: 'investigation',
      startEmergency: 'investigation',
      refuseAcceptance: 'notAccepted',
      declineRegistration: 'notRegistered',
      refer: 'referred',
    },
    investigation: {
      endInvestigation: 'review',
      cancelRegistration: 'registrationCancelled',
      refer: 'referred',
      terminate: 'terminated',
    },
    review: {
      decide: 'service',
      reopenInvestigation: 'investigation',
      cancelRegistration: 'registrationCancelled',
      refer: 'referred',
      terminate: 'terminated',
    },
    // A decision that needs no performance (e.g. 不予处罚) closes straight after service.
    service: { serve: 'execution', close: 'closed', terminate: 'terminated' },
    execution: { close: 'closed', terminate: 'terminated' },
    closed: archiveOnly,
    archived: {},
    notAccepted: archiveOnly,
    notRegistered: archiveOnly,
    registrationCancelled: archiveOnly,
    referred: archiveOnly,
    terminated: archiveOnly,
  },
  simplified: {
    initiation: { decideOnSpot: 'execution', refer: 'referred', terminate: 'terminated' },
    investigation: {},
    review: {},
    service: {},
    execution: { close: 'closed', terminate: 'terminated' },
    closed: archiveOnly,
    archived: {},
    notAccepted: {},
    notRegistered: {},
    registrationCancelled: {},
    referred: archiveOnly,
    terminated: archiveOnly,
  },
} as const satisfies Record<CaseProcedure, StageTable>;

/** The stage an action leads to; refuses an action the table does not allow from this stage. */
export function nextStage(stage: CaseStage, action: CaseAction, procedure: CaseProcedure = 'general'): CaseStage {
  const table: StageTable = caseStageTransitions[procedure];
  const to = table[stage][action];
  if (!to) {
    throw domainError('case.transition_not_allowed', {
      procedure,
      stage,
      action,
    });
  }
  return to;
}

/** The actions allowed from a stage, in table order (for the UI's buttons). */
export function availableActions(stage: CaseStage, procedure: CaseProcedure = 'general'): CaseAction[] {
  const table: StageTable = caseStageTransitions[procedure];
  return caseActions.filter((action) => table[stage][action] !== undefined);
}

/** True for a stage from which no action leads anywhere but the archive. */
export function isFinishedStage(stage: CaseStage): boolean {
  const table: StageTable = caseStageTransitions.general;
  return availableActions(stage).every((action) => table[stage][action] === 'archived');
}

/** The internal approvals (APPR-01 chain 承办人 → 审核人 → 批准人) that transitions need. */
export const caseApprovalTypes = [
  'registration',
  'retroRegistration',
  'nonAcceptance',
  'nonRegistration',
  'decision',
  'closure',
  'registrationCancellation',
  'referral',
] as const;
export type CaseApprovalType = (typeof caseApprovalTypes)[number];

export const caseApprovalTypeLabels = {
  registration: { zh: '立案（程序启动）审批', en: 'Registration approval' },
  retroRegistration: { zh: '补办立案批准手续', en: 'Retrospective registration approval' },
  nonAcceptance: { zh: '不予受理审批', en: 'Non-acceptance approval' },
  nonRegistration: { zh: '不予立案审批', en: 'Non-registration approval' },
  decision: { zh: '负责人审批决定', en: 'Head approval of the decision' },
  closure: { zh: '结案审批', en: 'Closure approval' },
  registrationCancellation: { zh: '撤销立案审批', en: 'Registration cancellation approval' },
  referral: { zh: '移送审批', en: 'Referral approval' },
} as const satisfies Record<CaseApprovalType, Label>;

export type ApprovalRequirement = {
  type: CaseApprovalType;
  /** `before`: the action waits for the approval; `within24h`: the approval follows (INIT-07). */
  timing: 'before' | 'within24h';
  requirementIds: readonly string[];
};

/** Which actions need an approval, and which requirement says so. Actions not listed need none. */
export const actionApprovals = {
  register: { type: 'registration', timing: 'before', requirementIds: ['INIT-03'] },
  startEmergency: { type: 'retroRegistration', timing: 'within24h', requirementIds: ['INIT-07'] },
  refuseAcceptance: { type: 'nonAcceptance', timing: 'before', requirementIds: ['INIT-08'] },
  declineRegistration: { type: 'nonRegistration', timing: 'before', requirementIds: ['INIT-06'] },
  decide: { type: 'decision', timing: 'before', requirementIds: ['DEC-05'] },
  close: { type: 'closure', timing: 'before', requirementIds: ['CLOSE-01'] },
  cancelRegistration: { type: 'registrationCancellation', timing: 'before', requirementIds: ['DEC-10'] },
  refer: { type: 'referral', timing: 'before', requirementIds: ['INIT-10'] },
} as const satisfies Partial<Record<CaseAction, ApprovalRequirement>>;

/** The approval an action needs, or null when it needs none. */
export function approvalRequiredFor(action: CaseAction): ApprovalRequirement | null {
  const approvals: Partial<Record<CaseAction, ApprovalRequirement>> = actionApprovals;
  return approvals[action] ?? null;
}

/** GEN-03: the recording phases every record is filed under (LX adds 行政听证 and 案卷制作). */
export const recordPhases = [
  'initiation',
  'investigation',
  'review',
  'serviceExecution',
  'hearing',
  'fileCompilation',
  'archiving',
] as const;
export type RecordPhase = (typeof recordPhases)[number];

export const recordPhaseLabels = {
  initiation: { zh: '程序启动', en: 'Initiation' },
  investigation: { zh: '调查取证', en: 'Investigation' },
  review: { zh: '审查决定', en: 'Review and decision' },
  serviceExecution: { zh: '送达执行', en: 'Service and execution' },
  hearing: { zh: '行政听证', en: 'Hearing' },
  fileCompilation: { zh: '案卷制作', en: 'Case-file compilation' },
  archiving: { zh: '归档管理', en: 'Archiving' },
} as const satisfies Record<RecordPhase, Label>;
