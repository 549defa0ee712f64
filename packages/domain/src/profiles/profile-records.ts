import { z } from 'zod';
import { activityTypeCodes, type ActivityType } from '../cases/activities';
import { enforcementActs } from '../cases/case';
import { documentCatalog } from '../documents/catalog/index';

/**
 * The written-record section of a jurisdiction profile (`records`, issue 6): the per-profile tables of
 * requirements.md §2 and §4.1 that say what the written records must contain, who approves, who may see them, who
 * supervises and what a breach costs — GEN-06-P, INIT-03-P, INV-01-P, INV-02-P, DEC-01-P, APPR-01, RET-01-P,
 * ACC-01-P, ACC-03-P, SUP-01-P, PROH-06-P, and the stage records of DEC-04, SERV-07, MEAS-01, MEAS-03 and
 * COER-01. Every entry cites the article it comes from; `null` means the seed is silent and the rule is not
 * enforced. Chinese text is the seed's own wording, shown to users as written.
 */

/**
 * Where a rule comes from, e.g. `002 第二十二条(五)`. The same contract as `articleSchema` in profile.ts, which
 * imports this file; declared here so the two modules do not import each other.
 */
const article = z
  .string()
  .trim()
  .regex(/^\S+ 第[一二三四五六七八九十百零〇]+条/, '形如「001 第十五条」/ like "001 第十五条"')
  .max(120)
  .meta({ description: '来源条款，如「001 第十五条」' });

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'camelCase');

/** An itemised content requirement: `id` is the field key of the document type holding it, `zh` the seed's words. */
const contentItem = z.strictObject({ id, zh: text(100) });
export type ProfileContentItem = z.infer<typeof contentItem>;

/** A document type code of the catalogue (requirements.md §5); published once under `$defs` of the JSON Schema. */
const documentCode = z
  .enum(documentCatalog.map((type) => type.code) as [string, ...string[]])
  .meta({ id: 'documentTypeCode', description: '执法文书类型（文书目录代码）' });
const activityType = z.enum(activityTypeCodes as [ActivityType, ...ActivityType[]]);

/** GEN-06-P: the record forms an act is recorded in (LX 第五条, 第十三条–第十六条). */
export const recordModes = ['written', 'av', 'informationSystem'] as const;

/** INV-01-P: officer data an investigation record states. */
export const officerDataItems = ['count', 'names', 'certificateNumbers', 'certificateDisplay'] as const;

/** APPR-01 steps: 承办人 proposes, 审核人 reviews, 批准人 approves. */
export const approvalSteps = ['handler', 'reviewer', 'approver'] as const;

const recordModeSchema = z.strictObject({
  /** `true`: a written record is mandatory for every recorded step, A/V is added (HS 第四条); `false`: written and A/V may be used together or separately. */
  writtenEveryStep: z.boolean().nullable(),
  article: article.nullable(),
  /** LX: the record forms fixed per enforcement act; `null` where the seed fixes none. */
  byAct: z
    .array(z.strictObject({ act: z.enum(enforcementActs), modes: z.array(z.enum(recordModes)).min(1), article }))
    .min(1)
    .nullable(),
});

/** INIT-03-P: the form an ex officio (general-procedure) start needs before the case is initiated. */
const initiationSchema = z.strictObject({
  /** The form as the seed names it (程序启动审批表, 立案审批表, 相关执法文书). */
  form: text(100),
  /** The catalogue's document type for it. */
  document: documentCode,
  /** Mandatory content; `null` where the seed does not itemise it (LX 「按要求制作」). */
  items: z.array(contentItem).min(1).nullable(),
  /** Who approves the start; `null` where the seed does not say. */
  approver: text(100).nullable(),
  article,
});

/** INV-01-P: the officer data investigation records carry, and who signs or seals them. */
const officerDataSchema = z.strictObject({
  /** The records meant, in the seed's words (相关调查笔录 …); `null` where the seed names none. */
  records: text(200).nullable(),
  /** The data required, grouped by the article requiring it (LX splits it over two). */
  items: z.array(z.strictObject({ data: z.array(z.enum(officerDataItems)).min(1), article })).min(1),
  /** The signature of the party (or of a person present) on the record; `null` where the seed does not require it. */
  partySignature: z
    .strictObject({
      /** `partyOrPersonPresent` 当事人或有关在场人员 (BX, FS); `partyAndPersonsConcerned` 行政相对人和相关人员 (HS). */
      signers: z.enum(['partyOrPersonPresent', 'partyAndPersonsConcerned']),
      means: z.array(z.enum(['signature', 'seal', 'fingerprint'])).min(1),
      article,
    })
    .nullable(),
});

