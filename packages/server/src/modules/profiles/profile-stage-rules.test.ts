import { type CaseSnapshot, evaluateCase } from '@liuhen/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDocuments } from '../../test/case-documents';
import { approve, type CaseFixture, complaintCase, createCaseFixture, move } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import {
  bareActivity,
  bareDocument,
  bareSnapshot,
  eachShippedProfile,
  officialCalendar as calendar,
  ruleItems,
} from '../../test/profile-snapshots';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * Issue 6: for every stage rule (DEC-04, SERV-07, MEAS-03, COER-01, MEAS-01) of every shipped profile, one case that
 * violates it and one that satisfies it, generated from the profile's own parameters and asserting the rule's item
 * and the profile's article. A profile that is silent on a rule gets no item for it.
 */
const each = eachShippedProfile;

type Activity = CaseSnapshot['activities'][number];
type Document = CaseSnapshot['documents'][number];

// Monday 2 November 2026 (Beijing); no holiday in the weeks used.
const registered = { action: 'register', at: '2026-11-02T01:00:00.000Z' };
const ended = { action: 'endInvestigation', at: '2026-11-03T01:00:00.000Z' };
const decided = { action: 'decide', at: '2026-11-05T01:00:00.000Z' };

function snapshot(overrides: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return bareSnapshot({ createdAt: registered.at, events: [registered], ...overrides });
}

function activity(id: string, type: Activity['type'], startedAt = '2026-11-02T02:00:00.000Z'): Activity {
  return bareActivity({ id, type, startedAt, endedAt: startedAt });
}

/** A final document, finalised when last updated unless `finalisedAt` says otherwise. */
function document(typeCode: string, fields: Partial<Document> = {}): Document {
  return bareDocument({ typeCode, ...fields });
}

const itemsOf = ruleItems;

const later = '2026-12-01T00:00:00.000Z';

describe('DEC-04-P: the collective-discussion record of each profile', () => {
  const discussion = activity('cd-1', 'collectiveDiscussion', '2026-11-04T02:00:00.000Z');
  const record = document('collectiveDiscussionRecord', {
    activityId: 'cd-1',
    data: { participants: [{ name: '王局长' }, { name: '赵科长' }] },
    signatures: [
      { role: 'participant', name: '王局长', signed: true },
      { role: 'participant', name: '赵科长', signed: true },
    ],
  });
  const decidedCase = { stage: 'service' as const, events: [registered, ended, decided] };

  it.each(each)('DEC-04 %s', (_, profile) => {
    const rule = profile.records.collectiveDiscussion;
    const without = snapshot({ ...decidedCase, activities: [discussion] });
    const withRecord = snapshot({ ...decidedCase, activities: [discussion], documents: [record] });
    if (!rule) {
      expect(itemsOf(profile, without, later, 'DEC-04')).toEqual([]);
      return;
    }
    expect(itemsOf(profile, without, later, 'DEC-04')).toMatchObject([
      { status: 'missing', severity: 'violation', article: rule.article, requirementId: 'DEC-04' },
    ]);
    expect(itemsOf(profile, withRecord, later, 'DEC-04')).toMatchObject([{ status: 'done', article: rule.article }]);
    if (rule.signedByEveryParticipant) {
      const oneUnsigned = { ...record, signatures: record.signatures.slice(0, 1) };
      const partly = snapshot({ ...decidedCase, activities: [discussion], documents: [oneUnsigned] });
      const [item] = itemsOf(profile, partly, later, 'DEC-04');
      expect(item).toMatchObject({ status: 'missing', article: rule.article });
      expect(item!.message.zh).toContain('赵科长');
    }
  });

  it.each(each)('DEC-04 %s: a case flagged major or complex, and the decide transition', (_, profile) => {
    const rule = profile.records.collectiveDiscussion;
    const inReview = snapshot({ stage: 'review', events: [registered, ended], majorComplex: true });
    const blocksDecide = profile.compliance.blockTransitions.some(
      (block) => block.action === 'decide' && block.rules.includes('DEC-04'),
    );
    if (!rule?.mandatoryWhenMajorComplex) {
      expect(itemsOf(profile, inReview, later, 'DEC-04.mandatory')).toEqual([]);
      expect(blocksDecide).toBe(false);
      return;
    }
    expect(itemsOf(profile, inReview, later, 'DEC-04.mandatory')).toMatchObject([
      { status: 'open', article: rule.article, subject: { type: 'case', id: 'case-1' } },
    ]);
    // The open finding refuses `decide` because the profile lists DEC-04 for it (compliance.blockTransitions).
    expect(blocksDecide).toBe(true);
    const recorded = snapshot({ ...decidedCase, majorComplex: true, documents: [{ ...record, activityId: null }] });
    expect(itemsOf(profile, recorded, later, 'DEC-04.mandatory')).toMatchObject([
      { status: 'done', article: rule.article },
    ]);
    const afterwards = { ...record, activityId: null, finalisedAt: '2026-11-06T01:00:00.000Z' };
    const tooLate = snapshot({ ...decidedCase, majorComplex: true, documents: [afterwards] });
    expect(itemsOf(profile, tooLate, later, 'DEC-04.mandatory')).toMatchObject([
      { status: 'missing', article: rule.article },
    ]);
  });
});

