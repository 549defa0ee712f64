import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../case-snapshot';
import { activityOf, contextOf, documentOf, profileOf, snapshotOf } from '../compliance-fixture';
import type { ComplianceItem } from '../compliance-item';
import { evaluateCase } from '../evaluate';
import type { ComplianceRule } from '../rule';
import type { ProfileCode } from '../../documents/document-type';
import { decisionContentsRule, documentCompletenessRule, serviceProofRule } from './document.rules';
import {
  activityDocumentsRule,
  handlingOpinionRule,
  officersPresentRule,
  recordRules,
  rightsNotifiedRule,
} from './record.rules';

const now = '2026-03-10T01:00:00.000Z';
const registered = { action: 'register', at: '2026-03-02T01:00:00.000Z' };
const investigationEnded = { action: 'endInvestigation', at: '2026-03-03T01:00:00.000Z' };
const decided = { action: 'decide', at: '2026-03-05T01:00:00.000Z' };

function run(rule: ComplianceRule, family: ProfileCode, snapshot: CaseSnapshot, at = now): ComplianceItem[] {
  const profile = profileOf(family);
  return rule.applies(profile) ? rule.evaluate(contextOf(profile, snapshot, at)) : [];
}

function only(rule: ComplianceRule, family: ProfileCode, snapshot: CaseSnapshot, at = now): ComplianceItem {
  const items = run(rule, family, snapshot, at);
  expect(items).toHaveLength(1);
  return items[0] as ComplianceItem;
}

const inReview: Partial<CaseSnapshot> = { stage: 'review', events: [registered, investigationEnded] };
const afterDecision: Partial<CaseSnapshot> = { stage: 'service', events: [registered, investigationEnded, decided] };

describe('INV-02: each activity has the documents its type produces', () => {
  it('INV-02: an inquiry without a transcript is open while the case is still under investigation (HS 第十二条(三))', () => {
    const item = only(activityDocumentsRule, 'HS', snapshotOf({ activities: [activityOf()] }));
    expect(item).toMatchObject({
      rule: 'INV-02',
      requirementId: 'INV-02',
      status: 'open',
      article: '001 第十二条(三)',
    });
    expect(item.subject).toEqual({ type: 'activity', id: 'act-1' });
    expect(item.responsibleIds).toEqual(['h1', 'h2']);
    expect(item.message.zh).toContain('询问（调查）笔录');
  });

  it('INV-02: it is missing once the case moved past investigation (BX 第十条(一)), even with a draft linked', () => {
    const draft = documentOf({ typeCode: 'inquiryTranscript', status: 'draft', activityId: 'act-1' });
    const item = only(
      activityDocumentsRule,
      'BX',
      snapshotOf({ ...inReview, activities: [activityOf()], documents: [draft] }),
    );
    expect(item).toMatchObject({
      requirementId: 'INV-02',
      status: 'missing',
      article: '000 第十条(一)',
      severity: 'violation',
    });
    expect(item.message.en).toContain('not final');
  });

  it('INV-02: a final linked transcript makes it done (LX 第七条)', () => {
    const transcript = documentOf({ typeCode: 'inquiryTranscript', activityId: 'act-1' });
    const item = only(
      activityDocumentsRule,
      'LX',
      snapshotOf({ ...inReview, activities: [activityOf()], documents: [transcript] }),
    );
    expect(item).toMatchObject({ status: 'done', article: '002 第七条' });
  });

  it('INV-02: a review-stage activity stays open until the case leaves review; LX does not seed sampling (article null)', () => {
    const defence = activityOf({ id: 'act-2', type: 'statementDefence', startedAt: '2026-03-04T01:00:00.000Z' });
    expect(only(activityDocumentsRule, 'LX', snapshotOf({ ...inReview, activities: [defence] }))).toMatchObject({
      status: 'open',
      article: '002 第八条',
    });
    expect(only(activityDocumentsRule, 'LX', snapshotOf({ ...afterDecision, activities: [defence] })).status).toBe(
      'missing',
    );
    const sampling = only(activityDocumentsRule, 'LX', snapshotOf({ activities: [activityOf({ type: 'sampling' })] }));
    expect(sampling).toMatchObject({ status: 'open', article: null });
    expect(sampling.message.zh).toContain('本规定未明定');
  });

  it('INV-02: the profile’s own INV-02-P table (records.investigationDocuments) gives the article when present', () => {
    const base = profileOf('HS');
    const profile = profileOf('HS', {
      records: {
        ...base.records,
        investigationDocuments: [
          { activity: 'statementDefence', documents: ['statementDefenceTranscript'], article: '001 第十九条' },
        ],
      },
    });
    const defence = activityOf({ type: 'statementDefence' });
    const [item] = activityDocumentsRule.evaluate(contextOf(profile, snapshotOf({ activities: [defence] }), now));
    expect(item).toMatchObject({ requirementId: 'INV-02', status: 'open', article: '001 第十九条' });
  });

  it('INV-02: silent under XG, and activities producing no documents have no item', () => {
    expect(activityDocumentsRule.applies(profileOf('XG'))).toBe(false);
    expect(
      run(activityDocumentsRule, 'BX', snapshotOf({ activities: [activityOf({ type: 'rightsNotification' })] })),
    ).toEqual([]);
  });
});

