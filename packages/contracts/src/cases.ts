import {
  activityAvContextSchema,
  activityInputSchema,
  activityPersonSchema,
  avExceptionSchema,
  avLevels,
  activityTypeCodes,
  approvalStatuses,
  approvalTypes,
  caseActions,
  caseProcedures,
  caseSources,
  profileCodes,
  caseStages,
  confidentialityMarkers,
  enforcementActs,
  identityDocumentSchema,
  materialKinds,
  partySchema,
  rightNotificationSchema,
  signerRoles,
} from '@liuhen/domain';
import { z } from 'zod';
import { localDate } from './common';
import { complianceOverrideSchema } from './compliance';

/** The document catalogue's rule set a profile follows (`family` of the profile: BX, HS, LX, FS, XG). */
const profileFamilySchema = z.enum(profileCodes);

/**
 * Cases, activities, documents and approvals (issue 4). Every response body the web and API clients read is here;
 * the server validates every request against these schemas before a use case sees it.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const userRef = z.object({ id: z.string(), name: z.string() });

// ---------------------------------------------------------------------------------------------------------------
// Cases

/** How the case came in: the facts of the intake that INIT-01/02/04/05 require, per source. */
export const caseIntakeSchema = z
  .object({
    receivedAt: instant.meta({ description: '受理（登记、发现）时间' }),
    summary: text(4000).meta({ description: '申请、投诉、举报或发现的内容' }),
    complainant: z
      .object({
        name: text(100),
        phone: text(30).optional(),
        idDocument: identityDocumentSchema.optional(),
        address: text(200).optional(),
      })
      .optional()
      .meta({ description: '投诉人、举报人或申请人 (INIT-05, INIT-01)' }),
    violationEndedOn: localDate.optional().meta({ description: '违法行为终了之日 (INIT-08: 2-year bar)' }),
    materials: z.array(text(200)).max(100).optional().meta({ description: '申请材料 (INIT-01)' }),
    correctedOnSpot: text(1000).optional().meta({ description: '当场更正的错误 (INIT-01)' }),
    supplementNotice: text(2000).optional().meta({ description: '一次性告知补正的内容 (INIT-01)' }),
    referredBy: text(200).optional().meta({ description: '移送、交办机关 (INIT-04)' }),
    inspection: z
      .object({
        selectionMethod: z.enum(['doubleRandom', 'special', 'routine']).meta({ description: '抽查方式' }),
        targetsDrawn: text(2000).meta({ description: '随机抽取的检查对象及抽取结果' }),
        drawnAt: instant.meta({ description: '抽取时间' }),
        plan: text(200).optional().meta({ description: '所依据的抽查计划或实施方案' }),
      })
      .strict()
      .optional()
      .meta({ description: 'INSP-01: how the inspection targets were selected (required for 双随机抽查)' }),
  })
  .strict();
export type CaseIntake = z.infer<typeof caseIntakeSchema>;

export const createCaseBody = z
  .object({
    act: z.enum(enforcementActs),
    procedure: z.enum(caseProcedures),
    source: z.enum(caseSources),
    realName: z.boolean().optional().meta({ description: '投诉/举报是否实名 (INIT-05)' }),
    cause: text(200).meta({ description: '案由' }),
    parties: z.array(partySchema).min(1).max(20),
    handlerIds: z.array(text(64)).min(1).max(10).meta({ description: '承办人 (≥ 2 certified officers, INV-01)' }),
    confidentiality: z.array(z.enum(confidentialityMarkers)).max(3).default([]),
    unitId: text(64).optional().meta({ description: "The handling unit; defaults to the creator's unit" }),
    intake: caseIntakeSchema,
    emergency: z
      .object({ reason: text(1000) })
      .strict()
      .optional()
      .meta({ description: '情况紧急: start investigating at once; retro-approval due within 24 h (INIT-07)' }),
  })
  .strict();
export type CreateCaseBody = z.infer<typeof createCaseBody>;

export const maskedPartyBody = z.object({
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  idDocumentType: z.string(),
  idNumberMasked: z.string(),
});

export const emergencyBody = z.object({
  reason: z.string(),
  startedAt: z.string(),
  retroApprovalDue: z.string(),
  retroApprovedAt: z.string().nullable(),
  overdue: z.boolean().meta({ description: 'INIT-07: no approval within 24 h' }),
});

