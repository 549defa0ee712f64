import type { CaseSnapshot, ComplianceItem, Profile } from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import { bareActivity, bareDocument, bareSnapshot, ruleItems, shippedProfiles } from '../../test/profile-snapshots';

/**
 * Issue 6: the written-record rules read from each shipped profile's `records` tables (INV-01-P, INV-02-P,
 * DEC-01-P, GEN-06-P): per profile one case that violates the rule and one that satisfies it, asserting the item and
 * the article the profile cites. A profile whose table is `null` gets no item.
 */
const profiles = shippedProfiles;
const now = '2026-11-20T01:00:00.000Z';
const registered = { action: 'register', at: '2026-11-02T01:00:00.000Z' };
const investigationEnded = { action: 'endInvestigation', at: '2026-11-05T01:00:00.000Z' };
const decided = { action: 'decide', at: '2026-11-10T01:00:00.000Z' };
const inReview: Partial<CaseSnapshot> = { stage: 'review', events: [registered, investigationEnded] };
const afterDecision: Partial<CaseSnapshot> = { stage: 'service', events: [registered, investigationEnded, decided] };

type Activity = CaseSnapshot['activities'][number];
type Document = CaseSnapshot['documents'][number];

function snapshot(overrides: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return bareSnapshot({ createdAt: registered.at, events: [registered], ...overrides });
}

/** An activity during the investigation by two officers who showed their numbered certificates. */
function activity(overrides: Partial<Activity> = {}): Activity {
  return bareActivity(overrides);
}

function document(overrides: Partial<Document> & Pick<Document, 'typeCode'>): Document {
  return bareDocument({ activityId: 'act-1', updatedAt: '2026-11-04T01:00:00.000Z', ...overrides });
}

/** A body-cam recording of the activity: A/V, not a written record. */
const recording: CaseSnapshot['avRecords'][number] = {
  id: 'av-1',
  activityId: 'act-1',
  deviceNumber: 'DSJ-1',
  uploadedBy: 'zhang',
  deviceType: 'bodyCam',
  capturedFrom: '2026-11-03T02:00:00.000Z',
  capturedTo: '2026-11-03T03:00:00.000Z',
  receivedAt: '2026-11-03T03:30:00.000Z',
  place: null,
  purpose: null,
  makerId: 'zhang',
  persons: null,
  summary: null,
  announcementOffsetSeconds: null,
  mounting: null,
  keyContent: null,
  partyReview: null,
  storageException: null,
};

function itemsOf(profile: Profile, kase: CaseSnapshot, rule: string): ComplianceItem[] {
  return ruleItems(profile, kase, now, rule);
}

const each = profiles.map((profile) => [profile.id, profile] as const);

it('ships the five profiles these tests generate cases for', () => {
  expect(profiles.map((profile) => profile.id).sort()).toEqual([
    'benxi-hrss',
    'dalian-xigang-hrss',
    'fushun-culture',
    'hengshan',
    'linxi-hrss',
  ]);
});

describe('INV-02-P: each activity of the profile’s table needs its documents', () => {
  it.each(each)('INV-02 %s', (_, profile) => {
    const table = profile.records.investigationDocuments;
    const bare = snapshot({ ...inReview, activities: [activity()] });
    if (!table) {
      expect(itemsOf(profile, bare, 'INV-02')).toEqual([]);
      return;
    }
    expect(table.length).toBeGreaterThan(0);
    for (const entry of table) {
      const subject = activity({ type: entry.activity });
      const missing = itemsOf(profile, snapshot({ ...inReview, activities: [subject] }), 'INV-02');
      expect(missing, entry.activity).toMatchObject([
        { requirementId: 'INV-02', status: 'missing', severity: 'violation', article: entry.article },
      ]);
      // All but the last document: still missing, the entry needs every one of them.
      const some = entry.documents.slice(0, -1).map((typeCode) => document({ typeCode }));
      expect(
        itemsOf(profile, snapshot({ ...inReview, activities: [subject], documents: some }), 'INV-02'),
      ).toMatchObject([{ status: 'missing' }]);
      const all = entry.documents.map((typeCode) => document({ typeCode }));
      expect(
        itemsOf(profile, snapshot({ ...inReview, activities: [subject], documents: all }), 'INV-02'),
        entry.activity,
      ).toMatchObject([{ status: 'done', article: entry.article }]);
    }
  });

  it('INV-02 (XG 004): no activity-to-document table, so no item; LX lists no sampling documents', () => {
    const byId = (id: string) => profiles.find((profile) => profile.id === id)!;
    expect(byId('dalian-xigang-hrss').records.investigationDocuments).toBeNull();
    const sampling = snapshot({ ...inReview, activities: [activity({ type: 'sampling' })] });
    expect(itemsOf(byId('linxi-hrss'), sampling, 'INV-02')).toEqual([]);
    expect(itemsOf(byId('benxi-hrss'), sampling, 'INV-02')).toMatchObject([{ article: '000 第十条(四)' }]);
  });
});