describe('INV-01: two certified officers present, certificates shown', () => {
  const alone = activityOf({
    officers: [{ userId: 'h1', name: '张三', certificateNumber: '辽A-1', certificateShown: false }],
  });
  const unnumbered = activityOf({
    officers: [
      { userId: 'h1', name: '张三', certificateNumber: '', certificateShown: true },
      { userId: 'h2', name: '李四', certificateNumber: '辽A-2', certificateShown: true },
    ],
  });

  it('INV-01: one officer who did not show the certificate is missing (BX 第八条)', () => {
    const item = only(officersPresentRule, 'BX', snapshotOf({ activities: [alone] }));
    expect(item).toMatchObject({ rule: 'INV-01', requirementId: 'INV-01', status: 'missing', article: '000 第八条' });
    expect(item.message.zh).toContain('仅 1 名');
    expect(item.message.zh).toContain('未记录出示执法证件：张三');
  });

  it('INV-01: a missing certificate number counts under BX but not under LX (第十九条(二), 第二十二条(二))', () => {
    expect(only(officersPresentRule, 'BX', snapshotOf({ activities: [unnumbered] })).status).toBe('missing');
    expect(only(officersPresentRule, 'LX', snapshotOf({ activities: [unnumbered] }))).toMatchObject({
      status: 'done',
      article: '002 第十九条(二), 第二十二条(二)',
    });
  });

  it('INV-01: two certified officers who showed their certificates are done (XG 第十七条); single-officer types have no item', () => {
    expect(only(officersPresentRule, 'XG', snapshotOf({ activities: [activityOf()] }))).toMatchObject({
      status: 'done',
      article: '004 第十七条',
    });
    expect(run(officersPresentRule, 'XG', snapshotOf({ activities: [activityOf({ type: 'legalReview' })] }))).toEqual(
      [],
    );
  });
});

const completeTranscript = {
  caseReference: '测试〔2026〕1号',
  startedAt: '2026-03-02T10:00:00+08:00',
  place: '某公司会议室',
  officerCount: 2,
  officers: [
    { name: '张三', certificateNumber: '辽A-1' },
    { name: '李四', certificateNumber: '辽A-2' },
  ],
  certificatesShown: '询问开始时出示',
  interviewee: { name: '王五' },
  questioning: '问：……答：……',
};
const signedByAll = [
  { role: 'officer', signed: true },
  { role: 'party', signed: true },
];

describe('SYS-03, INV-03: documents are complete and signed', () => {
  const old = '2026-03-08T00:00:00.000Z';

  it('SYS-03: a draft left for over 24 h with empty fields is open, citing the type’s source in the seed (BX, HS)', () => {
    const draft = documentOf({ typeCode: 'inquiryTranscript', status: 'draft', updatedAt: old });
    const bx = only(documentCompletenessRule, 'BX', snapshotOf({ documents: [draft] }));
    expect(bx).toMatchObject({
      rule: 'SYS-03',
      requirementId: 'SYS-03',
      status: 'open',
      article: '000 第八条, 第十条',
    });
    expect(bx.subject).toEqual({ type: 'document', id: 'doc-inquiryTranscript' });
    expect(bx.message.zh).toContain('「案件编号」为必填项');
    expect(only(documentCompletenessRule, 'HS', snapshotOf({ documents: [draft] })).article).toBe('001 第十二条');
  });

  it('SYS-03: a draft younger than 24 h is not judged yet', () => {
    const fresh = documentOf({ typeCode: 'inquiryTranscript', status: 'draft', updatedAt: '2026-03-09T12:00:00.000Z' });
    expect(run(documentCompletenessRule, 'BX', snapshotOf({ documents: [fresh] }))).toEqual([]);
  });

  it('INV-03: a final transcript without the party’s signature is missing; with it, done', () => {
    const unsigned = documentOf({
      typeCode: 'inquiryTranscript',
      data: completeTranscript,
      signatures: [signedByAll[0]],
    });
    expect(only(documentCompletenessRule, 'FS', snapshotOf({ documents: [unsigned] }))).toMatchObject({
      requirementId: 'INV-03',
      status: 'missing',
      article: '003 第九条, 第十一条',
    });
    const signed = { ...unsigned, signatures: signedByAll };
    expect(only(documentCompletenessRule, 'FS', snapshotOf({ documents: [signed] })).status).toBe('done');
  });

  it('SYS-03: under LX a type with no LX source cites SYS-03 itself; under XG the article is null', () => {
    const opinion = documentOf({ typeCode: 'handlingOpinion', data: {} });
    expect(only(documentCompletenessRule, 'LX', snapshotOf({ documents: [opinion] })).article).toBe(
      '002 第十九条(三), 第二十条',
    );
    expect(only(documentCompletenessRule, 'XG', snapshotOf({ documents: [opinion] })).article).toBeNull();
  });
});

