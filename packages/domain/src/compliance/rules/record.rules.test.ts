import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../case-snapshot';
import { activityOf, contextOf, documentOf, profileOf, snapshotOf } from '../compliance-fixture';
import type { ComplianceItem } from '../compliance-item';
import { evaluateCase } from '../evaluate';
import type { ComplianceRule } from '../rule';
import type { ProfileCode } from '../../documents/document-type';
import type { Profile } from '../../profiles/profile';
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

type Records = Profile['records'];

/** `profileOf(family)` with written-record tables (profile-records.ts) as the family's file in profiles/ states them. */
function withRecords(family: ProfileCode, records: Partial<Records>): Profile {
  const base = profileOf(family);
  return profileOf(family, { records: { ...base.records, ...records } });
}

function runWith(rule: ComplianceRule, profile: Profile, snapshot: CaseSnapshot, at = now): ComplianceItem[] {
  return rule.applies(profile) ? rule.evaluate(contextOf(profile, snapshot, at)) : [];
}

function onlyWith(rule: ComplianceRule, profile: Profile, snapshot: CaseSnapshot, at = now): ComplianceItem {
  const items = runWith(rule, profile, snapshot, at);
  expect(items).toHaveLength(1);
  return items[0] as ComplianceItem;
}

/** INV-02-P excerpts of profiles/*.yaml (XG: `null`). */
const investigationDocuments: Record<ProfileCode, Records['investigationDocuments']> = {
  BX: [
    { activity: 'inquiry', documents: ['inquiryTranscript'], article: '000 第十条(一)' },
    { activity: 'sampling', documents: ['samplingNotice', 'sampledItemsList'], article: '000 第十条(四)' },
    { activity: 'statementDefence', documents: ['statementDefenceTranscript'], article: '000 第十条(五)' },
  ],
  HS: [
    { activity: 'inquiry', documents: ['inquiryTranscript'], article: '001 第十二条(三)' },
    { activity: 'statementDefence', documents: ['statementDefenceTranscript'], article: '001 第十九条' },
  ],
  LX: [
    {
      activity: 'inquiry',
      documents: ['inquiryTranscript'],
      conditional: { documents: ['inquirySummons'], when: '需要当事人或者有关人员在指定时间到达指定地点接受询问的' },
      article: '002 第七条',
    },
    { activity: 'statementDefence', documents: ['statementDefenceTranscript'], article: '002 第八条' },
  ],
  FS: [{ activity: 'inquiry', documents: ['inquiryTranscript'], article: '003 第十一条(1)' }],
  XG: null,
};
const inv02 = (family: ProfileCode) => withRecords(family, { investigationDocuments: investigationDocuments[family] });

