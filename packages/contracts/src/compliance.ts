import { complianceSeverities, complianceStatuses } from '@liuhen/domain';
import { z } from 'zod';

/**
 * The compliance engine's output over HTTP (issue 6): a case's checklist, the agency's list of findings, and the
 * administrator's re-evaluation. See docs/compliance.md.
 */

const person = z.object({ id: z.string(), name: z.string() });

export const complianceItemBody = z
  .object({
    rule: z.string().meta({ description: 'Stable rule key, e.g. AV-01 or AVS-01' }),
    requirementId: z.string(),
    article: z.string().nullable().meta({ description: "The article of the case's profile, e.g. 001 第十五条" }),
    status: z.enum(complianceStatuses),
    severity: z.enum(complianceSeverities),
    subject: z.object({ type: z.enum(['case', 'activity', 'document', 'avRecord', 'approval']), id: z.string() }),
    message: z.object({ zh: z.string(), en: z.string() }),
    responsible: z.array(person),
    dueAt: z.string().nullable(),
    provisional: z.boolean().meta({ description: 'The deadline falls in a year with no published holiday schedule' }),
  })
  .meta({ id: 'ComplianceItem' });
export type ComplianceItemBody = z.infer<typeof complianceItemBody>;

export const caseChecklistBody = z
  .object({
    caseId: z.string(),
    caseNumber: z.string(),
    profileId: z.string().nullable(),
    evaluatedAt: z.string(),
    items: z.array(complianceItemBody).meta({ description: 'Every checklist line, done items included' }),
  })
  .meta({ id: 'CaseChecklist' });
export type CaseChecklistBody = z.infer<typeof caseChecklistBody>;

export const complianceListQuery = z
  .object({
    unitId: z.string().max(64).optional(),
    officerId: z.string().max(64).optional().meta({ description: 'Findings this officer is responsible for' }),
    severity: z.enum(complianceSeverities).optional(),
    rule: z.string().max(40).optional(),
    status: z.enum(complianceStatuses).optional(),
    caseId: z.string().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type ComplianceListQuery = z.infer<typeof complianceListQuery>;

export const complianceFindingBody = complianceItemBody
  .extend({
    id: z.string(),
    case: z.object({ id: z.string(), number: z.string() }),
    unit: person.nullable(),
    evaluatedAt: z.string(),
  })
  .meta({ id: 'ComplianceFinding' });
export type ComplianceFindingBody = z.infer<typeof complianceFindingBody>;

export const complianceListBody = z
  .object({
    items: z.array(complianceFindingBody),
    total: z.number().int(),
    /** Findings per severity under the same filters (the severity filter aside). */
    counts: z.object({ violation: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  })
  .meta({ id: 'ComplianceList' });
export type ComplianceListBody = z.infer<typeof complianceListBody>;

export const reevaluateBody = z.object({
  count: z.number().int(),
  /** How many of them had findings different from those stored (the others were left as they were). */
  changed: z.number().int(),
  seconds: z.number(),
});
export type ReevaluateBody = z.infer<typeof reevaluateBody>;

/** A transition despite open blocking findings: the reason and the approved 合规例外审批 that allows it. */
export const complianceOverrideSchema = z
  .object({
    reason: z.string().trim().min(1).max(2000),
    approvalId: z.string().trim().min(1).max(64),
  })
  .strict();
