import type { Instant } from '../shared/time';

/**
 * One line of a case's compliance checklist (issue 6): a rule of the case's profile applied to what is on record.
 * - `done`: the obligation is met.
 * - `excepted`: an exception the profile allows is on record (shown in supervision reports, AV-02).
 * - `dueSoon`: not met yet, with a deadline within the warning window.
 * - `open`: not met yet, with a deadline further away (or none yet).
 * - `missing`: not met, and nothing more can come (e.g. the activity is over and has no A/V).
 * - `overdue`: a deadline passed without it.
 * - `notice`: a fact the supervisor should see that is not itself a violation (e.g. an explained break).
 * Everything but `done` is a finding.
 */
export const complianceStatuses = ['done', 'excepted', 'notice', 'open', 'dueSoon', 'missing', 'overdue'] as const;
export type ComplianceStatus = (typeof complianceStatuses)[number];

/** How serious a finding is, for the agency's 合规 list: violations first. */
export const complianceSeverities = ['violation', 'warning', 'info'] as const;
export type ComplianceSeverity = (typeof complianceSeverities)[number];

export type ComplianceSubject = {
  type: 'case' | 'activity' | 'document' | 'avRecord' | 'approval';
  id: string;
};

export type ComplianceItem = {
  /** Stable key of the rule, e.g. `AV-01` or `AVS-01.late`; with the subject it identifies the item. */
  rule: string;
  /** The requirement of ../shared/requirements.md the rule implements. */
  requirementId: string;
  /** The article of the profile's regulation (e.g. `001 第十五条`); null where the rule is statutory, not seeded. */
  article: string | null;
  status: ComplianceStatus;
  severity: ComplianceSeverity;
  subject: ComplianceSubject;
  message: { zh: string; en: string };
  /** The users who must act: the case's handlers, the recording officer, the approver … */
  responsibleIds: string[];
  dueAt: Instant | null;
  /** The deadline depends on a year with no published holiday schedule (computed on plain weekdays). */
  provisional: boolean;
};

/** A finding is a checklist line that is not `done`. */
export function isFinding(item: ComplianceItem): boolean {
  return item.status !== 'done';
}

/** How long before a deadline an open item counts as due soon. */
export const dueSoonHours = 24;

/** `open`, `dueSoon` or `overdue` for an unmet obligation with a deadline, as of `now`. */
export function deadlineStatus(dueAt: Instant | null, now: Instant): 'open' | 'dueSoon' | 'overdue' {
  if (!dueAt) return 'open';
  const left = Date.parse(dueAt) - Date.parse(now);
  if (left <= 0) return 'overdue';
  return left <= dueSoonHours * 3_600_000 ? 'dueSoon' : 'open';
}

/** The severity that goes with a status: overdue and missing are violations, soon-due and open are warnings. */
export function severityOf(status: ComplianceStatus): ComplianceSeverity {
  if (status === 'overdue' || status === 'missing') return 'violation';
  if (status === 'dueSoon' || status === 'open') return 'warning';
  return 'info';
}
