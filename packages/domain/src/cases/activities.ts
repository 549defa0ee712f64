import { z } from 'zod';
import { domainError } from '../shared/errors';
import type { CaseStage } from './stages';

type Label = { zh: string; en: string };

/**
 * An activity (执法活动) is a dated step at a place with its participants. Each type names the stage it belongs to,
 * the document types it usually produces (INV-02-P, SERV, EXEC…), whether at least two certified officers must be
 * present (INV-01, IMPL-01), and the requirement IDs it serves. Data, not code per type.
 */
export type ActivityTypeDefinition = Label & {
  /** Stages in which the activity may be recorded. */
  stages: readonly CaseStage[];
  /** Document types (catalog codes) the activity produces; the first is the main record. */
  documents: readonly string[];
  /** INV-01: the step is an investigation or enforcement step that needs ≥ 2 certified officers present. */
  needsTwoOfficers: boolean;
  requirementIds: readonly string[];
};

const investigating = ['investigation', 'review'] as const satisfies readonly CaseStage[];
const deciding = ['review'] as const satisfies readonly CaseStage[];
const executing = ['service', 'execution'] as const satisfies readonly CaseStage[];

export const activityTypes = {
  siteInspection: {
    zh: '现场检查（勘验）',
    en: 'On-site inspection (survey)',
    stages: ['initiation', ...investigating],
    documents: ['siteInspectionRecord'],
    needsTwoOfficers: true,
    requirementIds: ['INV-01', 'INV-02', 'INSP-01'],
  },
  inquiry: {
    zh: '询问',
    en: 'Questioning',
    stages: investigating,
    documents: ['inquiryTranscript', 'inquirySummons'],
    needsTwoOfficers: true,
    requirementIds: ['INV-01', 'INV-02', 'INV-03'],
  },
  evidenceCollection: {
    zh: '调取证据',
    en: 'Obtaining evidence',
    stages: investigating,
    documents: ['evidenceRequestNotice', 'evidenceRegisterList'],
    needsTwoOfficers: true,
    requirementIds: ['INV-02'],
  },
  sampling: {
    zh: '抽样取证',
    en: 'Sampling for evidence',
    stages: investigating,
    documents: ['samplingNotice', 'sampledItemsList'],
    needsTwoOfficers: true,
    requirementIds: ['INV-02'],
  },
  advancePreservation: {
    zh: '先行登记保存',
    en: 'Advance registration and preservation',
    stages: investigating,
    documents: ['advancePreservationNotice', 'evidenceRegisterList', 'evidencePreservationRecord'],
    needsTwoOfficers: true,
    requirementIds: ['MEAS-02', 'MEAS-03'],
  },
  preservationRelease: {
    zh: '解除先行登记保存',
    en: 'Release of preserved evidence',
    stages: [...investigating, ...executing],
    documents: ['preservedItemsDisposalNotice'],
    needsTwoOfficers: false,
    requirementIds: ['MEAS-03'],
  },
  appraisalEntrustment: {
    zh: '鉴定（审计）委托',
    en: 'Entrusting an appraisal or audit',
    stages: investigating,
    documents: ['auditAppraisalEntrustment', 'auditNotice', 'appraisalOpinion', 'auditAppraisalReport'],
    needsTwoOfficers: false,
    requirementIds: ['INV-05'],
  },
  coerciveMeasure: {
    zh: '行政强制措施',
    en: 'Administrative coercive measure',
    stages: [...investigating, ...executing],
    documents: ['coerciveMeasureDocument', 'caseItemsList'],
    needsTwoOfficers: true,
    requirementIds: ['MEAS-01', 'COER-01'],
  },
  refusalOfInvestigation: {
    zh: '拒绝接受调查记录',
    en: 'Refusal to accept investigation',
    stages: investigating,
    documents: [],
    needsTwoOfficers: false,
    requirementIds: ['INV-04'],
  },
  rightsNotification: {
    zh: '权利告知',
    en: 'Notification of rights',
    stages: ['initiation', ...investigating, ...executing],
    documents: [],
    needsTwoOfficers: false,
    requirementIds: ['RIGHT-01'],
  },
  statementDefenceWaiver: {
    zh: '放弃陈述申辩',
    en: 'Waiver of statement and defence',
    stages: deciding,
    documents: [],
    needsTwoOfficers: false,
    requirementIds: ['DEC-07'],
  },
  advanceNotice: {
    zh: '事先告知',
    en: 'Advance notice of the intended decision',
    stages: deciding,
    documents: ['advanceNotice', 'hearingRightsNotice'],
    needsTwoOfficers: false,
    requirementIds: ['DEC-07', 'RIGHT-01', 'HEAR-01'],
  },
  statementDefence: {
    zh: '陈述申辩',
    en: 'Statement and defence',
    stages: deciding,
    documents: ['statementDefenceTranscript'],
    needsTwoOfficers: true,
    requirementIds: ['DEC-08', 'RIGHT-02'],
  },
  hearing: {
    zh: '听证',
    en: 'Hearing',
    stages: deciding,
    documents: ['hearingNotice', 'hearingTranscript', 'hearingReport'],
    needsTwoOfficers: false,
    requirementIds: ['HEAR-01', 'HEAR-02', 'HEAR-03', 'HEAR-04'],
  },
  investigationEnd: {
    zh: '调查终结',
    en: 'End of investigation',
    stages: ['investigation'],
    documents: ['investigationFinalReport', 'handlingOpinion'],
    needsTwoOfficers: false,
    requirementIds: ['INV-06', 'DEC-01'],
  },
  legalReview: {
    zh: '法制审核',
    en: 'Legal review',
    stages: deciding,
    documents: ['legalReviewRecord'],
    needsTwoOfficers: false,
    requirementIds: ['DEC-02'],
  },
  expertDeliberation: {
    zh: '专家论证',
    en: 'Expert deliberation',
    stages: deciding,
    documents: ['expertOpinion'],
    needsTwoOfficers: false,
    requirementIds: ['DEC-03'],
  },
  collectiveDiscussion: {
    zh: '集体讨论',
    en: 'Collective discussion',
    stages: deciding,
    documents: ['collectiveDiscussionRecord'],
    needsTwoOfficers: false,
    requirementIds: ['DEC-04'],
  },
  headApproval: {
    zh: '负责人审批',
    en: 'Head approval',
    stages: deciding,
    documents: ['headApprovalRecord'],
    needsTwoOfficers: false,
    requirementIds: ['DEC-05'],
  },
  decision: {
    zh: '作出决定',
    en: 'Decision',
    stages: ['review', 'initiation'],
    documents: ['decisionDocument', 'onSpotPenaltyDecision', 'rectificationOrder'],
    needsTwoOfficers: false,
    requirementIds: ['DEC-06', 'DEC-09', 'SIMP-01', 'SIMP-02'],
  },
  service: {
    zh: '送达',
    en: 'Service of a document',
    stages: ['initiation', 'review', ...executing],
    documents: ['serviceReceipt', 'postalProof', 'publicNotice'],
    needsTwoOfficers: false,
    requirementIds: ['SERV-01', 'SERV-02', 'SERV-03', 'SERV-04', 'SERV-05', 'SERV-06', 'SERV-07'],
  },
  performance: {
    zh: '履行',
    en: 'Performance of the decision',
    stages: executing,
    documents: ['fineReceipt'],
    needsTwoOfficers: false,
    requirementIds: ['EXEC-01'],
  },
  rectificationCheck: {
    zh: '改正核查',
    en: 'Verification of rectification',
    stages: executing,
    documents: ['siteInspectionRecord'],
    needsTwoOfficers: true,
    requirementIds: ['EXEC-02'],
  },
  paymentDeferral: {
    zh: '延期（分期）缴纳',
    en: 'Deferred or instalment payment',
    stages: executing,
    documents: ['paymentDeferralNotice'],
    needsTwoOfficers: false,
    requirementIds: ['EXEC-08'],
  },
  demand: {
    zh: '催告',
    en: 'Demand for performance',
    stages: executing,
    documents: ['demandNotice'],
    needsTwoOfficers: false,
    requirementIds: ['EXEC-03', 'EXEC-04'],
  },
  compulsoryExecution: {
    zh: '强制执行',
    en: 'Compulsory execution',
    stages: executing,
    documents: ['compulsoryExecutionApprovalForm', 'compulsoryExecutionDocument', 'lateFeeDecision'],
    needsTwoOfficers: true,
    requirementIds: ['EXEC-03', 'EXEC-05'],
  },
  courtEnforcementApplication: {
    zh: '申请法院强制执行',
    en: 'Application to the court for enforcement',
    stages: executing,
    documents: ['courtEnforcementApplication'],
    needsTwoOfficers: false,
    requirementIds: ['EXEC-03', 'EXEC-06'],
  },
  objection: {
    zh: '异议',
    en: 'Objection to execution',
    stages: executing,
    documents: ['objectionRecord'],
    needsTwoOfficers: false,
    requirementIds: ['EXEC-07'],
  },
  closing: {
    zh: '结案',
    en: 'Closing',
    stages: ['service', 'execution'],
    documents: ['caseClosingReport'],
    needsTwoOfficers: false,
    requirementIds: ['CLOSE-01', 'CLOSE-02'],
  },
} as const satisfies Record<string, ActivityTypeDefinition>;

