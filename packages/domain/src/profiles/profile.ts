import { z } from 'zod';
import { avsDeadlineRules } from '../av/deadlines';
import { activityTypeCodes, type ActivityType } from '../cases/activities';
import { caseProcedures, enforcementActs } from '../cases/case';
import { caseActions } from '../cases/stages';
import { profileCodes } from '../documents/document-type';
import { profileRecordsSchema } from './profile-records';

/**
 * A jurisdiction profile (GEN-01): one regulation as data. It names its issuer and legal basis, and holds every
 * parameter the rules read — which activities need A/V and how (AV-01-P), the exceptions (AV-02-P, AV-10), the
 * storage deadline and custody (AVS-01-P, AVS-02, AVS-07) … — each with the article it comes from. Profiles are
 * YAML or JSON files loaded at run time (see the server's profile loader); this schema is their contract and is
 * published as JSON Schema (`profileJsonSchema`). `null` means the seed is silent: the rule is not enforced.
 */

/** Where a rule comes from: the seed's number and the article, e.g. `001 第十五条` or `002 第二十二条(五)`. */
export const articleSchema = z
  .string()
  .trim()
  .regex(/^\S+ 第[一二三四五六七八九十百零〇]+条/, '形如「001 第十五条」/ like "001 第十五条"')
  .max(120)
  .meta({ description: '来源条款，如「001 第十五条」' });

const label = z.strictObject({ zh: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) });
const text = (max: number) => z.string().trim().min(1).max(max);

/** Activity variants the A/V matrix distinguishes (service method, kind of measure, execution method). */
export const serviceMethods = [
  'direct',
  'lodged',
  'postal',
  'entrusted',
  'forwarded',
  'publicNotice',
  'electronic',
] as const;
export const coerciveMeasureKinds = ['restrictFreedom', 'sealUp', 'seize', 'freeze', 'other'] as const;
export const executionMethods = [
  'additionalFine',
  'transfer',
  'auction',
  'restoration',
  'substitutePerformance',
  'other',
] as const;

/**
 * AV-01-P levels. R: at least one linked A/V record. W: A/V covering the activity from start to end. C: one
 * uninterrupted recording covering it (segments split by the device within the tolerance count as one). WS: W where
 * conditions allow, otherwise the reason, A/V of the key steps and the written record (XG 第十七条, AV-10).
 * O (optional), L (listed, not enforced), T (text only): nothing is required.
 */
export const avLevels = ['R', 'W', 'C', 'WS', 'O', 'L', 'T'] as const;
export type AvLevel = (typeof avLevels)[number];

const avRuleConditionSchema = z.strictObject({
  procedure: z.enum(caseProcedures).optional(),
  act: z.array(z.enum(enforcementActs)).min(1).optional(),
  /** The officer flagged the step as likely to cause an administrative dispute (容易引起行政争议). */
  disputeProne: z.literal(true).optional(),
  /** Service entering the home or premises (入户直接送达, LX 第十八条). */
  enteringPremises: z.literal(true).optional(),
  serviceMethod: z.array(z.enum(serviceMethods)).min(1).optional(),
  measureKind: z.array(z.enum(coerciveMeasureKinds)).min(1).optional(),
  executionMethod: z.array(z.enum(executionMethods)).min(1).optional(),
});
export type AvRuleCondition = z.infer<typeof avRuleConditionSchema>;

export const avRequirementRuleSchema = z.strictObject({
  /** The activity type, or `*` for every activity that meets the condition. */
  activity: z.union([z.enum(activityTypeCodes as [ActivityType, ...ActivityType[]]), z.literal('*')]),
  when: avRuleConditionSchema.optional(),
  level: z.enum(avLevels),
  article: articleSchema,
  note: text(300).optional(),
});
export type AvRequirementRule = z.infer<typeof avRequirementRuleSchema>;

const keyContentItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  zh: text(200),
  en: text(200),
  /** Only for activities outside the office premises (AV-09). */
  offPremisesOnly: z.boolean().optional(),
  /** Where the item comes from, when not the checklist's own article. */
  article: articleSchema.optional(),
});

/** AV-08: what an A/V record may be required to state before it joins a case. */
export const caseMetadataFields = [
  'capturedFrom',
  'capturedTo',
  'place',
  'purpose',
  'maker',
  'persons',
  'summary',
] as const;

