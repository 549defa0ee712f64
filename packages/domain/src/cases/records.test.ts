import { describe, expect, it } from 'vitest';
import { createOfficialCalendar } from '../calendar/schedules/index';
import { caught } from '../shared/test-support';
import { checkActivity } from './activities';
import {
  checkActionDocuments,
  checkDocumentApproval,
  checkDocumentPrerequisites,
  checkHearingNotice,
  checkPreDecisionRecords,
  hearingReportDue,
  isDeadlineMissed,
  isRectificationOverdue,
  rectificationDueAt,
  missingPreDecisionRecords,
  type PreDecisionFacts,
} from './records';

describe('DEC-06, SERV-01, CLOSE-01, INIT-08, INIT-10: stage actions wait for their finalised document', () => {
  it.each([
    ['decide', 'decisionDocument'],
    ['decideOnSpot', 'onSpotPenaltyDecision'],
    ['serve', 'serviceReceipt'],
    ['serve', 'publicNotice'],
    ['refuseAcceptance', 'nonAcceptanceDecision'],
    ['refer', 'caseReferralLetter'],
    ['close', 'caseClosingReport'],
  ] as const)('refuses %s without a final %s, and allows it with one', (action, document) => {
    expect(caught(() => checkActionDocuments(action, []))).toMatchObject({
      code: 'case.document_required',
      details: { action },
    });
    expect(() => checkActionDocuments(action, [document])).not.toThrow();
  });

  it('lets actions without a document rule pass', () => {
    expect(() => checkActionDocuments('endInvestigation', [])).not.toThrow();
  });

  it('INIT-01: an application is accepted or refused only after its written receipt was issued', () => {
    expect(caught(() => checkActionDocuments('register', [], { source: 'onApplication' }))).toMatchObject({
      code: 'case.document_required',
      details: { documents: 'applicationReceipt' },
    });
    expect(() => checkActionDocuments('register', ['applicationReceipt'], { source: 'onApplication' })).not.toThrow();
    expect(() => checkActionDocuments('register', [], { source: 'complaint' })).not.toThrow();
    expect(
      caught(() => checkActionDocuments('refuseAcceptance', ['nonAcceptanceDecision'], { source: 'onApplication' })),
    ).toMatchObject({ code: 'case.document_required', details: { documents: 'applicationReceipt' } });
  });
});

describe('EXEC-03: compulsory execution only after a finalised demand notice', () => {
  it.each(['compulsoryExecutionDocument', 'courtEnforcementApplication', 'compulsoryExecutionApprovalForm'])(
    'refuses %s before the demand notice and allows it after',
    (typeCode) => {
      expect(caught(() => checkDocumentPrerequisites(typeCode, ['decisionDocument']))).toMatchObject({
        code: 'document.prerequisite_missing',
        details: { typeCode, documents: 'demandNotice' },
      });
      expect(() => checkDocumentPrerequisites(typeCode, ['demandNotice'])).not.toThrow();
    },
  );
});

describe('MEAS-03, MEAS-01, EXEC-08, COER-02: some documents are finalised only under an approved approval', () => {
  it.each([
    ['advancePreservationNotice', 'advancePreservation'],
    ['coerciveMeasureDocument', 'coerciveMeasure'],
    ['paymentDeferralNotice', 'paymentDeferral'],
    ['compulsoryExecutionDocument', 'compulsoryExecution'],
    ['lateFeeDecision', 'compulsoryExecution'],
  ] as const)('%s needs an approved %s approval', (typeCode, type) => {
    expect(caught(() => checkDocumentApproval(typeCode, ['registration']))).toMatchObject({
      code: 'document.approval_required',
      details: { typeCode, type },
    });
    expect(() => checkDocumentApproval(typeCode, [type])).not.toThrow();
  });

  it('leaves other documents alone', () => {
    expect(() => checkDocumentApproval('inquiryTranscript', [])).not.toThrow();
  });
});

describe('DEC-11: a general-procedure decision needs its pre-decision records', () => {
  const base: PreDecisionFacts = { procedure: 'general', act: 'penalty', activityTypes: [], finalDocumentTypes: [] };
  const complete = ['handlingOpinion', 'advanceNotice', 'statementDefenceTranscript'];

  it('lists the handling opinion (DEC-01), advance notice (DEC-06) and statement record (DEC-08) of a penalty', () => {
    expect(missingPreDecisionRecords(base)).toEqual(['handlingOpinion', 'advanceNotice', 'statementDefenceTranscript']);
    expect(caught(() => checkPreDecisionRecords(base))).toMatchObject({
      code: 'case.pre_decision_records_missing',
      details: { documents: 'handlingOpinion, advanceNotice, statementDefenceTranscript' },
    });
    expect(missingPreDecisionRecords({ ...base, finalDocumentTypes: complete })).toEqual([]);
  });

  it('DEC-07: a recorded waiver replaces the statement-and-defence transcript', () => {
    const waived = {
      ...base,
      activityTypes: ['statementDefenceWaiver'],
      finalDocumentTypes: ['handlingOpinion', 'advanceNotice'],
    };
    expect(missingPreDecisionRecords(waived)).toEqual([]);
  });

  it('DEC-02, DEC-03, DEC-04, HEAR-03, HEAR-04: each step taken needs its record', () => {
    const steps = {
      ...base,
      activityTypes: ['legalReview', 'expertDeliberation', 'collectiveDiscussion', 'hearing'],
      finalDocumentTypes: complete,
    };
    expect(missingPreDecisionRecords(steps)).toEqual([
      'legalReviewRecord',
      'expertOpinion',
      'collectiveDiscussionRecord',
      'hearingTranscript',
      'hearingReport',
    ]);
    expect(
      missingPreDecisionRecords({
        ...steps,
        finalDocumentTypes: [
          ...complete,
          'legalReviewRecord',
          'expertOpinion',
          'collectiveDiscussionRecord',
          'hearingTranscript',
          'hearingReport',
        ],
      }),
    ).toEqual([]);
  });

  it('asks only the handling opinion of a non-penalty decision, and nothing of the simplified procedure', () => {
    expect(missingPreDecisionRecords({ ...base, act: 'licensing' })).toEqual(['handlingOpinion']);
    expect(missingPreDecisionRecords({ ...base, procedure: 'simplified' })).toEqual([]);
  });
});

