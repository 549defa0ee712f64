import type { ComplianceItem } from './compliance-item';
import { isFinding } from './compliance-item';
import type { ComplianceContext, ComplianceRule } from './rule';
import { avRules } from './rules/av.rules';
import { deadlineRules } from './rules/deadline.rules';
import { measureRules } from './rules/measure.rules';
import { prerequisiteRules } from './rules/prerequisite.rules';
import { procedureRules } from './rules/procedure.rules';
import { recordModeRules } from './rules/record-mode.rules';
import { recordRules } from './rules/record.rules';
import { stageRules } from './rules/stage.rules';

/** Every rule the engine knows, in checklist order. A profile decides which apply (`applies`). */
export const complianceRules: readonly ComplianceRule[] = [
  ...recordRules,
  ...recordModeRules,
  ...avRules,
  ...deadlineRules,
  ...procedureRules,
  ...prerequisiteRules,
  ...stageRules,
  ...measureRules,
];

/**
 * The compliance engine (issue 6): a pure function of the case's profile, what is on record, the time and the
 * official calendar. Returns the whole checklist — done items too — so the case page can show what is done, missing,
 * due soon and overdue; `findingsOf` keeps the rest.
 */
export function evaluateCase(context: ComplianceContext): ComplianceItem[] {
  return complianceRules.filter((rule) => rule.applies(context.profile)).flatMap((rule) => rule.evaluate(context));
}

export function findingsOf(items: readonly ComplianceItem[]): ComplianceItem[] {
  return items.filter(isFinding);
}
