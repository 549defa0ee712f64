import { describe, expect, it } from 'vitest';
import type { ProfileCode } from '../../documents/document-type';
import type { Profile } from '../../profiles/profile';
import type { CaseSnapshot } from '../case-snapshot';
import { activityOf, contextOf, documentOf, profileOf, snapshotOf } from '../compliance-fixture';
import type { ComplianceItem } from '../compliance-item';
import { evaluateCase } from '../evaluate';
import type { ComplianceRule } from '../rule';
import { advancePreservationRule, arrearsNoticeRule, coerciveMeasureRule } from './measure.rules';
import { collectiveDiscussionRule, serviceOrderRule } from './stage.rules';

const now = '2026-03-10T01:00:00.000Z';
const registered = { action: 'register', at: '2026-03-02T01:00:00.000Z' };
const investigationEnded = { action: 'endInvestigation', at: '2026-03-03T01:00:00.000Z' };
const decided = { action: 'decide', at: '2026-03-05T01:00:00.000Z' };
const inReview: Partial<CaseSnapshot> = { stage: 'review', events: [registered, investigationEnded] };
const afterDecision: Partial<CaseSnapshot> = { stage: 'service', events: [registered, investigationEnded, decided] };

/** The family's fixture profile with the stage tables of its YAML file (profiles/*.yaml), as the rules read them. */
const stageRecords: Record<ProfileCode, Partial<Profile['records']>> = {
  BX: {
    collectiveDiscussion: {
      signedByEveryParticipant: false,
      mandatoryWhenMajorComplex: false,
      article: '000 第十三条',
    },
    serviceOrder: { steps: [{ method: 'publicNotice', after: ['otherMethodsFailed'] }], article: '000 第十九条' },
  },
  HS: {
    collectiveDiscussion: { signedByEveryParticipant: true, mandatoryWhenMajorComplex: false, article: '001 第二十条' },
    coerciveMeasure: {
      items: [
        { id: 'reason', zh: '采取行政强制措施的理由' },
        { id: 'opinionHeard', zh: '决定作出前听取行政相对人意见的情况' },
        { id: 'service', zh: '行政执法文书送达情况' },
      ],
      signers: 'partyOrPersonPresent',
      article: '001 第十四条',
    },
  },
  LX: {
    collectiveDiscussion: { signedByEveryParticipant: false, mandatoryWhenMajorComplex: true, article: '002 第九条' },
    serviceOrder: {
      steps: [
        { method: 'lodged', after: ['refused'] },
        { method: 'entrusted', after: ['directImpossible'] },
        { method: 'postal', after: ['directImpossible'] },
        { method: 'publicNotice', after: ['directImpossible', 'postalImpossible', 'entrustedImpossible'] },
      ],
      article: '002 第十八条',
    },
    advancePreservation: { approvalBeforeNotice: true, defaultPeriodDays: 7, article: '002 第七条' },
    arrearsNotice: { issueWithinWorkingDays: 5, paymentWorkingDays: 5, article: '002 第十三条' },
  },
  FS: {
    collectiveDiscussion: {
      signedByEveryParticipant: false,
      mandatoryWhenMajorComplex: false,
      article: '003 第十八条',
    },
    serviceOrder: { steps: [{ method: 'publicNotice', after: ['otherMethodsFailed'] }], article: '003 第二十六条' },
    coerciveMeasure: { items: null, signers: null, article: '003 第十四条' },
  },
  XG: {},
};

function stageProfile(family: ProfileCode, coercivePower: boolean | null = null): Profile {
  const base = profileOf(family);
  return profileOf(family, {
    records: { ...base.records, ...stageRecords[family] },
    scope: {
      ...base.scope,
      coercivePower: coercivePower === null ? null : { held: coercivePower, article: '003 第十四条' },
    },
  });
}

function run(rule: ComplianceRule, profile: Profile, snapshot: CaseSnapshot, at = now): ComplianceItem[] {
  return rule.applies(profile) ? rule.evaluate(contextOf(profile, snapshot, at)) : [];
}

function only(rule: ComplianceRule, profile: Profile, snapshot: CaseSnapshot, at = now): ComplianceItem {
  const items = run(rule, profile, snapshot, at);
  expect(items).toHaveLength(1);
  return items[0] as ComplianceItem;
}