describe('HEAR-02: the hearing notice is served at least seven days before the hearing', () => {
  it('refuses a hearing without a served notice', () => {
    expect(
      caught(() => checkHearingNotice({ hearingAt: '2026-12-10T09:00:00+08:00', noticeServedAt: null })),
    ).toMatchObject({ code: 'hearing.notice_not_served' });
  });

  it('refuses a hearing six days and 23 hours after service, and allows one exactly seven days after', () => {
    expect(
      caught(() =>
        checkHearingNotice({ hearingAt: '2026-12-08T08:59:00+08:00', noticeServedAt: '2026-12-01T09:00:00+08:00' }),
      ),
    ).toMatchObject({ code: 'hearing.notice_too_late', details: { days: 7 } });
    expect(() =>
      checkHearingNotice({ hearingAt: '2026-12-08T09:00:00+08:00', noticeServedAt: '2026-12-01T09:00:00+08:00' }),
    ).not.toThrow();
  });
});

describe('INV-04, DEC-07: a refusal to be investigated and a waiver say who, when and what', () => {
  const activity = {
    startedAt: '2026-11-23T10:00:00+08:00',
    officers: [{ userId: 'a', certificateShown: true }],
  };

  it.each(['refusalOfInvestigation', 'statementDefenceWaiver'] as const)('refuses %s without a description', (type) => {
    const stage = type === 'refusalOfInvestigation' ? 'investigation' : 'review';
    expect(
      caught(() => checkActivity({ activity: { ...activity, type }, stage, uncertifiedOfficerNames: [] })),
    ).toMatchObject({ code: 'activity.summary_required', details: { type } });
    expect(() =>
      checkActivity({
        activity: { ...activity, type, summary: '当事人法定代表人周某拒绝提供工资发放记录' },
        stage,
        uncertifiedOfficerNames: [],
      }),
    ).not.toThrow();
  });
});

describe('EXEC-02: the rectification verification is due at the end of the deadline day (Asia/Shanghai)', () => {
  it('puts the due time at midnight Beijing time after the deadline day', () => {
    expect(rectificationDueAt('2026-11-24')).toBe('2026-11-24T16:00:00.000Z');
  });

  it('flags a case with no verification once the day is over, and one verified late', () => {
    const rectifyBy = '2026-11-24';
    expect(isRectificationOverdue({ rectifyBy, checkedAt: null, now: '2026-11-24T15:59:59.999Z' })).toBe(false);
    expect(isRectificationOverdue({ rectifyBy, checkedAt: null, now: '2026-11-24T16:00:00.000Z' })).toBe(true);
    expect(
      isRectificationOverdue({ rectifyBy, checkedAt: '2026-11-25T01:00:00.000Z', now: '2026-11-30T00:00:00.000Z' }),
    ).toBe(true);
  });

  it('keeps a case verified on the deadline day clear', () => {
    expect(
      isRectificationOverdue({
        rectifyBy: '2026-11-24',
        checkedAt: '2026-11-24T07:00:00.000Z',
        now: '2026-12-30T00:00:00.000Z',
      }),
    ).toBe(false);
  });
});

describe('HEAR-04: the hearing report is due five working days after the hearing', () => {
  const calendar = createOfficialCalendar();

  it('counts working days on the official calendar across the 2025 National Day holiday and its make-up Saturday', () => {
    // 1–8 October 2025 are off; Saturday 11 October is a make-up working day.
    expect(hearingReportDue('2025-09-30', calendar)).toEqual({
      dueOn: '2025-10-14',
      dueAt: '2025-10-14T16:00:00.000Z',
      provisional: false,
    });
  });

  it('counts an ordinary week in 2026 and marks a year without a published schedule as provisional', () => {
    expect(hearingReportDue('2026-11-10', calendar)).toMatchObject({ dueOn: '2026-11-17', provisional: false });
    expect(hearingReportDue('2031-03-03', calendar)).toMatchObject({ dueOn: '2031-03-10', provisional: true });
  });

  it('is missed when no report came by 24:00 of the due day, or it came later; met when it came in time', () => {
    const dueAt = '2026-11-17T16:00:00.000Z';
    expect(isDeadlineMissed({ dueAt, doneAt: null, now: '2026-11-17T15:59:59.000Z' })).toBe(false);
    expect(isDeadlineMissed({ dueAt, doneAt: null, now: '2026-11-17T16:00:00.000Z' })).toBe(true);
    expect(isDeadlineMissed({ dueAt, doneAt: '2026-11-18T01:00:00.000Z', now: '2026-12-01T00:00:00.000Z' })).toBe(true);
    expect(isDeadlineMissed({ dueAt, doneAt: '2026-11-17T09:00:00.000Z', now: '2026-12-01T00:00:00.000Z' })).toBe(
      false,
    );
  });
});
