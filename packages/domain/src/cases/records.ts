import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { addWorkingDays, endOfLocalDay } from '../calendar/workdays';
import { domainError } from '../shared/errors';
import type { Instant, LocalDate } from '../shared/time';
import type { ApprovalType } from './approvals';
import type { CaseAction } from './stages';
import type { CaseSource, EnforcementAct } from './case';
import type { CaseProcedure } from './case';

/**
 * Written records a step cannot do without. A stage action waits for a finalised document of one of the listed
 * types; some documents wait for another (EXEC-03: no compulsory execution before a served demand notice).
 */
export const actionDocuments: Partial<
  Record<CaseAction, { anyOf: readonly string[]; requirementIds: readonly string[] }>
> = {
  // DEC-06, DEC-09: the decision is issued as a 决定书 carrying every mandatory content.
  decide: { anyOf: ['decisionDocument'], requirementIds: ['DEC-06', 'DEC-09'] },
  // SIMP-01/02: the simplified procedure's 当场处罚决定书 with its own list of contents.
  decideOnSpot: { anyOf: ['onSpotPenaltyDecision'], requirementIds: ['SIMP-01', 'SIMP-02'] },
  // SERV-01: service is proved by a 送达回证, the postal proof or the public notice.
  serve: { anyOf: ['serviceReceipt', 'postalProof', 'publicNotice'], requirementIds: ['SERV-01'] },
  // INIT-08: 不予受理 is decided in writing.
  refuseAcceptance: { anyOf: ['nonAcceptanceDecision'], requirementIds: ['INIT-08'] },
  // INIT-10: a referral goes with its 移送函.
  refer: { anyOf: ['caseReferralLetter'], requirementIds: ['INIT-10'] },
  // CLOSE-01: 结案报告.
  close: { anyOf: ['caseClosingReport'], requirementIds: ['CLOSE-01'] },
};

/** Documents that may only be made once another document of the case is final (EXEC-03). */
export const documentPrerequisites: Partial<
  Record<string, { anyOf: readonly string[]; requirementIds: readonly string[] }>
> = {
  compulsoryExecutionDocument: { anyOf: ['demandNotice'], requirementIds: ['EXEC-03', 'EXEC-05'] },
  compulsoryExecutionApprovalForm: { anyOf: ['demandNotice'], requirementIds: ['EXEC-03'] },
  courtEnforcementApplication: { anyOf: ['demandNotice'], requirementIds: ['EXEC-03', 'EXEC-06'] },
};

/**
 * INIT-01: an application is accepted (立案/受理) or refused only after its written voucher or receipt (书面凭证或回执)
 * was issued; the registration itself is the case's intake.
 */
export const sourceActionDocuments: Partial<Record<CaseSource, Partial<Record<CaseAction, readonly string[]>>>> = {
  onApplication: { register: ['applicationReceipt'], refuseAcceptance: ['applicationReceipt'] },
};

/** Refuses `action` unless a finalised document of each required kind is among `finalDocumentTypes`. */
export function checkActionDocuments(
  action: CaseAction,
  finalDocumentTypes: readonly string[],
  options: { source?: CaseSource } = {},
): void {
  const needed = actionDocuments[action];
  if (needed && !needed.anyOf.some((type) => finalDocumentTypes.includes(type))) {
    throw domainError('case.document_required', { action, documents: needed.anyOf.join(' / ') });
  }
  const bySource = options.source ? sourceActionDocuments[options.source]?.[action] : undefined;
  if (bySource && !bySource.some((type) => finalDocumentTypes.includes(type))) {
    throw domainError('case.document_required', { action, documents: bySource.join(' / ') });
  }
}

/**
 * Documents that may be finalised only under an approved internal approval of the case (APPR-01): 先行登记保存
 * (MEAS-03), coercive measures (MEAS-01, 《行政强制法》第十八条), deferred payment (EXEC-08), compulsory execution
 * and the late-fee decision (COER-02, EXEC-05).
 */
export const documentApprovals: Partial<Record<string, { type: ApprovalType; requirementIds: readonly string[] }>> = {
  advancePreservationNotice: { type: 'advancePreservation', requirementIds: ['MEAS-03'] },
  coerciveMeasureDocument: { type: 'coerciveMeasure', requirementIds: ['MEAS-01'] },
  paymentDeferralNotice: { type: 'paymentDeferral', requirementIds: ['EXEC-08'] },
  compulsoryExecutionDocument: { type: 'compulsoryExecution', requirementIds: ['EXEC-05', 'COER-02'] },
  lateFeeDecision: { type: 'compulsoryExecution', requirementIds: ['COER-02'] },
};

/** Refuses to finalise a document whose approval type has no approved approval on the case. */
export function checkDocumentApproval(typeCode: string, approvedTypes: readonly ApprovalType[]): void {
  const needed = documentApprovals[typeCode];
  if (!needed || approvedTypes.includes(needed.type)) return;
  throw domainError('document.approval_required', { typeCode, type: needed.type });
}