describe('INV-02: each activity has the documents the profile’s INV-02-P table assigns to it', () => {
  it.each<[ProfileCode, string]>([
    ['BX', '000 第十条(一)'],
    ['HS', '001 第十二条(三)'],
    ['LX', '002 第七条'],
    ['FS', '003 第十一条(1)'],
  ])(
    'INV-02 (%s): an inquiry without its transcript is missing after investigation, done with it (%s)',
    (family, article) => {
      const profile = inv02(family);
      const violating = onlyWith(
        activityDocumentsRule,
        profile,
        snapshotOf({ ...inReview, activities: [activityOf()] }),
      );
      expect(violating).toMatchObject({
        rule: 'INV-02',
        requirementId: 'INV-02',
        status: 'missing',
        severity: 'violation',
        article,
      });
      expect(violating.message.zh).toContain('缺少《询问（调查）笔录》');
      const transcript = documentOf({ typeCode: 'inquiryTranscript', activityId: 'act-1' });
      const satisfying = snapshotOf({ ...inReview, activities: [activityOf()], documents: [transcript] });
      expect(onlyWith(activityDocumentsRule, profile, satisfying)).toMatchObject({ status: 'done', article });
    },
  );

  it('INV-02 (XG): the profile has no INV-02-P table (null), so the rule does not apply', () => {
    expect(activityDocumentsRule.applies(inv02('XG'))).toBe(false);
    expect(
      runWith(activityDocumentsRule, inv02('XG'), snapshotOf({ ...inReview, activities: [activityOf()] })),
    ).toEqual([]);
  });

  it('INV-02: open while the case is still under investigation, with the activity’s people responsible (HS)', () => {
    const item = onlyWith(activityDocumentsRule, inv02('HS'), snapshotOf({ activities: [activityOf()] }));
    expect(item).toMatchObject({ status: 'open', article: '001 第十二条(三)' });
    expect(item.subject).toEqual({ type: 'activity', id: 'act-1' });
    expect(item.responsibleIds).toEqual(['h1', 'h2']);
  });

  it('INV-02: a linked draft is not enough (BX 第十条(一)): missing, naming it as not final', () => {
    const draft = documentOf({ typeCode: 'inquiryTranscript', status: 'draft', activityId: 'act-1' });
    const item = onlyWith(
      activityDocumentsRule,
      inv02('BX'),
      snapshotOf({ ...inReview, activities: [activityOf()], documents: [draft] }),
    );
    expect(item).toMatchObject({ status: 'missing', article: '000 第十条(一)' });
    expect(item.message.en).toContain('not final');
  });

  it('INV-02: every document of the entry is required (BX 第十条(四): 抽查取样通知书 and 物品清单)', () => {
    const sampling = activityOf({ type: 'sampling' });
    const notice = documentOf({ typeCode: 'samplingNotice', activityId: 'act-1' });
    const list = documentOf({ typeCode: 'sampledItemsList', activityId: 'act-1' });
    const half = onlyWith(
      activityDocumentsRule,
      inv02('BX'),
      snapshotOf({ ...inReview, activities: [sampling], documents: [notice] }),
    );
    expect(half).toMatchObject({ status: 'missing', article: '000 第十条(四)' });
    expect(half.message.zh).toBe('抽样取证：缺少《抽样物品清单》');
    const both = snapshotOf({ ...inReview, activities: [sampling], documents: [notice, list] });
    expect(onlyWith(activityDocumentsRule, inv02('BX'), both).status).toBe('done');
  });

  it('INV-02: a document linked to another activity does not count', () => {
    const elsewhere = documentOf({ typeCode: 'inquiryTranscript', activityId: 'act-9' });
    const item = onlyWith(
      activityDocumentsRule,
      inv02('FS'),
      snapshotOf({ ...inReview, activities: [activityOf()], documents: [elsewhere] }),
    );
    expect(item.status).toBe('missing');
  });

  it('INV-02: conditional documents are not enforced (LX 第七条: 调查询问通知书 only when summoned)', () => {
    const transcript = documentOf({ typeCode: 'inquiryTranscript', activityId: 'act-1' });
    const item = onlyWith(
      activityDocumentsRule,
      inv02('LX'),
      snapshotOf({ ...inReview, activities: [activityOf()], documents: [transcript] }),
    );
    expect(item).toMatchObject({ status: 'done', article: '002 第七条' });
  });

  it('INV-02: a review-stage activity stays open until the case leaves review (LX 第八条)', () => {
    const defence = activityOf({ id: 'act-2', type: 'statementDefence', startedAt: '2026-03-04T01:00:00.000Z' });
    expect(
      onlyWith(activityDocumentsRule, inv02('LX'), snapshotOf({ ...inReview, activities: [defence] })),
    ).toMatchObject({
      status: 'open',
      article: '002 第八条',
    });
    expect(
      onlyWith(activityDocumentsRule, inv02('LX'), snapshotOf({ ...afterDecision, activities: [defence] })).status,
    ).toBe('missing');
  });

  it('INV-02: an activity type the table does not list has no item (LX states no sampling documents)', () => {
    const sampling = activityOf({ type: 'sampling' });
    expect(runWith(activityDocumentsRule, inv02('LX'), snapshotOf({ ...inReview, activities: [sampling] }))).toEqual(
      [],
    );
  });
});

/** INV-01-P excerpts of profiles/*.yaml. */
const officerData: Record<ProfileCode, Records['officerData']> = {
  BX: {
    records: '相关调查笔录',
    items: [{ data: ['count', 'names', 'certificateNumbers', 'certificateDisplay'], article: '000 第八条' }],
    partySignature: { signers: 'partyOrPersonPresent', means: ['signature', 'seal'], article: '000 第八条' },
  },
  HS: {
    records: '调查取证(核查)的书面记录',
    items: [{ data: ['count', 'names', 'certificateNumbers', 'certificateDisplay'], article: '001 第十二条(一)' }],
    partySignature: null,
  },
  LX: {
    records: '调查报告类、核查报告类、调查笔录类文字资料',
    items: [
      { data: ['count', 'names'], article: '002 第十九条(二)' },
      { data: ['certificateDisplay'], article: '002 第二十二条(二)' },
    ],
    partySignature: null,
  },
  FS: {
    records: '相关调查笔录',
    items: [{ data: ['count', 'names', 'certificateNumbers', 'certificateDisplay'], article: '003 第九条' }],
    partySignature: null,
  },
  XG: { records: null, items: [{ data: ['certificateDisplay'], article: '004 第十七条' }], partySignature: null },
};
const inv01 = (family: ProfileCode) => withRecords(family, { officerData: officerData[family] });

