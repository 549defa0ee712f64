import { domainError } from '../shared/errors';
import type { Instant, LocalDate } from '../shared/time';
import type { CaseSource } from './case';

/** 临西 第六条 (INIT-08): complaints about a violation that ended more than two years earlier are not accepted. */
export const complaintTimeBar = {
  requirementId: 'INIT-08',
  article: '002 临西 第六条',
  years: 2,
} as const;

/** The date `years` calendar years after `date`; 29 February falls back to 28 February. */
export function addYears(date: LocalDate, years: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export type ComplaintRoute =
  | { route: 'proceed' }
  | {
      route: 'notAccepted';
      /** The stage action to take, after the 《行政处罚案件处理内部审批表》 is approved by the agency head. */
      action: 'refuseAcceptance';
      document: '不予受理决定书';
      requirementId: 'INIT-08';
      article: string;
    };

/**
 * INIT-08 (临西 第六条): a complaint received more than `years` after the violation ended takes the 不予受理 route.
 * The day exactly `years` later is still within time.
 */
export function routeComplaint(input: {
  violationEndedOn: LocalDate;
  receivedOn: LocalDate;
  years?: number;
}): ComplaintRoute {
  const { violationEndedOn, receivedOn, years = complaintTimeBar.years } = input;
  if (receivedOn <= addYears(violationEndedOn, years)) return { route: 'proceed' };
  return {
    route: 'notAccepted',
    action: 'refuseAcceptance',
    document: '不予受理决定书',
    requirementId: 'INIT-08',
    article: complaintTimeBar.article,
  };
}

/** INIT-05/06: complaints and reports whose author gave their name must be told when no procedure is started. */
export function requiresComplainantNotice(source: CaseSource, realName: boolean): boolean {
  return realName && (source === 'complaint' || source === 'report');
}

export type ComplainantNotice = { notifiedOn: LocalDate; method: string };

/** INIT-06: refuses to decline a real-name complaint or report until the notice to its author is recorded. */
export function checkNonRegistrationNotice(input: {
  source: CaseSource;
  realName: boolean;
  notice: ComplainantNotice | null;
}): void {
  const { source, realName, notice } = input;
  if (!requiresComplainantNotice(source, realName)) return;
  if (!notice || !notice.notifiedOn || !notice.method.trim()) {
    throw domainError('case.complainant_notice_required', { source });
  }
}

/** INIT-07 (衡山 第十一条, 抚顺 第七条): an emergency start is reported and approved within 24 hours. */
export const retroApprovalWindowHours = 24;

const hourMs = 60 * 60 * 1000;

function millisOf(instant: Instant): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw domainError('request.invalid', { issues: `not an instant: ${instant}` });
  return ms;
}

/** INIT-07: when the retrospective approval of an emergency start falls due. */
export function retroApprovalDue(startedAt: Instant): Instant {
  return new Date(millisOf(startedAt) + retroApprovalWindowHours * hourMs).toISOString();
}

/**
 * INIT-07: overdue when the approval came after the deadline, or has not come and `now` is past it.
 * An approval exactly at the deadline is on time.
 */
export function isRetroApprovalOverdue(startedAt: Instant, approvedAt: Instant | null, now: Instant): boolean {
  const due = millisOf(retroApprovalDue(startedAt));
  return millisOf(approvedAt ?? now) > due;
}