export const rectificationBody = z.object({
  rectifyBy: z.string().meta({ description: '改正期限 from the final 责令改正 order' }),
  dueAt: z.string().meta({ description: 'End of that day, Asia/Shanghai' }),
  checkedAt: z.string().nullable().meta({ description: 'When the 改正核查 activity took place' }),
  overdue: z.boolean().meta({ description: 'EXEC-02: no verification recorded by the deadline' }),
});

export const hearingReportBody = z.object({
  hearingEndedOn: z.string(),
  dueOn: z.string().meta({ description: 'The 5th working day after the hearing (official calendar)' }),
  dueAt: z.string(),
  provisional: z.boolean().meta({ description: 'Computed on plain weekdays: a year without a published schedule' }),
  reportedAt: z.string().nullable(),
  overdue: z.boolean().meta({ description: 'HEAR-04: no final 听证报告 within 5 working days' }),
});

export const caseSummaryBody = z
  .object({
    id: z.string(),
    number: z.string().meta({ description: '案号' }),
    act: z.enum(enforcementActs),
    procedure: z.enum(caseProcedures),
    source: z.enum(caseSources),
    cause: z.string(),
    stage: z.enum(caseStages),
    unit: userRef.nullable(),
    parties: z.array(maskedPartyBody).meta({ description: 'Identity numbers masked' }),
    handlers: z.array(userRef),
    confidentiality: z.array(z.enum(confidentialityMarkers)),
    emergency: emergencyBody.nullable(),
    rectification: rectificationBody.nullable(),
    hearingReport: hearingReportBody.nullable(),
    overdue: z
      .boolean()
      .meta({ description: 'Any overdue item: emergency retro-approval (INIT-07), rectification check (EXEC-02)' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummaryBody = z.infer<typeof caseSummaryBody>;

export const caseListQuery = z
  .object({
    q: z.string().trim().max(50).optional().meta({ description: 'Search case number, cause or party name' }),
    stage: z.enum(caseStages).optional(),
    act: z.enum(enforcementActs).optional(),
    procedure: z.enum(caseProcedures).optional(),
    unitId: z.string().max(64).optional(),
    officerId: z.string().max(64).optional(),
    from: localDate.optional().meta({ description: 'Opened on or after (Asia/Shanghai)' }),
    to: localDate.optional().meta({ description: 'Opened on or before (Asia/Shanghai)' }),
    overdue: z.enum(['true', 'false']).optional(),
    mine: z.enum(['true', 'false']).optional().meta({ description: 'Only cases I handle' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type CaseListQuery = z.infer<typeof caseListQuery>;

export const caseListBody = z.object({ items: z.array(caseSummaryBody), total: z.number().int() });

export const stageEventBody = z.object({
  id: z.string(),
  action: z.enum([...caseActions, 'open'] as const),
  fromStage: z.enum(caseStages).nullable(),
  toStage: z.enum(caseStages),
  at: z.string(),
  actor: userRef,
  approvalId: z.string().nullable(),
  reason: z.string().nullable(),
});

export const availableActionBody = z.object({
  action: z.enum(caseActions),
  toStage: z.enum(caseStages),
  approval: z
    .object({
      type: z.enum(approvalTypes),
      timing: z.enum(['before', 'within24h']),
      /** The newest approval of this type on the case, or null when none has been proposed. */
      approvalId: z.string().nullable(),
      status: z.enum(approvalStatuses).nullable(),
    })
    .nullable(),
  /** Whether the actor may take it now (approval in place and permission held). */
  ready: z.boolean(),
});

// ---------------------------------------------------------------------------------------------------------------
// Activities

export const presentOfficerBody = z.object({
  userId: z.string(),
  name: z.string(),
  certificateNumber: z.string().meta({ description: '执法证号 on record when the activity was recorded (INV-01)' }),
  certificateShown: z.boolean(),
});

/**
 * AV-01: what the case's profile requires of the activity's A/V (level and article) and whether it has it; the
 * uncovered stretches (W, WS, C), the breaks between segments (AV-03), and the exception recorded (AV-02, AV-10).
 */
export const activityAvBody = z
  .object({
    level: z.enum(avLevels).nullable(),
    article: z.string().nullable(),
    state: z.enum(['notRequired', 'satisfied', 'excepted', 'missing', 'partial', 'interrupted', 'explained']),
    uncovered: z.array(z.object({ from: z.string(), to: z.string(), seconds: z.number() })),
    gaps: z.array(
      z.object({
        deviceNumber: z.string().nullable(),
        beforeId: z.string(),
        afterId: z.string(),
        seconds: z.number(),
        reason: z.string().nullable().meta({ description: 'AV-03: 中断原因' }),
      }),
    ),
    undated: z.array(z.string()),
    linkedRecordIds: z.array(z.string()),
    exception: z
      .object({
        kind: z.enum(['unsuitable', 'objectiveLimitation']),
        reason: z.string().nullable(),
        recordedBy: userRef,
        at: z.string(),
      })
      .nullable(),
    exceptionProblems: z.array(z.string()),
  })
  .meta({ id: 'ActivityAv' });

export const activityBody = z
  .object({
    id: z.string(),
    caseId: z.string(),
    type: z.enum(activityTypeCodes as [string, ...string[]]),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    place: z.string(),
    officers: z.array(presentOfficerBody),
    parties: z.array(activityPersonSchema),
    witnesses: z.array(activityPersonSchema),
    rightsNotified: z.array(rightNotificationSchema),
    summary: z.string().nullable(),
    avRecordIds: z.array(z.string()),
    avContext: activityAvContextSchema.nullable(),
    av: activityAvBody,
    documentIds: z.array(z.string()),
    /** Document types the activity's type produces that no document of this activity has yet (INV-02). */
    missingDocuments: z.array(z.string()),
    recordedBy: userRef,
    recordedAt: z.string(),
  })
  .meta({ id: 'Activity' });
export type ActivityBody = z.infer<typeof activityBody>;

export const createActivityBody = activityInputSchema
  .extend({ avContext: activityAvContextSchema.optional().meta({ description: '音像记录要求所区分的情形 (AV-01)' }) })
  .strict();

/** AV-03: the reason for a break between two segments of one device. */
export const activityAvGapNoteBody = z.object({ beforeId: text(64), afterId: text(64), reason: text(2000) }).strict();
export type ActivityAvGapNoteBody = z.infer<typeof activityAvGapNoteBody>;

/** AV-02, AV-10: why the activity has no (complete) A/V. */
export const activityAvExceptionBody = avExceptionSchema;
export type ActivityAvExceptionBody = z.infer<typeof activityAvExceptionBody>;
export type CreateActivityBody = z.infer<typeof createActivityBody>;

// ---------------------------------------------------------------------------------------------------------------
// Documents

export const signatureSchema = z
  .object({
    role: z.enum(signerRoles),
    name: text(100).optional(),
    signed: z.boolean(),
    refusal: z
      .object({ reason: text(500), witnessName: text(100) })
      .strict()
      .optional(),
  })
  .strict();

export const documentDataSchema = z.record(z.string().max(64), z.unknown());

export const scanBody = z.object({
  hash: z.string().meta({ description: 'Content hash, `sha256:<hex>` or `sm3:<hex>`' }),
  mediaType: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  addedAt: z.string(),
  addedBy: userRef,
});

export const documentVersionSummary = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'final']),
  reason: z.string().nullable().meta({ description: 'Why this version was made (required for a correction)' }),
  contentHash: z.string(),
  createdAt: z.string(),
  createdBy: userRef,
});

export const documentBody = z
  .object({
    id: z.string(),
    caseId: z.string(),
    activityId: z.string().nullable(),
    typeCode: z.string(),
    typeVersion: z.number().int(),
    title: z.string().meta({ description: 'The type name in zh-CN' }),
    status: z.enum(['draft', 'final']),
    version: z.number().int().meta({ description: 'The current version; send it back as expectedVersion' }),
    data: documentDataSchema,
    signatures: z.array(signatureSchema),
    avRecordIds: z.array(z.string()),
    scans: z.array(scanBody),
    versions: z.array(documentVersionSummary),
    /** GEN-01: the catalogue rules of the case's profile (which fields and signers are required); null: none. */
    profileFamily: profileFamilySchema.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Document' });
export type DocumentBody = z.infer<typeof documentBody>;

export const documentSummaryBody = documentBody.pick({
  id: true,
  activityId: true,
  typeCode: true,
  title: true,
  status: true,
  version: true,
  updatedAt: true,
});

export const createDocumentBody = z
  .object({
    typeCode: text(64),
    activityId: text(64).optional(),
    data: documentDataSchema,
    signatures: z.array(signatureSchema).max(50).default([]),
    avRecordIds: z.array(text(64)).max(500).default([]),
    finalise: z.boolean().default(false).meta({ description: 'Finalise (定稿): every mandatory field and signer' }),
  })
  .strict();
export type CreateDocumentBody = z.infer<typeof createDocumentBody>;

export const reviseDocumentBody = z
  .object({
    expectedVersion: z.number().int().positive(),
    data: documentDataSchema,
    signatures: z.array(signatureSchema).max(50).default([]),
    avRecordIds: z.array(text(64)).max(500).default([]),
    reason: text(500).optional().meta({ description: 'Required when correcting a finalised document' }),
    finalise: z.boolean().default(false),
  })
  .strict();
export type ReviseDocumentBody = z.infer<typeof reviseDocumentBody>;

export const documentVersionBody = z.object({
  documentId: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'final']),
  data: documentDataSchema,
  signatures: z.array(signatureSchema),
  reason: z.string().nullable(),
  contentHash: z.string(),
  createdAt: z.string(),
  createdBy: userRef,
});

export const documentVersionParams = z
  .object({ id: z.string().min(1).max(64), version: z.coerce.number().int().positive() })
  .strict();

// ---------------------------------------------------------------------------------------------------------------
// Approvals (APPR-01)

export const approvalStepBody = z.object({
  kind: z.enum(['propose', 'review', 'approve']),
  agree: z.boolean(),
  user: userRef,
  opinion: z.string(),
  reasons: z.string().nullable(),
  at: z.string(),
  signature: z.string().meta({
    description: 'Electronic signature: SHA-256 over the canonical step (approval, kind, user, opinion, time)',
  }),
});

export const approvalBody = z
  .object({
    id: z.string(),
    caseId: z.string(),
    caseNumber: z.string(),
    caseCause: z.string(),
    type: z.enum(approvalTypes),
    status: z.enum(approvalStatuses),
    activityId: z.string().nullable(),
    steps: z.array(approvalStepBody),
    /** Set when a stage action used this approval. */
    usedAt: z.string().nullable(),
    /** Whether the caller can take the next step. */
    canAct: z.boolean(),
    /** APPR-01: the steps the caller may take now; `approve` on a proposal where the profile's chain has no reviewer. */
    nextSteps: z.array(z.enum(['review', 'approve'])),
    /** APPR-01: the case profile's chain in its words (行政执法机关负责人 …); null where the profile states none. */
    chain: z
      .object({
        steps: z.array(z.object({ step: z.enum(['handler', 'reviewer', 'approver']), zh: z.string() })),
        article: z.string(),
      })
      .nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Approval' });
export type ApprovalBody = z.infer<typeof approvalBody>;

export const proposeApprovalBody = z
  .object({
    type: z.enum(approvalTypes),
    opinion: text(2000).meta({ description: '承办人意见' }),
    reasons: text(4000).meta({ description: '理由' }),
    activityId: text(64).optional().meta({ description: 'The activity it approves (先行登记保存, 强制措施…)' }),
  })
  .strict();
export type ProposeApprovalBody = z.infer<typeof proposeApprovalBody>;

export const approvalDecisionBody = z
  .object({
    agree: z.boolean().meta({ description: 'false returns the approval as rejected' }),
    opinion: text(2000),
  })
  .strict();
export type ApprovalDecisionBody = z.infer<typeof approvalDecisionBody>;

export const approvalListQuery = z
  .object({ actionable: z.enum(['true', 'false']).optional(), caseId: z.string().max(64).optional() })
  .strict();

export const approvalListBody = z.object({ items: z.array(approvalBody) });

// ---------------------------------------------------------------------------------------------------------------
// DOC-02: register of the counterpart's certificates, materials and copies

export const materialBody = z
  .object({
    id: z.string(),
    caseId: z.string(),
    name: z.string(),
    kind: z.enum(materialKinds),
    submittedBy: z.string(),
    receivedOn: z.string().nullable(),
    received: z.boolean(),
    complete: z.boolean(),
    valid: z.boolean(),
    note: z.string().nullable(),
    recordedBy: userRef,
    recordedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseMaterial' });
export type MaterialBody = z.infer<typeof materialBody>;

export const createMaterialBody = z
  .object({
    name: text(200).meta({ description: '名称（如 营业执照副本复印件）' }),
    kind: z.enum(materialKinds),
    submittedBy: text(200).meta({ description: '提交人或留存来源' }),
    receivedOn: localDate.optional(),
    received: z.boolean().default(true),
    complete: z.boolean().default(false),
    valid: z.boolean().default(false),
    note: text(1000).optional(),
  })
  .strict();
export type CreateMaterialBody = z.infer<typeof createMaterialBody>;

export const updateMaterialBody = z
  .object({
    received: z.boolean().optional(),
    complete: z.boolean().optional(),
    valid: z.boolean().optional(),
    receivedOn: localDate.optional(),
    note: text(1000).optional(),
  })
  .strict();
export type UpdateMaterialBody = z.infer<typeof updateMaterialBody>;

// ---------------------------------------------------------------------------------------------------------------
// Transitions and the case page

export const transitionBody = z
  .object({
    action: z.enum(caseActions),
    expectedVersion: z.number().int().positive(),
    reason: text(2000).optional(),
    approvalId: text(64).optional().meta({ description: 'Defaults to the newest approved, unused approval' }),
    complainantNotice: z
      .object({ notifiedOn: localDate, method: text(200) })
      .strict()
      .optional()
      .meta({ description: 'INIT-06: required to decline a real-name complaint or report' }),
    referredTo: text(200).optional().meta({ description: 'INIT-10: the body the case is referred to' }),
    endedOn: localDate.optional().meta({
      description:
        'CLOSE-02: 行政执法行为终结之日 / 行政执法事项办理完毕之日; required to close or terminate, not in the future, ' +
        'not before the case was opened (Asia/Shanghai)',
    }),
    override: complianceOverrideSchema
      .optional()
      .meta({ description: 'Issue 6: proceed despite blocking compliance findings, under an approved 合规例外审批' }),
  })
  .strict();
export type TransitionBody = z.infer<typeof transitionBody>;

export const caseDetailBody = caseSummaryBody
  .extend({
    version: z.number().int(),
    profileId: z.string().nullable().meta({ description: 'GEN-01: the profile the case is bound to' }),
    profileFamily: profileFamilySchema.nullable(),
    partiesFull: z.array(partySchema).meta({ description: 'Unmasked, for readers of the case' }),
    intake: caseIntakeSchema,
    realName: z.boolean().nullable(),
    timeline: z.array(stageEventBody),
    activities: z.array(activityBody),
    documents: z.array(documentSummaryBody),
    approvals: z.array(approvalBody),
    materials: z.array(materialBody),
    /** DOC-02: the register's items not yet received, complete and valid. */
    unsettledMaterialIds: z.array(z.string()),
    actions: z.array(availableActionBody),
    /** Whether the caller may record on the case (handlers and their unit head). */
    canRecord: z.boolean(),
    endedOn: localDate.nullable().meta({ description: 'CLOSE-02: the day the enforcement act ended, once closed' }),
    majorComplex: z.boolean().meta({ description: 'DEC-04 (LX 第九条): flagged 重大、复杂案件' }),
  })
  .meta({ id: 'CaseDetail' });
export type CaseDetailBody = z.infer<typeof caseDetailBody>;

/** DEC-04 (LX 第九条): flags the case 重大、复杂案件 or clears the flag; the reason goes on record. */
export const majorComplexBody = z
  .object({
    majorComplex: z.boolean(),
    reason: text(2000).meta({ description: '认定或取消重大、复杂案件的理由' }),
  })
  .strict();
export type MajorComplexBody = z.infer<typeof majorComplexBody>;

// ---------------------------------------------------------------------------------------------------------------
// 工作台

export const overdueItemBody = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  kind: z.enum(['retroApproval', 'rectificationCheck', 'hearingReport']),
  dueAt: z.string(),
  zh: z.string(),
  en: z.string(),
});

export const workbenchBody = z.object({
  myCases: z.array(caseSummaryBody),
  pendingApprovals: z.array(approvalBody),
  overdue: z.array(overdueItemBody),
});
export type WorkbenchBody = z.infer<typeof workbenchBody>;

export const officerOptionBody = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string().nullable(),
  certified: z.boolean(),
  certificateNumber: z.string().nullable(),
});
export const officerOptionListBody = z.object({ items: z.array(officerOptionBody) });