/** INV-02-P: one investigation activity and the documents that complete it. */
const investigationDocumentSchema = z.strictObject({
  activity: activityType,
  /** Catalogue document types required for the activity to count as complete. */
  documents: z.array(documentCode).min(1),
  /** Documents required only in a circumstance the seed names (LX: 调查询问通知书 when summoned); shown, not enforced. */
  conditional: z.strictObject({ documents: z.array(documentCode).min(1), when: text(200) }).optional(),
  article,
  /** Where the seed only says "record of …", which catalogue type stands for it. */
  note: text(300).optional(),
});

/** DEC-01-P: the mandatory content of the case-handling opinion (处理意见) before a decision. */
const handlingOpinionSchema = z.strictObject({
  document: documentCode,
  items: z.array(contentItem).min(1),
  article,
});

/** APPR-01: the internal approval chain, in order (承办人 → 审核人 → 批准人). */
const approvalChainSchema = z.strictObject({
  steps: z.array(z.strictObject({ step: z.enum(approvalSteps), zh: text(100) })).min(2),
  article,
  note: text(300).optional(),
});

/** RET-01-P: how long a case file is kept before it may be destroyed. */
const caseFileRetentionSchema = z.strictObject({
  /** `null`: no number stated; the basis applies. */
  years: z.number().int().positive().nullable(),
  /** The law the retention follows, e.g. 《中华人民共和国档案法》; `null` where only a number is given. */
  basis: text(200).nullable(),
  /** A period set by a specific law or regulation prevails (另有规定的，从其规定). */
  specificLawPrevails: z.boolean(),
  article,
});

const accessActions = z.array(z.enum(['view', 'copy', 'export'])).min(1);

/** ACC-01-P: internal access to the records needs a work reason and prior approval. */
const internalAccessSchema = z.strictObject({
  approver: text(100),
  /** `caseFile`: 执法案卷 and the written records; `av`: 音像（声像）资料. */
  materials: z.array(z.enum(['caseFile', 'av'])).min(1),
  /** `export`: 拷贝 to a medium. */
  actions: accessActions,
  article,
});

/** ACC-03-P: a party's (or interested party's) request to view or copy the records. */
const partyAccessSchema = z.strictObject({
  /** `party` 当事人/行政相对人; `interestedParty` 利害关系人. */
  requesters: z.array(z.enum(['party', 'interestedParty'])).min(1),
  actions: accessActions,
  /** Whose consent releases the records; `null` where the seed names no one. */
  approver: text(100).nullable(),
  /** The rules the request is handled under (政府信息公开条例 …); `null` where the seed names none. */
  rule: text(200).nullable(),
  /** The article excludes what must be kept confidential by law (依法应保密的除外). ACC-05 applies regardless. */
  confidentialExcluded: z.boolean(),
  article,
});

/** SUP-01-P: the unit supervising whole-process recording. */
const supervisionSchema = z.strictObject({
  unit: text(100),
  /** `false`: bodies outside the agency (FS 第三十五条); the system records their findings but gives them no role. */
  internal: z.boolean(),
  article,
});

/** A sanction a violation finding may impose (PROH-06). */
const sanctionSchema = z.strictObject({
  id,
  zh: text(100),
  /** The officer may take no case or recording while it lasts (暂扣/吊销行政执法证, 停止执行职务; ROLE-01). */
  barsOfficer: z.literal(true).optional(),
});

/** PROH-06-P: sanctions by gravity and the catalogue of violations. */
const accountabilitySchema = z.strictObject({
  sanctions: z.strictObject({
    /** 情节轻微, or the ordinary tier where the seed names no grade (HS, FS). */
    minor: z.array(sanctionSchema).min(1).nullable(),
    /** 情节严重或造成严重后果. */
    serious: z.array(sanctionSchema).min(1).nullable(),
    /** 构成犯罪. */
    crime: z.array(sanctionSchema).min(1).nullable(),
  }),
  /** The numbered violations, e.g. 6 at `002 第三十六条(一)–(六)`. */
  violations: z.strictObject({ count: z.number().int().positive(), article }),
  article,
});