/** The final service document recording `method`, with the facts the profile's order asks for when `facts` is true. */
function serviceDocument(method: string, facts: readonly string[]): Document {
  const data: Record<string, unknown> = {};
  for (const fact of facts) {
    if (fact === 'refused') Object.assign(data, { refusalReason: '拒绝签收', refusalDate: '2026-11-05' });
    else data[fact] = true;
  }
  if (method === 'postal') return document('postalProof', { data });
  if (method === 'publicNotice') return document('publicNotice', { data });
  return document('serviceReceipt', { data: { ...data, method } });
}

describe('SERV-07-P: the order of service methods of each profile', () => {
  it.each(each)('SERV-07 %s', (_, profile) => {
    const order = profile.records.serviceOrder;
    if (!order) {
      const notice = snapshot({ documents: [serviceDocument('publicNotice', [])] });
      expect(itemsOf(profile, notice, later, 'SERV-07')).toEqual([]);
      return;
    }
    for (const step of order.steps) {
      const bare = itemsOf(profile, snapshot({ documents: [serviceDocument(step.method, [])] }), later, 'SERV-07');
      expect(bare, step.method).toMatchObject([{ status: 'missing', severity: 'violation', article: order.article }]);
      const ordered = snapshot({ documents: [serviceDocument(step.method, step.after)] });
      expect(itemsOf(profile, ordered, later, 'SERV-07'), step.method).toMatchObject([
        { status: 'done', article: order.article },
      ]);
    }
  });
});

describe('MEAS-03-P: advance registration and preservation of each profile', () => {
  const preservation = activity('ap-1', 'advancePreservation');
  const notice = document('advancePreservationNotice', { activityId: 'ap-1', data: { issueDate: '2026-11-02' } });
  const approval = document('internalApprovalForm', {
    id: 'doc-approval',
    data: {
      approvalItem: 'advancePreservation',
      unitHeadOpinion: '同意',
      approverOpinion: '同意',
      issueDate: '2026-11-02',
    },
    signatures: [
      { role: 'unitHead', signed: true },
      { role: 'agencyHead', signed: true },
    ],
  });
  const disposal = document('preservedItemsDisposalNotice', { data: { issueDate: '2026-11-06' } });

  it.each(each)('MEAS-03 %s', (_, profile) => {
    const rule = profile.records.advancePreservation;
    const bare = snapshot({ activities: [preservation], documents: [notice] });
    if (!rule) {
      expect(itemsOf(profile, bare, later, 'MEAS-03.disposal')).toEqual([]);
      return;
    }
    const items = evaluateCase({ profile, snapshot: bare, now: later, calendar });
    if (rule.approvalBeforeNotice) {
      expect(items.filter((item) => item.rule === 'MEAS-03.approval')).toMatchObject([
        { status: 'missing', article: rule.article },
      ]);
    }
    // The notice states no end: the default period runs from its date.
    const [overdue] = items.filter((item) => item.rule === 'MEAS-03.disposal');
    expect(overdue).toMatchObject({ status: 'overdue', article: rule.article });
    const days = (Date.parse(overdue!.dueAt!) - Date.parse('2026-11-02T16:00:00.000Z')) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(rule.defaultPeriodDays);
    const complete = snapshot({ activities: [preservation], documents: [notice, approval, disposal] });
    const done = evaluateCase({ profile, snapshot: complete, now: later, calendar }).filter((item) =>
      item.rule.startsWith('MEAS-03'),
    );
    expect(done.map((item) => item.status)).toEqual(done.map(() => 'done'));
    expect(done.length).toBe(rule.approvalBeforeNotice ? 2 : 1);
  });
});

describe('COER-01-P: the social-insurance arrears notice of each profile', () => {
  const notice = (issueDate: string) =>
    document('siArrearsNotice', { data: { arrearsEstablishedOn: '2026-11-02', issueDate } });

  it.each(each)('COER-01 %s', (_, profile) => {
    const rule = profile.records.arrearsNotice;
    const onDay = (day: number) => `2026-11-${String(2 + day).padStart(2, '0')}`;
    // 2 November is a Monday: the n-th working day after it is n days later within the first week.
    const lastDay = rule ? onDay(rule.issueWithinWorkingDays + 2) : onDay(7);
    const late = snapshot({ documents: [notice(onDay(rule ? rule.issueWithinWorkingDays + 3 : 8))] });
    if (!rule) {
      expect(itemsOf(profile, late, later, 'COER-01')).toEqual([]);
      return;
    }
    expect(itemsOf(profile, late, later, 'COER-01')).toMatchObject([
      { status: 'overdue', severity: 'violation', article: rule.article, dueAt: `${lastDay}T16:00:00.000Z` },
    ]);
    expect(itemsOf(profile, snapshot({ documents: [notice(lastDay)] }), later, 'COER-01')).toMatchObject([
      { status: 'done', article: rule.article },
    ]);
  });
});