/** INV-01-P: the article each shipped profile cites for the officer data. */
const officerArticles: Record<string, string> = {
  'benxi-hrss': '000 第八条',
  hengshan: '001 第十二条(一)',
  'linxi-hrss': '002 第十九条(二), 第二十二条(二)',
  'fushun-culture': '003 第九条',
  'dalian-xigang-hrss': '004 第十七条',
};

describe('INV-01-P: officer data in the investigation records', () => {
  it.each(each)('INV-01 %s', (id, profile) => {
    const article = officerArticles[id];
    const alone = activity({
      officers: [{ userId: 'zhang', name: '张三', certificateNumber: '', certificateShown: false }],
    });
    const [violating] = itemsOf(profile, snapshot({ activities: [alone] }), 'INV-01');
    expect(violating).toMatchObject({ requirementId: 'INV-01', status: 'missing', article });
    expect(violating?.message.zh).toContain('仅 1 名');
    expect(violating?.message.zh).toContain('未记录出示执法证件：张三');
    const asksNumbers = profile.records.officerData?.items.some((item) => item.data.includes('certificateNumbers'));
    expect(violating?.message.zh.includes('未记录执法证件编号')).toBe(asksNumbers);
    expect(itemsOf(profile, snapshot({ activities: [activity()] }), 'INV-01')).toMatchObject([
      { status: 'done', article },
    ]);
  });
});

/** A final handling opinion filling every item of the table, made before the decision. */
function opinion(table: NonNullable<Profile['records']['handlingOpinion']>, empty?: string): Document {
  const data = Object.fromEntries(
    table.items.map((item) => [item.id, item.id === empty ? '' : item.id === 'party' ? { name: '王五' } : '……']),
  );
  return document({ typeCode: table.document, activityId: null, data, updatedAt: '2026-11-08T01:00:00.000Z' });
}

describe('DEC-01-P: the handling opinion and its mandatory content', () => {
  it.each(each)('DEC-01 %s', (_, profile) => {
    const table = profile.records.handlingOpinion;
    if (!table) {
      expect(itemsOf(profile, snapshot(afterDecision), 'DEC-01')).toEqual([]);
      return;
    }
    expect(itemsOf(profile, snapshot(afterDecision), 'DEC-01')).toMatchObject([
      { requirementId: 'DEC-01', status: 'missing', article: table.article },
    ]);
    for (const item of table.items) {
      const lacking = itemsOf(profile, snapshot({ ...afterDecision, documents: [opinion(table, item.id)] }), 'DEC-01');
      expect(lacking, item.id).toMatchObject([{ status: 'missing', article: table.article }]);
      expect(lacking[0]?.message.zh).toContain(item.zh);
    }
    expect(itemsOf(profile, snapshot({ ...afterDecision, documents: [opinion(table)] }), 'DEC-01')).toMatchObject([
      { status: 'done', article: table.article },
    ]);
  });
});

describe('GEN-06-P: a written record for every step where the profile makes it mandatory', () => {
  it.each(each)('GEN-06 %s', (_, profile) => {
    const mode = profile.records.recordMode;
    const article = mode.byAct?.find((entry) => entry.act === 'penalty')?.article ?? mode.article;
    const duty = mode.writtenEveryStep === true || mode.byAct?.some((entry) => entry.modes.includes('written'));
    const avOnly = snapshot({ ...inReview, activities: [activity()], avRecords: [recording] });
    const written = snapshot({
      ...inReview,
      activities: [activity()],
      documents: [document({ typeCode: 'inquiryTranscript' })],
    });
    if (!duty) {
      expect(itemsOf(profile, avOnly, 'GEN-06')).toEqual([]);
      return;
    }
    expect(itemsOf(profile, avOnly, 'GEN-06')).toMatchObject([
      { requirementId: 'GEN-06', status: 'missing', severity: 'violation', article },
    ]);
    expect(itemsOf(profile, avOnly, 'GEN-06')[0]?.message.zh).toContain('仅有音像记录');
    expect(itemsOf(profile, written, 'GEN-06')).toMatchObject([{ status: 'done', article }]);
  });

  it('GEN-06: HS (001 第四条) and LX (002 第五条 for penalties) have it; BX, FS and XG do not', () => {
    const cited = Object.fromEntries(
      profiles.map((profile) => [
        profile.id,
        itemsOf(profile, snapshot({ ...inReview, activities: [activity()] }), 'GEN-06')[0]?.article ?? 'none',
      ]),
    );
    expect(cited).toEqual({
      'benxi-hrss': 'none',
      hengshan: '001 第四条',
      'linxi-hrss': '002 第五条',
      'fushun-culture': 'none',
      'dalian-xigang-hrss': 'none',
    });
  });
});