describe('INV-01: two officers present, with the officer data of the profile’s INV-01-P table', () => {
  const alone = activityOf({
    officers: [{ userId: 'h1', name: '张三', certificateNumber: '辽A-1', certificateShown: false }],
  });
  const unnumbered = activityOf({
    officers: [
      { userId: 'h1', name: '张三', certificateNumber: '', certificateShown: true },
      { userId: 'h2', name: '李四', certificateNumber: '辽A-2', certificateShown: true },
    ],
  });

  it.each<[ProfileCode, string]>([
    ['BX', '000 第八条'],
    ['HS', '001 第十二条(一)'],
    ['LX', '002 第十九条(二), 第二十二条(二)'],
    ['FS', '003 第九条'],
    ['XG', '004 第十七条'],
  ])(
    'INV-01 (%s): one officer who did not show the certificate is missing; two who did are done (%s)',
    (family, article) => {
      const violating = onlyWith(officersPresentRule, inv01(family), snapshotOf({ activities: [alone] }));
      expect(violating).toMatchObject({ rule: 'INV-01', requirementId: 'INV-01', status: 'missing', article });
      expect(violating.message.zh).toContain('仅 1 名');
      expect(violating.message.zh).toContain('未记录出示执法证件：张三');
      expect(onlyWith(officersPresentRule, inv01(family), snapshotOf({ activities: [activityOf()] }))).toMatchObject({
        status: 'done',
        article,
      });
    },
  );

  it('INV-01: a missing certificate number counts where the table asks for numbers (BX, HS, FS), not under LX and XG', () => {
    for (const family of ['BX', 'HS', 'FS'] as const) {
      const item = onlyWith(officersPresentRule, inv01(family), snapshotOf({ activities: [unnumbered] }));
      expect(item.status).toBe('missing');
      expect(item.message.zh).toContain('未记录执法证件编号：张三');
    }
    for (const family of ['LX', 'XG'] as const) {
      expect(onlyWith(officersPresentRule, inv01(family), snapshotOf({ activities: [unnumbered] })).status).toBe(
        'done',
      );
    }
  });

  it('INV-01: with officerData null only the two officers of the general law are checked (article null)', () => {
    const silent = profileOf('BX');
    const item = onlyWith(officersPresentRule, silent, snapshotOf({ activities: [alone] }));
    expect(item).toMatchObject({ status: 'missing', article: null });
    expect(item.message.zh).toContain('仅 1 名');
    expect(item.message.zh).not.toContain('出示');
    expect(item.message.zh).toContain('本规定未明定');
    expect(onlyWith(officersPresentRule, silent, snapshotOf({ activities: [unnumbered] })).status).toBe('done');
  });

  it('INV-01: single-officer activity types have no item', () => {
    expect(
      runWith(officersPresentRule, inv01('XG'), snapshotOf({ activities: [activityOf({ type: 'legalReview' })] })),
    ).toEqual([]);
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

/** DEC-01-P excerpts of profiles/*.yaml (LX, XG: `null`). */
const handlingOpinions: Record<ProfileCode, Records['handlingOpinion']> = {
  BX: {
    document: 'handlingOpinion',
    article: '000 第十三条',
    items: [
      { id: 'handler', zh: '承办人' },
      { id: 'unitReviewer', zh: '承办机构审查人' },
      { id: 'legalBasis', zh: '决定形成的法律依据' },
      { id: 'evidence', zh: '证据材料' },
      { id: 'factorsConsidered', zh: '应考虑的有关因素' },
    ],
  },
  HS: {
    document: 'handlingOpinion',
    article: '001 第十八条',
    items: [
      { id: 'party', zh: '当事人情况' },
      { id: 'evidence', zh: '证据采信' },
      { id: 'factsFound', zh: '事实认定' },
      { id: 'legalBasis', zh: '法律依据' },
      { id: 'reasonsForApplying', zh: '适用理由' },
      { id: 'proposedDecision', zh: '拟决定的内容' },
      { id: 'discretionReasons', zh: '裁量的理由' },
    ],
  },
  LX: null,
  FS: {
    document: 'handlingOpinion',
    article: '003 第十五条',
    items: [
      { id: 'handler', zh: '制作人' },
      { id: 'unitReviewer', zh: '承办机构审核人' },
      { id: 'legalBasis', zh: '文书形成的法律依据' },
      { id: 'evidence', zh: '证据材料' },
      { id: 'factorsConsidered', zh: '应考虑的有关因素' },
    ],
  },
  XG: null,
};
const dec01 = (family: ProfileCode) => withRecords(family, { handlingOpinion: handlingOpinions[family] });

/** A final opinion filling every item of the family's table, made before the decision. */
function opinionFor(family: ProfileCode, data: Record<string, unknown> = {}) {
  const items = handlingOpinions[family]?.items ?? [];
  const filled = Object.fromEntries(
    items.map((item) => [item.id, item.id === 'party' ? { name: '王五' } : `${item.zh}：……`]),
  );
  return documentOf({
    typeCode: 'handlingOpinion',
    updatedAt: '2026-03-04T01:00:00.000Z',
    data: { ...filled, ...data },
  });
}

describe('DEC-01: a final handling opinion with the profile’s DEC-01-P content before the decision', () => {
  it.each<[ProfileCode, string]>([
    ['BX', '000 第十三条'],
    ['HS', '001 第十八条'],
    ['FS', '003 第十五条'],
  ])(
    'DEC-01 (%s): decided without an opinion is missing; with a complete one made before, done (%s)',
    (family, article) => {
      expect(onlyWith(handlingOpinionRule, dec01(family), snapshotOf(afterDecision))).toMatchObject({
        rule: 'DEC-01',
        requirementId: 'DEC-01',
        status: 'missing',
        article,
      });
      const satisfying = snapshotOf({ ...afterDecision, documents: [opinionFor(family)] });
      expect(onlyWith(handlingOpinionRule, dec01(family), satisfying)).toMatchObject({ status: 'done', article });
    },
  );

  it.each<[ProfileCode, string, string]>([
    ['BX', 'factorsConsidered', '应考虑的有关因素'],
    ['HS', 'discretionReasons', '裁量的理由'],
    ['FS', 'handler', '制作人'],
  ])('DEC-01 (%s): a final opinion with “%s” empty is missing, naming 「%s」', (family, id, zh) => {
    const lacking = snapshotOf({ ...afterDecision, documents: [opinionFor(family, { [id]: '  ' })] });
    const item = onlyWith(handlingOpinionRule, dec01(family), lacking);
    expect(item).toMatchObject({ status: 'missing', article: handlingOpinions[family]?.article });
    expect(item.message.zh).toBe(`案件处理意见缺少应载明的内容：${zh}`);
  });

  it('DEC-01 (HS 第十八条): a party with no content counts as empty; it is missing while still in review too', () => {
    const item = onlyWith(
      handlingOpinionRule,
      dec01('HS'),
      snapshotOf({ ...inReview, documents: [opinionFor('HS', { party: { name: '' } })] }),
    );
    expect(item).toMatchObject({ status: 'missing', article: '001 第十八条' });
    expect(item.message.zh).toContain('当事人情况');
  });

  it('DEC-01: open while in review without one (BX 第十三条); an opinion finalised after the decision does not count, a later correction of an earlier one does', () => {
    expect(onlyWith(handlingOpinionRule, dec01('BX'), snapshotOf(inReview))).toMatchObject({
      status: 'open',
      article: '000 第十三条',
    });
    const corrected = { ...opinionFor('BX'), updatedAt: '2026-03-06T01:00:00.000Z' };
    expect(
      onlyWith(handlingOpinionRule, dec01('BX'), snapshotOf({ ...afterDecision, documents: [corrected] })).status,
    ).toBe('done');
    const late = { ...corrected, finalisedAt: '2026-03-06T01:00:00.000Z' };
    expect(onlyWith(handlingOpinionRule, dec01('BX'), snapshotOf({ ...afterDecision, documents: [late] })).status).toBe(
      'missing',
    );
  });

  it('DEC-01: silent where DEC-01-P is null (LX, XG), before review, and in the simplified procedure', () => {
    expect(handlingOpinionRule.applies(dec01('LX'))).toBe(false);
    expect(handlingOpinionRule.applies(dec01('XG'))).toBe(false);
    expect(runWith(handlingOpinionRule, dec01('BX'), snapshotOf())).toEqual([]);
    expect(
      runWith(handlingOpinionRule, dec01('BX'), snapshotOf({ ...afterDecision, procedure: 'simplified' })),
    ).toEqual([]);
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
    const profile = withRecords('BX', {
      investigationDocuments: investigationDocuments.BX,
      officerData: officerData.BX,
      handlingOpinion: handlingOpinions.BX,
    });
    const items = evaluateCase(contextOf(profile, snapshotOf({ ...afterDecision, activities: [activityOf()] }), now));
    expect(items.filter((item) => item.subject.id === 'act-1').map((item) => `${item.rule}:${item.status}`)).toEqual([
      'INV-02:missing',
      'INV-01:done',
    ]);
    expect(items.map((item) => item.rule)).toEqual(expect.arrayContaining(['RIGHT-01', 'DEC-01']));
  });
});