const avSchema = z.strictObject({
  /** AV-01-P: the A/V matrix; when several rules match an activity, the strictest applies. */
  requirements: z.array(avRequirementRuleSchema),
  /** AV-02-P: the 「不适宜音像记录」 exception, and whether it needs a written reason. */
  unsuitableException: z.strictObject({ reasonRequired: z.boolean(), article: articleSchema }).nullable(),
  /** AV-10: objective conditions prevent whole-process recording → reason, key-step A/V and written record. */
  objectiveLimitation: z.strictObject({ article: articleSchema }).nullable(),
  /** AV-03: segments split by the device within this many seconds count as one recording. */
  continuity: z.strictObject({
    toleranceSeconds: z.number().min(0).max(600),
    /** LX: every body-cam recording at one place is one continuous record, required or not. */
    everyBodyCamRecording: z.boolean(),
    article: articleSchema.nullable(),
  }),
  /** AV-05-P (and AV-09): the key content to capture, ticked item by item per recording. */
  keyContent: z.strictObject({ items: z.array(keyContentItemSchema).min(1), article: articleSchema }).nullable(),
  /** AV-06: body-cam mounting must be recorded; handheld or fixed needs the key-content item filmed. */
  mounting: z.strictObject({ article: articleSchema }).nullable(),
  /** AV-07-P: the announcement that recording is taking place. */
  announcement: z
    .strictObject({
      /** `everyBodyCamRecording` (LX) or only the listed activities (XG). */
      scope: z.enum(['everyBodyCamRecording', 'listedActivities']),
      activities: z.array(z.enum(activityTypeCodes as [ActivityType, ...ActivityType[]])).optional(),
      wording: text(300).nullable(),
      article: articleSchema,
    })
    .nullable(),
  /** AV-08: metadata an A/V record must carry before it is accepted into a case. */
  caseMetadata: z
    .strictObject({
      fields: z.array(z.enum(caseMetadataFields)).min(1),
      article: articleSchema,
    })
    .nullable(),
  /** AV-11: the party reviews the recording and signs (or a refusal is noted). */
  partyReview: z
    .strictObject({
      activities: z.array(z.enum(activityTypeCodes as [ActivityType, ...ActivityType[]])).min(1),
      article: articleSchema,
    })
    .nullable(),
});

const avStorageSchema = z.strictObject({
  /** AVS-01-P: the normal deadline and its anchor. */
  rule: z.enum(avsDeadlineRules.filter((rule) => rule !== 'afterReturn24h') as ['hours24', ...string[]]),
  anchor: z.enum(['recordComplete', 'recordDay', 'matterEnd', 'dayEnd']),
  article: articleSchema,
  /** AVS-01-P: continuous or remote work → 24 h after returning to the unit, with a written reason. */
  returnException: z.strictObject({ article: articleSchema }).nullable(),
  /** AVS-02: who may hold the material after the deadline. */
  custody: z.strictObject({
    /** `never`: after the deadline only the system or the unit may hold it; `notStated`: the seed is silent. */
    officerMayHold: z.enum(['never', 'untilMonthlyHandover', 'notStated']),
    designatedStaffAllowed: z.boolean(),
    article: articleSchema.nullable(),
  }),
  /** AVS-07: hand-over of the month's material to the designated custodian in the month's last week. */
  monthlyHandover: z.strictObject({ article: articleSchema }).nullable(),
  /** AVS-04: evidence A/V copied to a medium with a written explanation in the case file. */
  evidenceCopy: z.strictObject({ article: articleSchema }).nullable(),
  /** RET-02-P: minimum retention of A/V material, and of daily-patrol footage, in months. */
  retention: z.strictObject({
    minimumMonths: z.number().int().positive().nullable(),
    patrolMinimumMonths: z.number().int().positive().nullable(),
    article: articleSchema.nullable(),
  }),
});