/** What DEC-11 needs to know of a case: its kind, the activities recorded and the documents finalised. */
export type PreDecisionFacts = {
  procedure: CaseProcedure;
  act: EnforcementAct;
  activityTypes: readonly string[];
  finalDocumentTypes: readonly string[];
};

/**
 * DEC-11: a general-procedure decision is approved only once the pre-decision records exist — the handling opinion
 * (DEC-01); for a penalty the advance notice (DEC-06) and the statement-and-defence transcript or the recorded
 * waiver (DEC-07, DEC-08); and the record of every step that was taken: legal review (DEC-02), expert deliberation
 * (DEC-03), collective discussion (DEC-04), hearing transcript and report (HEAR-03, HEAR-04). Returns what is missing.
 */
export function missingPreDecisionRecords(facts: PreDecisionFacts): string[] {
  if (facts.procedure !== 'general') return [];
  const has = (type: string) => facts.finalDocumentTypes.includes(type);
  const held = (type: string) => facts.activityTypes.includes(type);
  const missing: string[] = [];
  if (!has('handlingOpinion')) missing.push('handlingOpinion');
  if (facts.act === 'penalty') {
    if (!has('advanceNotice')) missing.push('advanceNotice');
    if (!has('statementDefenceTranscript') && !held('statementDefenceWaiver')) {
      missing.push('statementDefenceTranscript');
    }
  }
  const stepRecords: [string, string][] = [
    ['legalReview', 'legalReviewRecord'],
    ['expertDeliberation', 'expertOpinion'],
    ['collectiveDiscussion', 'collectiveDiscussionRecord'],
    ['hearing', 'hearingTranscript'],
    ['hearing', 'hearingReport'],
  ];
  for (const [activity, document] of stepRecords) {
    if (held(activity) && !has(document) && !missing.includes(document)) missing.push(document);
  }
  return missing;
}

export function checkPreDecisionRecords(facts: PreDecisionFacts): void {
  const missing = missingPreDecisionRecords(facts);
  if (missing.length > 0) throw domainError('case.pre_decision_records_missing', { documents: missing.join(', ') });
}

/**
 * EXEC-02: a 责令改正 order creates a verification task due on its rectification deadline (the end of that day in
 * Asia/Shanghai). The case is flagged when no verification (改正核查) was recorded by then; a later one stays flagged.
 */
export function rectificationDueAt(rectifyBy: string): string {
  const end = new Date(`${rectifyBy}T00:00:00+08:00`);
  end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString();
}

export function isRectificationOverdue(input: { rectifyBy: string; checkedAt: string | null; now: string }): boolean {
  return Date.parse(input.checkedAt ?? input.now) >= Date.parse(rectificationDueAt(input.rectifyBy));
}

/** HEAR-04: the hearing report is made within five working days after the hearing ends. */
export const hearingReportWorkingDays = 5;

/**
 * HEAR-04: when the hearing report falls due — the fifth working day after the hearing's last day on the official
 * calendar, until 24:00 Asia/Shanghai — and whether that is provisional (a year with no published schedule).
 */
export function hearingReportDue(
  hearingEndedOn: LocalDate,
  calendar: HolidayCalendar,
): { dueOn: LocalDate; dueAt: Instant; provisional: boolean } {
  const deadline = addWorkingDays(hearingEndedOn, hearingReportWorkingDays, calendar);
  return { dueOn: deadline.due, dueAt: endOfLocalDay(deadline.due), provisional: deadline.provisional };
}

/** A deadline is missed when the act came at or after its end, or has not come and `now` is past it. */
export function isDeadlineMissed(input: { dueAt: Instant; doneAt: Instant | null; now: Instant }): boolean {
  return Date.parse(input.doneAt ?? input.now) >= Date.parse(input.dueAt);
}

/** 《行政处罚法》第六十四条, HEAR-02: the hearing notice is served at least seven days before the hearing. */
export const hearingNoticeDays = 7;

/**
 * HEAR-02: refuses a hearing held less than seven days after the notice was served, or with no served notice.
 * `noticeServedAt` is the service time on the 送达回证 whose 文号 matches the notice's.
 */
export function checkHearingNotice(input: { hearingAt: string; noticeServedAt: string | null }): void {
  if (input.noticeServedAt === null) throw domainError('hearing.notice_not_served');
  const earliest = Date.parse(input.noticeServedAt) + hearingNoticeDays * 24 * 3600 * 1000;
  if (Date.parse(input.hearingAt) < earliest) {
    throw domainError('hearing.notice_too_late', {
      servedAt: input.noticeServedAt,
      hearingAt: input.hearingAt,
      days: hearingNoticeDays,
    });
  }
}

/** Refuses to make a document of `typeCode` before its prerequisite document is final (EXEC-03). */
export function checkDocumentPrerequisites(typeCode: string, finalDocumentTypes: readonly string[]): void {
  const needed = documentPrerequisites[typeCode];
  if (!needed || needed.anyOf.some((type) => finalDocumentTypes.includes(type))) return;
  throw domainError('document.prerequisite_missing', { typeCode, documents: needed.anyOf.join(' / ') });
}