describe('DEC-09: the decision document carries its mandatory contents', () => {
  const minimal = documentOf({
    typeCode: 'decisionDocument',
    data: {
      caseReference: '测试〔2026〕1号',
      documentNumber: '测罚〔2026〕1号',
      conclusion: '罚款',
      decisionDate: '2026-03-05',
    },
    signatures: [{ role: 'agencyHead', signed: true }],
  });

  it('DEC-09: the statutory minimum is missing the HS sections (第二十条)', () => {
    const item = only(decisionContentsRule, 'HS', snapshotOf({ documents: [minimal] }));
    expect(item).toMatchObject({ rule: 'DEC-09', requirementId: 'DEC-09', status: 'missing', article: '001 第二十条' });
    expect(item.message.zh).toContain('救济的途径和期限');
    expect(run(documentCompletenessRule, 'HS', snapshotOf({ documents: [minimal] }))).toEqual([]);
  });

  it('DEC-09: the same document is done under LX, which does not itemise it (article null)', () => {
    const item = only(decisionContentsRule, 'LX', snapshotOf({ documents: [minimal] }));
    expect(item).toMatchObject({ status: 'done', article: null });
    expect(item.message.en).toContain('not stated by this profile');
  });
});

describe('SERV-01: a proof of service records what its method requires', () => {
  const direct = {
    caseReference: '测试〔2026〕1号',
    documentName: '行政处罚决定书',
    method: 'direct',
    addressee: '王五',
    server: '张三',
    servedAt: '2026-03-06T10:00:00+08:00',
  };
  const signatures = [
    { role: 'server', signed: true },
    { role: 'addressee', signed: true },
  ];

  it('SERV-02: a direct service receipt is done under BX (第十五条) but missing the place under HS (第二十二条)', () => {
    const receipt = documentOf({ typeCode: 'serviceReceipt', data: direct, signatures });
    expect(only(serviceProofRule, 'BX', snapshotOf({ documents: [receipt] }))).toMatchObject({
      rule: 'SERV-01',
      requirementId: 'SERV-02',
      status: 'done',
      article: '000 第十五条',
    });
    const hs = only(serviceProofRule, 'HS', snapshotOf({ documents: [receipt] }));
    expect(hs).toMatchObject({ requirementId: 'SERV-02', status: 'missing', article: '001 第二十二条' });
    expect(hs.message.zh).toContain('送达地点');
  });

  it('SERV-03: a lodged service without reason, date, place and witness is missing (BX 第十七条, HS 第二十三条)', () => {
    const lodged = documentOf({ typeCode: 'serviceReceipt', data: { ...direct, method: 'lodged' }, signatures });
    expect(only(serviceProofRule, 'BX', snapshotOf({ documents: [lodged] }))).toMatchObject({
      requirementId: 'SERV-03',
      status: 'missing',
      article: '000 第十七条',
    });
    expect(only(serviceProofRule, 'HS', snapshotOf({ documents: [lodged] })).article).toBe('001 第二十三条');
  });
});