/** Deadlines the case rules read (issue 6); `null` where the seed is silent. */
const deadlinesSchema = z.strictObject({
  /** INIT-07-P: an emergency start is reported and approved retrospectively within this many hours. */
  emergencyRetroApproval: z
    .strictObject({ hours: z.number().int().positive(), approver: text(100), article: articleSchema })
    .nullable(),
  /** HEAR-02: the hearing notice is served at least this many days before the hearing. */
  hearingNotice: z.strictObject({ days: z.number().int().positive(), article: articleSchema }).nullable(),
  /** HEAR-04: the hearing report is made within this many working days after the hearing. */
  hearingReport: z.strictObject({ workingDays: z.number().int().positive(), article: articleSchema }).nullable(),
  /** EXEC-02: the rectification is verified on its deadline (按期). */
  rectificationCheck: z.strictObject({ article: articleSchema }).nullable(),
  /** ARCH-01-P: the case file is archived within this many days of the end of the enforcement act. */
  archive: z
    .strictObject({
      days: z.number().int().positive(),
      /** `termination` 行政执法行为终结之日 (closing or termination); `completion` 办理完毕之日 (LX). */
      anchor: z.enum(['termination', 'completion']),
      /** A period set by a specific law prevails (法律、法规、规章有具体要求的，从其规定). */
      specificLawPrevails: z.boolean(),
      article: articleSchema,
    })
    .nullable(),
});
export type ProfileDeadlines = z.infer<typeof deadlinesSchema>;

/**
 * Which compliance findings block which stage transitions (issue 6). An open finding of a listed rule refuses the
 * transition unless an override with a reason and an approved 合规例外 approval is recorded.
 */
const complianceSchema = z.strictObject({
  blockTransitions: z.array(
    z.strictObject({
      action: z.enum(caseActions),
      rules: z.array(z.string().regex(/^[A-Z]{2,5}-\d{2}(\.[a-zA-Z]+)?$/)).min(1),
    }),
  ),
});

export const profileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Stable identifier, named for the issuer (`hengshan`, `linxi-hrss` …). */
  id: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, '小写字母、数字和连字符 / lowercase letters, digits and hyphens'),
  /** The built-in rule family the document catalogue follows (the seed this profile is, or is closest to). */
  family: z.enum(profileCodes),
  /** Bumped whenever the profile's rules change; a case keeps the version it was created under. */
  version: z.number().int().positive(),
  name: label,
  /** GEN-01: the issuing body and the legal basis named in 第一条. */
  issuer: text(200),
  issuedOn: z.iso.date().nullable(),
  source: z.strictObject({
    seed: text(20),
    title: text(300),
    legalBasis: text(500).nullable(),
    article: articleSchema,
  }),
  /** GEN-02-P: enforcement acts in scope; `null` = not enumerated (everything the agency does). */
  scope: z.strictObject({
    acts: z.array(z.enum(enforcementActs)).min(1).nullable(),
    article: articleSchema.nullable(),
    /**
     * MEAS-01 (FS 第十四条): only an agency holding coercive power (具有行政强制权) may take a coercive measure;
     * `held` is the agency's configuration. `null` where the seed does not restrict it.
     */
    coercivePower: z.strictObject({ held: z.boolean(), article: articleSchema }).nullable(),
  }),
  av: avSchema,
  avStorage: avStorageSchema,
  deadlines: deadlinesSchema,
  compliance: complianceSchema,
  /** Issue 6: what the written records contain, approval, access, supervision, sanctions (profile-records.ts). */
  records: profileRecordsSchema,
});
export type Profile = z.infer<typeof profileSchema>;

/** The published JSON Schema of a profile file (served at /api/profiles/schema, copied to profiles/). */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(profileSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** A problem in a profile file: the key path (`av.requirements[3].level`) and what is wrong. */
export type ProfileIssue = { path: string; message: string };

function keyPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/**
 * Checks a parsed profile file. Returns the profile, or every problem with the key it concerns, so a load error can
 * name the key (issue 6: 「配置文件某键错误」). Beyond the schema: rule articles must cite the profile's own seed, and
 * the announcement's listed activities must be given when its scope is `listedActivities`.
 */
export function parseProfile(input: unknown): { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] } {
  const result = profileSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        path: keyPath(issue.path) || '(root)',
        message: issue.message,
      })),
    };
  }
  const profile = result.data;
  const issues: ProfileIssue[] = [];
  const seed = profile.source.seed;
  profile.av.requirements.forEach((rule, index) => {
    if (!rule.article.startsWith(`${seed} `)) {
      issues.push({ path: `av.requirements[${index}].article`, message: `应引用本规定（${seed}）的条款` });
    }
  });
  const announcement = profile.av.announcement;
  if (announcement?.scope === 'listedActivities' && !announcement.activities?.length) {
    issues.push({ path: 'av.announcement.activities', message: '范围为 listedActivities 时须列出活动类型' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, profile };
}