function byRule(items: readonly ComplianceItem[], rule: string): ComplianceItem {
  const item = items.find((entry) => entry.rule === rule);
  expect(item, rule).toBeDefined();
  return item as ComplianceItem;
}

// ---------------------------------------------------------------------------------------------------------------

const discussion = activityOf({
  id: 'cd-1',
  type: 'collectiveDiscussion',
  startedAt: '2026-03-04T02:00:00.000Z',
  endedAt: '2026-03-04T03:00:00.000Z',
});

function discussionRecord(signers: string[], overrides: Partial<CaseSnapshot['documents'][number]> = {}) {
  return documentOf({
    typeCode: 'collectiveDiscussionRecord',
    activityId: 'cd-1',
    data: { participants: [{ name: '王局长' }, { name: '赵科长' }], conclusion: '拟罚款' },
    signatures: signers.map((name) => ({ role: 'participant', name, signed: true })),
    updatedAt: '2026-03-04T04:00:00.000Z',
    ...overrides,
  });
}

describe('DEC-04: a collective discussion has its record, signed by every participant (HS), before the decision (LX)', () => {
  it('DEC-04 (HS 第二十条): a record a participant has not signed is open in review and names who has not signed', () => {
    const item = only(
      collectiveDiscussionRule,
      stageProfile('HS'),
      snapshotOf({ ...inReview, activities: [discussion], documents: [discussionRecord(['王局长'])] }),
    );
    expect(item).toMatchObject({ rule: 'DEC-04', status: 'open', article: '001 第二十条' });
    expect(item.subject).toEqual({ type: 'activity', id: 'cd-1' });
    expect(item.message.zh).toContain('参加人员未签名：赵科长');
  });

  it('DEC-04 (HS 第二十条): it is missing once the case is decided', () => {
    const item = only(
      collectiveDiscussionRule,
      stageProfile('HS'),
      snapshotOf({ ...afterDecision, activities: [discussion], documents: [discussionRecord(['王局长'])] }),
    );
    expect(item).toMatchObject({ rule: 'DEC-04', status: 'missing', severity: 'violation', article: '001 第二十条' });
  });

  it('DEC-04 (HS 第二十条): signed by every participant it is done', () => {
    const item = only(
      collectiveDiscussionRule,
      stageProfile('HS'),
      snapshotOf({ ...afterDecision, activities: [discussion], documents: [discussionRecord(['王局长', '赵科长'])] }),
    );
    expect(item).toMatchObject({ rule: 'DEC-04', status: 'done', article: '001 第二十条' });
  });

  it('DEC-04 (BX 第十三条): BX asks for the record, not the signatures; a discussion without one is missing after the decision', () => {
    const profile = stageProfile('BX');
    expect(
      only(collectiveDiscussionRule, profile, snapshotOf({ ...afterDecision, activities: [discussion] })),
    ).toMatchObject({ status: 'missing', article: '000 第十三条' });
    expect(
      only(
        collectiveDiscussionRule,
        profile,
        snapshotOf({ ...afterDecision, activities: [discussion], documents: [discussionRecord([])] }),
      ),
    ).toMatchObject({ status: 'done', article: '000 第十三条' });
  });

  it('DEC-04 (LX 第九条): a major or complex case in review without a record is open, and that finding is what blocks decide', () => {
    const items = run(collectiveDiscussionRule, stageProfile('LX'), snapshotOf({ ...inReview, majorComplex: true }));
    expect(items).toEqual([
      expect.objectContaining({
        rule: 'DEC-04.mandatory',
        requirementId: 'DEC-04',
        status: 'open',
        article: '002 第九条',
        subject: { type: 'case', id: 'case-1' },
      }),
    ]);
    const blocking = stageProfile('LX');
    expect(evaluateCase(contextOf(blocking, snapshotOf({ ...inReview, majorComplex: true }), now))).toContainEqual(
      expect.objectContaining({ rule: 'DEC-04.mandatory', status: 'open' }),
    );
  });

  it('DEC-04 (LX 第九条): once decided, a record finalised only after the decision leaves it missing', () => {
    const late = discussionRecord([], { activityId: null, updatedAt: '2026-03-06T01:00:00.000Z' });
    const item = only(
      collectiveDiscussionRule,
      stageProfile('LX'),
      snapshotOf({ ...afterDecision, majorComplex: true, documents: [late] }),
    );
    expect(item).toMatchObject({ rule: 'DEC-04.mandatory', status: 'missing', article: '002 第九条' });
    expect(item.message.zh).toContain('作出决定前');
  });

  it('DEC-04 (LX 第九条): a final record made before the decision satisfies it; a case not flagged has no item', () => {
    const record = discussionRecord([], { activityId: null });
    expect(
      only(
        collectiveDiscussionRule,
        stageProfile('LX'),
        snapshotOf({ ...afterDecision, majorComplex: true, documents: [record] }),
      ),
    ).toMatchObject({ rule: 'DEC-04.mandatory', status: 'done', article: '002 第九条' });
    expect(run(collectiveDiscussionRule, stageProfile('LX'), snapshotOf({ ...inReview }))).toEqual([]);
  });

  it('DEC-04 (LX 第九条): a record finalised before the decision and corrected after it still counts', () => {
    const corrected = discussionRecord([], {
      activityId: null,
      finalisedAt: '2026-03-04T04:00:00.000Z',
      updatedAt: '2026-03-06T01:00:00.000Z',
    });
    expect(
      only(
        collectiveDiscussionRule,
        stageProfile('LX'),
        snapshotOf({ ...afterDecision, majorComplex: true, documents: [corrected] }),
      ),
    ).toMatchObject({ rule: 'DEC-04.mandatory', status: 'done' });
  });

  it('DEC-04: XG states no collective-discussion record, so the rule is silent', () => {
    expect(collectiveDiscussionRule.applies(stageProfile('XG'))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------

function served(typeCode: string, data: Record<string, unknown>, updatedAt: string, id = `doc-${typeCode}`) {
  return documentOf({ id, typeCode, data, updatedAt });
}

describe('SERV-07: the order of service methods', () => {
  it('SERV-07 (LX 第十八条): postal service without a record that direct service was impossible is missing', () => {
    const item = only(
      serviceOrderRule,
      stageProfile('LX'),
      snapshotOf({ documents: [served('postalProof', { mailType: 'express' }, '2026-03-05T01:00:00.000Z')] }),
    );
    expect(item).toMatchObject({ rule: 'SERV-07', status: 'missing', article: '002 第十八条' });
    expect(item.subject).toEqual({ type: 'document', id: 'doc-postalProof' });
    expect(item.message.zh).toContain('邮寄送达前须有无法直接送达的记录');
  });

  it('SERV-07 (LX 第十八条): postal service recording that direct service was impossible is done; direct service has no item', () => {
    const documents = [
      served('serviceReceipt', { method: 'direct' }, '2026-03-04T01:00:00.000Z'),
      served('postalProof', { directImpossible: true }, '2026-03-05T01:00:00.000Z'),
    ];
    expect(only(serviceOrderRule, stageProfile('LX'), snapshotOf({ documents }))).toMatchObject({
      status: 'done',
      subject: { type: 'document', id: 'doc-postalProof' },
      article: '002 第十八条',
    });
  });

  it('SERV-07 (LX 第十八条): lodged service needs the recorded refusal', () => {
    const profile = stageProfile('LX');
    const bare = served('serviceReceipt', { method: 'lodged' }, '2026-03-05T01:00:00.000Z');
    expect(only(serviceOrderRule, profile, snapshotOf({ documents: [bare] }))).toMatchObject({
      status: 'missing',
      article: '002 第十八条',
    });
    const refused = served(
      'serviceReceipt',
      { method: 'lodged', refusalReason: '称负责人不在', refusalDate: '2026-03-05' },
      '2026-03-05T01:00:00.000Z',
    );
    expect(only(serviceOrderRule, profile, snapshotOf({ documents: [refused] }))).toMatchObject({ status: 'done' });
  });

  it('SERV-07 (LX 第十八条): public notice names the method still lacking a record of impossibility', () => {
    const documents = [
      served('postalProof', { directImpossible: true }, '2026-03-04T01:00:00.000Z'),
      served('publicNotice', { postalImpossible: true }, '2026-03-06T01:00:00.000Z'),
    ];
    const items = run(serviceOrderRule, stageProfile('LX'), snapshotOf({ documents }));
    const notice = items.find((item) => item.subject.id === 'doc-publicNotice');
    expect(notice).toMatchObject({ status: 'missing', article: '002 第十八条' });
    expect(notice?.message.zh).toContain('缺少无法委托送达的记录');
    expect(notice?.message.zh).not.toContain('缺少无法直接送达');
  });

  it('SERV-07 (LX 第十八条): public notice after direct, postal and entrusted service all recorded impossible is done', () => {
    const documents = [
      served('postalProof', { directImpossible: true }, '2026-03-04T01:00:00.000Z'),
      served('publicNotice', { postalImpossible: true, entrustedImpossible: true }, '2026-03-06T01:00:00.000Z'),
    ];
    const items = run(serviceOrderRule, stageProfile('LX'), snapshotOf({ documents }));
    expect(items.map((item) => item.status)).toEqual(['done', 'done']);
  });

  it('SERV-07 (BX 第十九条): public notice without the record that every other method failed is missing; with it, done', () => {
    const profile = stageProfile('BX');
    const bare = served('publicNotice', {}, '2026-03-06T01:00:00.000Z');
    expect(only(serviceOrderRule, profile, snapshotOf({ documents: [bare] }))).toMatchObject({
      status: 'missing',
      article: '000 第十九条',
    });
    const failed = served('publicNotice', { otherMethodsFailed: true }, '2026-03-06T01:00:00.000Z');
    expect(only(serviceOrderRule, profile, snapshotOf({ documents: [failed] }))).toMatchObject({
      status: 'done',
      article: '000 第十九条',
    });
  });

  it('SERV-07 (FS 第二十六条): postal service is not ordered under FS, public notice is; drafts are not judged', () => {
    const profile = stageProfile('FS');
    const documents = [
      served('postalProof', {}, '2026-03-04T01:00:00.000Z'),
      { ...served('publicNotice', {}, '2026-03-06T01:00:00.000Z', 'draft-notice'), status: 'draft' },
      served('publicNotice', {}, '2026-03-07T01:00:00.000Z'),
    ];
    expect(only(serviceOrderRule, profile, snapshotOf({ documents }))).toMatchObject({
      status: 'missing',
      article: '003 第二十六条',
      subject: { type: 'document', id: 'doc-publicNotice' },
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

const preservation = activityOf({ id: 'ap-1', type: 'advancePreservation' });

function preservationNotice(data: Record<string, unknown> = { issueDate: '2026-03-02', periodEnds: '2026-03-09' }) {
  return documentOf({ typeCode: 'advancePreservationNotice', activityId: 'ap-1', data });
}

function approvalForm(issueDate: string) {
  return documentOf({
    typeCode: 'internalApprovalForm',
    data: {
      approvalItem: 'advancePreservation',
      unitHeadOpinion: '同意，报局长批准',
      approverOpinion: '同意',
      issueDate,
    },
    signatures: [
      { role: 'unitHead', signed: true },
      { role: 'agencyHead', signed: true },
    ],
  });
}

function disposal(issueDate: string) {
  return documentOf({ typeCode: 'preservedItemsDisposalNotice', data: { issueDate, measureLifted: true } });
}

describe('MEAS-03 (LX 第七条): advance preservation — approval before the notice, disposal by the end of the period', () => {
  it('MEAS-03: a notice with no approved internal approval form before it is missing its approval', () => {
    const items = run(
      advancePreservationRule,
      stageProfile('LX'),
      snapshotOf({ activities: [preservation], documents: [preservationNotice()] }),
    );
    expect(byRule(items, 'MEAS-03.approval')).toMatchObject({ status: 'missing', article: '002 第七条' });
  });

  it('MEAS-03: an approval dated after the notice does not count', () => {
    const items = run(
      advancePreservationRule,
      stageProfile('LX'),
      snapshotOf({ activities: [preservation], documents: [preservationNotice(), approvalForm('2026-03-03')] }),
    );
    const item = byRule(items, 'MEAS-03.approval');
    expect(item).toMatchObject({ status: 'missing', article: '002 第七条' });
    expect(item.message.zh).toContain('审批晚于');
  });

  it('MEAS-03: an approved advancePreservation approval of the case (APPR-01) counts when approved by the notice’s day', () => {
    const approval = (at: string) => ({
      id: 'appr-1',
      type: 'advancePreservation',
      status: 'approved',
      activityId: 'ap-1',
      steps: [
        { kind: 'propose' as const, agree: true, userId: 'h1', at: '2026-03-01T01:00:00.000Z' },
        { kind: 'review' as const, agree: true, userId: 'unit-head', at: '2026-03-01T02:00:00.000Z' },
        { kind: 'approve' as const, agree: true, userId: 'chief', at },
      ],
    });
    const inTime = snapshotOf({
      activities: [preservation],
      documents: [preservationNotice()],
      approvals: [approval('2026-03-02T00:30:00.000Z')],
    });
    expect(byRule(run(advancePreservationRule, stageProfile('LX'), inTime), 'MEAS-03.approval')).toMatchObject({
      status: 'done',
      article: '002 第七条',
    });
    const late = snapshotOf({
      activities: [preservation],
      documents: [preservationNotice()],
      approvals: [approval('2026-03-03T02:00:00.000Z')],
    });
    expect(byRule(run(advancePreservationRule, stageProfile('LX'), late), 'MEAS-03.approval')).toMatchObject({
      status: 'missing',
    });
  });

  it('MEAS-03: the agency head’s approval on the day of the notice is done', () => {
    const items = run(
      advancePreservationRule,
      stageProfile('LX'),
      snapshotOf({ activities: [preservation], documents: [preservationNotice(), approvalForm('2026-03-02')] }),
    );
    expect(byRule(items, 'MEAS-03.approval')).toMatchObject({ status: 'done', article: '002 第七条' });
  });

  it('MEAS-03: without a disposal notice the period’s end (the notice’s periodEnds) is due soon, then overdue', () => {
    const snapshot = snapshotOf({ activities: [preservation], documents: [preservationNotice()] });
    const soon = byRule(
      run(advancePreservationRule, stageProfile('LX'), snapshot, '2026-03-09T03:00:00.000Z'),
      'MEAS-03.disposal',
    );
    expect(soon).toMatchObject({ status: 'dueSoon', dueAt: '2026-03-09T16:00:00.000Z', article: '002 第七条' });
    const late = byRule(run(advancePreservationRule, stageProfile('LX'), snapshot, now), 'MEAS-03.disposal');
    expect(late).toMatchObject({ status: 'overdue', severity: 'violation', dueAt: '2026-03-09T16:00:00.000Z' });
  });

  it('MEAS-03: a notice without its own end runs the statutory 7 days (《行政处罚法》第五十六条)', () => {
    const snapshot = snapshotOf({
      activities: [preservation],
      documents: [preservationNotice({ issueDate: '2026-03-02' })],
    });
    const item = byRule(
      run(advancePreservationRule, stageProfile('LX'), snapshot, '2026-03-03T01:00:00.000Z'),
      'MEAS-03.disposal',
    );
    expect(item).toMatchObject({ status: 'open', dueAt: '2026-03-09T16:00:00.000Z' });
  });

  it('MEAS-03: a disposal notice by the end of the period is done; one after it stays overdue', () => {
    const inTime = snapshotOf({
      activities: [preservation],
      documents: [preservationNotice(), disposal('2026-03-08')],
    });
    expect(byRule(run(advancePreservationRule, stageProfile('LX'), inTime), 'MEAS-03.disposal')).toMatchObject({
      status: 'done',
      article: '002 第七条',
    });
    const late = snapshotOf({ activities: [preservation], documents: [preservationNotice(), disposal('2026-03-10')] });
    const item = byRule(run(advancePreservationRule, stageProfile('LX'), late), 'MEAS-03.disposal');
    expect(item).toMatchObject({ status: 'overdue' });
    expect(item.message.zh).toContain('已逾期');
  });

  it('MEAS-03: only LX states it', () => {
    for (const family of ['BX', 'HS', 'FS', 'XG'] as const) {
      expect(advancePreservationRule.applies(stageProfile(family))).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

function arrearsNotice(status: 'final' | 'draft', issueDate?: string) {
  return documentOf({
    typeCode: 'siArrearsNotice',
    status,
    data: { arrearsEstablishedOn: '2026-03-02', ...(issueDate ? { issueDate } : {}) },
  });
}

describe('COER-01 (LX 第十三条): the arrears notice within 5 working days of establishing the arrears', () => {
  it('COER-01: a notice issued on the 5th working day is done, due at the end of that day', () => {
    const item = only(
      arrearsNoticeRule,
      stageProfile('LX'),
      snapshotOf({ documents: [arrearsNotice('final', '2026-03-09')] }),
    );
    expect(item).toMatchObject({
      rule: 'COER-01',
      status: 'done',
      article: '002 第十三条',
      dueAt: '2026-03-09T16:00:00.000Z',
      subject: { type: 'document', id: 'doc-siArrearsNotice' },
    });
  });

  it('COER-01: a notice issued on the 6th working day is flagged late', () => {
    const item = only(
      arrearsNoticeRule,
      stageProfile('LX'),
      snapshotOf({ documents: [arrearsNotice('final', '2026-03-10')] }),
    );
    expect(item).toMatchObject({ status: 'overdue', severity: 'violation', article: '002 第十三条' });
    expect(item.message.zh).toContain('2026-03-10完成，已逾期');
  });

  it('COER-01: a draft notice is open until its deadline and overdue after it', () => {
    const profile = stageProfile('LX');
    const snapshot = snapshotOf({ documents: [arrearsNotice('draft')] });
    expect(only(arrearsNoticeRule, profile, snapshot, '2026-03-04T01:00:00.000Z')).toMatchObject({ status: 'open' });
    expect(only(arrearsNoticeRule, profile, snapshot, now)).toMatchObject({ status: 'overdue' });
  });

  it('COER-01: only LX states it', () => {
    expect(arrearsNoticeRule.applies(stageProfile('HS'))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const measure = activityOf({ id: 'cm-1', type: 'coerciveMeasure' });

function measureDocument(data: Record<string, unknown>, signatures: unknown[] = []) {
  return documentOf({ typeCode: 'coerciveMeasureDocument', activityId: 'cm-1', data, signatures });
}

const fullMeasure = {
  measure: 'seize',
  reason: '涉案物品可能灭失',
  opinionHeard: '当事人称无异议',
  service: '当场交付',
};

describe('MEAS-01: a coercive measure is recorded in its statutory document (HS) by an agency holding the power (FS)', () => {
  it('MEAS-01 (HS 第十四条): a document without the opinion heard and without a signature is open, naming both', () => {
    const item = only(
      coerciveMeasureRule,
      stageProfile('HS'),
      snapshotOf({
        activities: [measure],
        documents: [measureDocument({ reason: '涉案物品可能灭失', service: '当场交付' })],
      }),
    );
    expect(item).toMatchObject({ rule: 'MEAS-01', status: 'open', article: '001 第十四条' });
    expect(item.message.zh).toContain('决定作出前听取行政相对人意见的情况');
    expect(item.message.zh).toContain('无行政相对人或其他在场人员签字');
  });

  it('MEAS-01 (HS 第十四条): no document at all is missing once the case has moved past investigation', () => {
    const item = only(coerciveMeasureRule, stageProfile('HS'), snapshotOf({ ...inReview, activities: [measure] }));
    expect(item).toMatchObject({ status: 'missing', article: '001 第十四条' });
  });

  it('MEAS-01 (HS 第十四条): the full document signed by another person present is done', () => {
    const signed = measureDocument(fullMeasure, [{ role: 'witness', name: '村委会主任', signed: true }]);
    expect(
      only(coerciveMeasureRule, stageProfile('HS'), snapshotOf({ activities: [measure], documents: [signed] })),
    ).toMatchObject({ status: 'done', article: '001 第十四条' });
  });

  it('MEAS-01 (FS 第十四条): a coercive measure by an agency configured without coercive power is a finding', () => {
    const items = run(
      coerciveMeasureRule,
      stageProfile('FS', false),
      snapshotOf({ activities: [measure], documents: [measureDocument(fullMeasure)] }),
    );
    expect(byRule(items, 'MEAS-01.noPower')).toMatchObject({
      status: 'missing',
      severity: 'violation',
      article: '003 第十四条',
    });
  });

  it('MEAS-01 (FS 第十四条): an agency holding the power with the statutory document is done; no content is itemised', () => {
    const items = run(
      coerciveMeasureRule,
      stageProfile('FS', true),
      snapshotOf({ activities: [measure], documents: [measureDocument({ measure: 'seize' })] }),
    );
    expect(items).toEqual([expect.objectContaining({ rule: 'MEAS-01', status: 'done', article: '003 第十四条' })]);
  });

  it('MEAS-01: LX and XG state no coercive-measure record, so the rule is silent', () => {
    expect(coerciveMeasureRule.applies(stageProfile('LX'))).toBe(false);
    expect(coerciveMeasureRule.applies(stageProfile('XG'))).toBe(false);
  });
});