export type ActivityType = keyof typeof activityTypes;
export const activityTypeCodes = Object.keys(activityTypes) as ActivityType[];

/** RIGHT-01: the rights whose notification (whether, when, how) is recorded. */
export const notifiableRights = [
  'statement',
  'defence',
  'recusal',
  'hearing',
  'reconsideration',
  'litigation',
] as const;
export type NotifiableRight = (typeof notifiableRights)[number];

export const notifiableRightLabels = {
  statement: { zh: '陈述', en: 'Statement' },
  defence: { zh: '申辩', en: 'Defence' },
  recusal: { zh: '申请回避', en: 'Request for recusal' },
  hearing: { zh: '听证', en: 'Hearing' },
  reconsideration: { zh: '申请行政复议', en: 'Administrative reconsideration' },
  litigation: { zh: '提起行政诉讼', en: 'Administrative litigation' },
} as const satisfies Record<NotifiableRight, Label>;

export const notificationMethods = ['writtenNotice', 'oralOnSite', 'inDecisionDocument', 'other'] as const;
export const notificationMethodLabels = {
  writtenNotice: { zh: '书面告知', en: 'Written notice' },
  oralOnSite: { zh: '现场口头告知', en: 'Oral, on site' },
  inDecisionDocument: { zh: '在决定书中告知', en: 'In the decision document' },
  other: { zh: '其他方式', en: 'Other' },
} as const satisfies Record<(typeof notificationMethods)[number], Label>;

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });

/** An officer present at an activity, as entered: the server fills in the name and certificate number on record. */
export const presentOfficerInputSchema = z.object({
  userId: text(64),
  /** INV-01-P: whether the enforcement certificate was shown to the counterpart. */
  certificateShown: z.boolean(),
});

export const activityPersonSchema = z.object({
  name: text(100),
  role: text(50).optional().meta({ description: '身份（当事人、证人、见证人、被询问人…）' }),
  idNumber: text(50).optional(),
});

export const rightNotificationSchema = z.object({
  right: z.enum(notifiableRights),
  method: z.enum(notificationMethods),
  at: instant,
  note: text(500).optional(),
});

export const activityInputSchema = z.object({
  type: z.enum(activityTypeCodes as [ActivityType, ...ActivityType[]]),
  startedAt: instant,
  endedAt: instant.optional(),
  place: text(200),
  officers: z.array(presentOfficerInputSchema).max(20),
  parties: z.array(activityPersonSchema).max(50).default([]),
  witnesses: z.array(activityPersonSchema).max(50).default([]),
  rightsNotified: z.array(rightNotificationSchema).max(20).default([]),
  summary: text(4000).optional(),
  /** Link point for A/V records (issue 5): ids of the recordings made during the activity. */
  avRecordIds: z.array(text(64)).max(500).default([]),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** INV-04, DEC-07: a refusal to be investigated and a waiver are records in themselves: who, when, what. */
const activitiesNeedingSummary: readonly ActivityType[] = ['refusalOfInvestigation', 'statementDefenceWaiver'];

/**
 * Checks an activity against its type and the case's stage: the time window, the stage, and INV-01 (≥ 2 officers
 * present, each certified: the caller resolves certification and passes the uncertified ones).
 */
export function checkActivity(input: {
  activity: Pick<ActivityInput, 'type' | 'startedAt' | 'endedAt' | 'officers' | 'summary'>;
  stage: CaseStage;
  uncertifiedOfficerNames: readonly string[];
}): void {
  const { activity, stage, uncertifiedOfficerNames } = input;
  const definition: ActivityTypeDefinition = activityTypes[activity.type];
  if (!definition.stages.includes(stage)) {
    throw domainError('activity.stage_not_allowed', { type: activity.type, stage });
  }
  if (activity.endedAt && Date.parse(activity.endedAt) < Date.parse(activity.startedAt)) {
    throw domainError('activity.ends_before_start');
  }
  const distinct = new Set(activity.officers.map((officer) => officer.userId));
  if (definition.needsTwoOfficers && distinct.size < 2) {
    throw domainError('activity.too_few_officers', { type: activity.type, count: distinct.size });
  }
  if (activitiesNeedingSummary.includes(activity.type) && !activity.summary?.trim()) {
    throw domainError('activity.summary_required', { type: activity.type });
  }
  const [first] = uncertifiedOfficerNames;
  if (first !== undefined) throw domainError('activity.officer_not_certified', { name: first });
}