/** DEC-04: the collective-discussion record (集体讨论记录或会议纪要), who signs it and when it is mandatory. */
const collectiveDiscussionSchema = z.strictObject({
  /** HS 第二十条: every participant signs the record (参与讨论人员应当在相关书面记录上签名). */
  signedByEveryParticipant: z.boolean(),
  /** LX 第九条: a case flagged major or complex is decided only after collective discussion. */
  mandatoryWhenMajorComplex: z.boolean(),
  article,
});

/** SERV-07: what must be on record before a method of service may be used. */
export const serviceMethodsOrdered = ['lodged', 'entrusted', 'forwarded', 'postal', 'publicNotice'] as const;
/**
 * Facts a service record states (service.ts): `refused` the addressee refused to sign (拒收事由 and date);
 * `directImpossible`, `postalImpossible`, `entrustedImpossible` that method could not serve (无法…送达);
 * `otherMethodsFailed` every other method failed (已经采用其他方式均无法送达).
 */
export const serviceFacts = [
  'refused',
  'directImpossible',
  'postalImpossible',
  'entrustedImpossible',
  'otherMethodsFailed',
] as const;
const serviceOrderSchema = z.strictObject({
  steps: z
    .array(z.strictObject({ method: z.enum(serviceMethodsOrdered), after: z.array(z.enum(serviceFacts)).min(1) }))
    .min(1),
  article,
});

/** MEAS-03: advance registration and preservation (先行登记保存) approved before its notice, lifted by the period's end. */
const advancePreservationSchema = z.strictObject({
  /** The 内部审批表 (approval item 先行登记保存) approved by the agency head before the notice. */
  approvalBeforeNotice: z.boolean(),
  /** Days the measure lasts when the notice states no end (《行政处罚法》第五十六条: 七日内). */
  defaultPeriodDays: z.number().int().positive(),
  article,
});

/** COER-01: the 《社会保险费限期补缴通知》 deadlines, in working days. */
const arrearsNoticeSchema = z.strictObject({
  /** Issued within this many working days of the day the arrears were established (查明欠缴事实之日). */
  issueWithinWorkingDays: z.number().int().positive(),
  /** The employer pays within this many working days of receiving it. */
  paymentWorkingDays: z.number().int().positive(),
  article,
});

/** MEAS-01: the statutory document of a coercive measure, its mandatory content and who signs it. */
const coerciveMeasureSchema = z.strictObject({
  /** Content items (field keys of `coerciveMeasureDocument`); `null` where the seed only asks for the 法定文书. */
  items: z.array(contentItem).min(1).nullable(),
  /** `partyOrPersonPresent`: 由行政相对人或其他在场人员签字或按指印 (HS); `null` where the seed names no signer. */
  signers: z.enum(['partyOrPersonPresent']).nullable(),
  article,
});

export const profileRecordsSchema = z.strictObject({
  /** GEN-06-P: written record for every step, and the record forms per act. */
  recordMode: recordModeSchema,
  /** INIT-03-P: the initiation approval form. */
  initiation: initiationSchema.nullable(),
  /** INV-01-P: officer data and signature on investigation records. */
  officerData: officerDataSchema.nullable(),
  /** INV-02-P: investigation activity → required documents. */
  investigationDocuments: z.array(investigationDocumentSchema).min(1).nullable(),
  /** DEC-01-P: the handling opinion's mandatory content. */
  handlingOpinion: handlingOpinionSchema.nullable(),
  /** APPR-01: the internal approval chain. */
  approvalChain: approvalChainSchema.nullable(),
  /** RET-01-P: case-file retention. */
  caseFileRetention: caseFileRetentionSchema.nullable(),
  /** ACC-01-P: approval for internal access. */
  internalAccess: internalAccessSchema.nullable(),
  /** ACC-03-P: requests by the party. */
  partyAccess: partyAccessSchema.nullable(),
  /** SUP-01-P: the supervising unit. */
  supervision: supervisionSchema.nullable(),
  /** PROH-06-P: sanctions and violations. */
  accountability: accountabilitySchema.nullable(),
  /** DEC-04: collective-discussion record. */
  collectiveDiscussion: collectiveDiscussionSchema.nullable(),
  /** SERV-07: the order of service methods. */
  serviceOrder: serviceOrderSchema.nullable(),
  /** MEAS-03: advance registration and preservation. */
  advancePreservation: advancePreservationSchema.nullable(),
  /** COER-01: the social-insurance arrears notice. */
  arrearsNotice: arrearsNoticeSchema.nullable(),
  /** MEAS-01: the coercive-measure document. */
  coerciveMeasure: coerciveMeasureSchema.nullable(),
});
export type ProfileRecords = z.infer<typeof profileRecordsSchema>;