describe('MEAS-01-P: coercive measures of each profile', () => {
  const measure = activity('cm-1', 'coerciveMeasure');
  const inReview = { stage: 'review' as const, events: [registered, ended] };

  it.each(each)('MEAS-01 %s: the statutory document', (_, profile) => {
    const rule = profile.records.coerciveMeasure;
    const without = snapshot({ ...inReview, activities: [measure] });
    if (!rule) {
      expect(itemsOf(profile, without, later, 'MEAS-01')).toEqual([]);
      return;
    }
    expect(itemsOf(profile, without, later, 'MEAS-01')).toMatchObject([
      { status: 'missing', severity: 'violation', article: rule.article },
    ]);
    const data = Object.fromEntries((rule.items ?? []).map((item) => [item.id, `${item.zh}：已载明`]));
    const full = document('coerciveMeasureDocument', {
      activityId: 'cm-1',
      data,
      signatures: [{ role: 'party', name: '当事人', signed: true }],
    });
    const recorded = snapshot({ ...inReview, activities: [measure], documents: [full] });
    expect(itemsOf(profile, recorded, later, 'MEAS-01')).toMatchObject([{ status: 'done', article: rule.article }]);
    if (rule.items) {
      const [first] = rule.items;
      const gap = { ...full, data: { ...data, [first!.id]: '' } };
      const [item] = itemsOf(
        profile,
        snapshot({ ...inReview, activities: [measure], documents: [gap] }),
        later,
        'MEAS-01',
      );
      expect(item).toMatchObject({ status: 'missing', article: rule.article });
      expect(item!.message.zh).toContain(first!.zh);
    }
  });

  it.each(each)('MEAS-01 %s: only an agency holding coercive power', (_, profile) => {
    const power = profile.scope.coercivePower;
    const withMeasure = snapshot({ activities: [measure] });
    if (!power) {
      expect(itemsOf(profile, withMeasure, later, 'MEAS-01.noPower')).toEqual([]);
      return;
    }
    const held = { ...profile, scope: { ...profile.scope, coercivePower: { ...power, held: true } } };
    const notHeld = { ...profile, scope: { ...profile.scope, coercivePower: { ...power, held: false } } };
    expect(itemsOf(notHeld, withMeasure, later, 'MEAS-01.noPower')).toMatchObject([
      { status: 'missing', severity: 'violation', article: power.article },
    ]);
    expect(itemsOf(held, withMeasure, later, 'MEAS-01.noPower')).toEqual([]);
    expect(itemsOf(notHeld, snapshot(), later, 'MEAS-01.noPower')).toEqual([]);
  });
});

describeEachDatabase('DEC-04 over HTTP: the decide transition of a major or complex case (LX)', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  afterEach(async () => {
    await t.close();
  });

  it('DEC-04 (LX 002 第九条): a case flagged major/complex is not decided until the collective-discussion record is final', async () => {
    t = await createTestApp(dialect, { profile: 'linxi-hrss' });
    f = await createCaseFixture(t);
    const caseId: string = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id;
    await approve(f, caseId, 'registration');
    await move(f.zhang.client, caseId, 'register');
    expect((await move(f.zhang.client, caseId, 'endInvestigation')).body.stage).toBe('review');
    const flagged = await f.zhang.client.put(`/api/cases/${caseId}/major-complex`, {
      majorComplex: true,
      reason: '涉及劳动者人数众多，案情复杂',
    });
    expect(flagged.status, JSON.stringify(flagged.body)).toBe(200);
    for (const typeCode of ['handlingOpinion', 'advanceNotice'] as const) {
      const made = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
        typeCode,
        ...sampleDocuments[typeCode],
        finalise: true,
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    }
    await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
      type: 'statementDefenceWaiver',
      startedAt: '2026-11-25T09:00:00+08:00',
      place: '劳动保障监察一科',
      officers: [{ userId: f.zhang.id, certificateShown: true }],
      summary: '当事人书面表示放弃陈述、申辩。',
    });
    await approve(f, caseId, 'decision', { reviewer: f.lawyer.client });
    const decision = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'decisionDocument',
      ...sampleDocuments.decisionDocument,
      finalise: true,
    });
    expect(decision.status, JSON.stringify(decision.body)).toBe(201);

    const blocked = await move(f.zhang.client, caseId, 'decide');
    expect(blocked.body.error).toMatchObject({
      code: 'compliance.blocked',
      details: { rules: 'DEC-04.mandatory', articles: '002 第九条' },
    });

    const record = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'collectiveDiscussionRecord',
      data: {
        heldAt: '2026-11-23T09:00:00+08:00',
        participants: [{ name: '王局长' }, { name: '赵科长' }],
        discussion: '与会人员一致认为事实清楚、证据确凿。',
        conclusion: '同意责令限期支付拖欠的工资。',
      },
      signatures: [
        { role: 'participant', name: '王局长', signed: true },
        { role: 'participant', name: '赵科长', signed: true },
      ],
      finalise: true,
    });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    expect((await move(f.zhang.client, caseId, 'decide')).body.stage).toBe('service');
  });
});