describe('RIGHT-01: statement and defence rights notified before the decision', () => {
  const notified = activityOf({
    type: 'rightsNotification',
    rightsNotified: [
      { right: 'statement', at: '2026-03-04T01:00:00.000Z' },
      { right: 'defence', at: '2026-03-04T01:00:00.000Z' },
    ],
  });

  it('RIGHT-01: a decided case without any notification is missing (BX 第九条)', () => {
    const item = only(rightsNotifiedRule, 'BX', snapshotOf(afterDecision));
    expect(item).toMatchObject({
      rule: 'RIGHT-01',
      requirementId: 'RIGHT-01',
      status: 'missing',
      article: '000 第九条',
    });
  });

  it('RIGHT-01: notification recorded on an activity before the decision is done (FS 第十条); after it, missing', () => {
    expect(only(rightsNotifiedRule, 'FS', snapshotOf({ ...afterDecision, activities: [notified] }))).toMatchObject({
      status: 'done',
      article: '003 第十条',
    });
    const late = activityOf({
      type: 'rightsNotification',
      rightsNotified: [
        { right: 'statement', at: '2026-03-06T01:00:00.000Z' },
        { right: 'defence', at: '2026-03-06T01:00:00.000Z' },
      ],
    });
    expect(only(rightsNotifiedRule, 'FS', snapshotOf({ ...afterDecision, activities: [late] })).status).toBe('missing');
  });

  it('RIGHT-01: a final advance notice made before the decision is enough', () => {
    const notice = documentOf({ typeCode: 'advanceNotice', updatedAt: '2026-03-04T01:00:00.000Z' });
    expect(only(rightsNotifiedRule, 'BX', snapshotOf({ ...afterDecision, documents: [notice] })).status).toBe('done');
  });

  it('RIGHT-01: unseeded profiles check penalties only, with article null; nothing before the decision', () => {
    expect(only(rightsNotifiedRule, 'HS', snapshotOf(afterDecision))).toMatchObject({
      status: 'missing',
      article: null,
    });
    expect(run(rightsNotifiedRule, 'HS', snapshotOf({ ...afterDecision, act: 'inspection' }))).toEqual([]);
    expect(run(rightsNotifiedRule, 'BX', snapshotOf(inReview))).toEqual([]);
  });
});

describe('DEC-01: a final handling opinion before the decision (BX, HS, FS)', () => {
  const opinion = documentOf({ typeCode: 'handlingOpinion', updatedAt: '2026-03-04T01:00:00.000Z' });

  it('DEC-01: open while in review without one (BX 第十三条); done with one', () => {
    expect(only(handlingOpinionRule, 'BX', snapshotOf(inReview))).toMatchObject({
      rule: 'DEC-01',
      requirementId: 'DEC-01',
      status: 'open',
      article: '000 第十三条',
    });
    expect(only(handlingOpinionRule, 'BX', snapshotOf({ ...inReview, documents: [opinion] })).status).toBe('done');
  });

  it('DEC-01: missing once decided without one (HS 第十七条, 第十八条); done when it preceded the decision (FS 第十五条)', () => {
    expect(only(handlingOpinionRule, 'HS', snapshotOf(afterDecision))).toMatchObject({
      status: 'missing',
      article: '001 第十七条, 第十八条',
    });
    expect(only(handlingOpinionRule, 'FS', snapshotOf({ ...afterDecision, documents: [opinion] }))).toMatchObject({
      status: 'done',
      article: '003 第十五条',
    });
  });

  it('DEC-01: silent under LX and XG, before review, and in the simplified procedure', () => {
    expect(handlingOpinionRule.applies(profileOf('LX'))).toBe(false);
    expect(handlingOpinionRule.applies(profileOf('XG'))).toBe(false);
    expect(run(handlingOpinionRule, 'BX', snapshotOf())).toEqual([]);
    expect(run(handlingOpinionRule, 'BX', snapshotOf({ ...afterDecision, procedure: 'simplified' }))).toEqual([]);
  });
});

describe('recordRules in the engine', () => {
  it('lists every record rule once, and the engine returns their items', () => {
    expect(recordRules.map((rule) => rule.id)).toEqual([
      'INV-02',
      'INV-01',
      'SYS-03',
      'DEC-09',
      'SERV-01',
      'RIGHT-01',
      'DEC-01',
    ]);
    const items = evaluateCase(
      contextOf(profileOf('BX'), snapshotOf({ ...afterDecision, activities: [activityOf()] }), now),
    );
    expect(items.filter((item) => item.subject.id === 'act-1').map((item) => `${item.rule}:${item.status}`)).toEqual([
      'INV-02:missing',
      'INV-01:done',
    ]);
    expect(items.map((item) => item.rule)).toEqual(expect.arrayContaining(['RIGHT-01', 'DEC-01']));
  });
});
