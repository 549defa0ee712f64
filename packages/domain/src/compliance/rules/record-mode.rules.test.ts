import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../case-snapshot';
import { activityOf, avRecordOf, contextOf, documentOf, profileOf, snapshotOf } from '../compliance-fixture';
import type { ComplianceItem } from '../compliance-item';
import { evaluateCase } from '../evaluate';
import type { ProfileCode } from '../../documents/document-type';
import type { Profile } from '../../profiles/profile';
import { recordModeRules, writtenRecordRule } from './record-mode.rules';

const now = '2026-03-10T01:00:00.000Z';
const registered = { action: 'register', at: '2026-03-02T01:00:00.000Z' };
const investigationEnded = { action: 'endInvestigation', at: '2026-03-03T01:00:00.000Z' };
const inReview: Partial<CaseSnapshot> = { stage: 'review', events: [registered, investigationEnded] };

type RecordMode = Profile['records']['recordMode'];

/** GEN-06-P of profiles/*.yaml. */
const recordModes: Record<ProfileCode, RecordMode> = {
  BX: { writtenEveryStep: false, article: '000 第三条', byAct: null },
  HS: { writtenEveryStep: true, article: '001 第四条', byAct: null },
  LX: {
    writtenEveryStep: false,
    article: '002 第四条',
    byAct: [
      { act: 'penalty', modes: ['written', 'av'], article: '002 第五条' },
      { act: 'coercion', modes: ['written'], article: '002 第十三条' },
      { act: 'levy', modes: ['written', 'informationSystem'], article: '002 第十四条' },
      { act: 'fee', modes: ['written'], article: '002 第十五条' },
      { act: 'inspection', modes: ['written', 'av'], article: '002 第十六条' },
    ],
  },
  FS: { writtenEveryStep: false, article: '003 第三条', byAct: null },
  XG: { writtenEveryStep: null, article: null, byAct: null },
};

function profile(family: ProfileCode, recordMode: RecordMode = recordModes[family]): Profile {
  const base = profileOf(family);
  return profileOf(family, { records: { ...base.records, recordMode } });
}

function run(family: ProfileCode, snapshot: CaseSnapshot, recordMode?: RecordMode): ComplianceItem[] {
  const chosen = profile(family, recordMode);
  return writtenRecordRule.applies(chosen) ? writtenRecordRule.evaluate(contextOf(chosen, snapshot, now)) : [];
}

function only(family: ProfileCode, snapshot: CaseSnapshot, recordMode?: RecordMode): ComplianceItem {
  const items = run(family, snapshot, recordMode);
  expect(items).toHaveLength(1);
  return items[0] as ComplianceItem;
}

const inquiry = activityOf();
const transcript = documentOf({ typeCode: 'inquiryTranscript', activityId: 'act-1' });
/** 权利告知: an activity type that produces no documents; its written record is the summary. */
const notification = activityOf({ type: 'rightsNotification' });

describe('GEN-06: a written record for every recorded step where the profile makes it mandatory', () => {
  it('GEN-06 (HS 001 第四条): an inquiry with only A/V is missing once the case left investigation', () => {
    const item = only('HS', snapshotOf({ ...inReview, activities: [inquiry], avRecords: [avRecordOf()] }));
    expect(item).toMatchObject({
      rule: 'GEN-06',
      requirementId: 'GEN-06',
      status: 'missing',
      severity: 'violation',
      article: '001 第四条',
    });
    expect(item.subject).toEqual({ type: 'activity', id: 'act-1' });
    expect(item.responsibleIds).toEqual(['h1', 'h2']);
    expect(item.message.zh).toBe('询问：仅有音像记录，缺少书面记录');
  });

  it('GEN-06 (HS 001 第四条): the same inquiry with a final linked transcript is done', () => {
    const item = only('HS', snapshotOf({ ...inReview, activities: [inquiry], documents: [transcript] }));
    expect(item).toMatchObject({ status: 'done', article: '001 第四条' });
  });

  it('GEN-06 (HS): open while the case is still in the activity’s stage, or while the activity has not ended', () => {
    expect(only('HS', snapshotOf({ activities: [inquiry], avRecords: [avRecordOf()] })).status).toBe('open');
    const running = activityOf({ endedAt: null });
    expect(only('HS', snapshotOf({ ...inReview, activities: [running] })).status).toBe('open');
  });

  it('GEN-06 (HS): a draft or a document linked elsewhere is no written record', () => {
    const draft = { ...transcript, status: 'draft' };
    const elsewhere = { ...transcript, activityId: 'act-9' };
    expect(only('HS', snapshotOf({ ...inReview, activities: [inquiry], documents: [draft] })).status).toBe('missing');
    expect(only('HS', snapshotOf({ ...inReview, activities: [inquiry], documents: [elsewhere] })).status).toBe(
      'missing',
    );
  });

  it('GEN-06 (HS): an activity type producing no documents needs a non-empty summary', () => {
    const blank = activityOf({ type: 'rightsNotification', summary: '  ' });
    expect(only('HS', snapshotOf({ ...inReview, activities: [blank] }))).toMatchObject({
      status: 'missing',
      article: '001 第四条',
    });
    expect(only('HS', snapshotOf({ ...inReview, activities: [notification] })).message.zh).toBe(
      '权利告知：缺少书面记录',
    );
    const summarised = activityOf({
      type: 'rightsNotification',
      summary: '当场口头告知陈述、申辩权利，当事人表示知悉。',
    });
    expect(only('HS', snapshotOf({ ...inReview, activities: [summarised] })).status).toBe('done');
  });

  it('GEN-06 (HS): a summary does not replace the document of a type that produces documents', () => {
    const summarised = activityOf({ summary: '询问了当事人。' });
    expect(only('HS', snapshotOf({ ...inReview, activities: [summarised] })).status).toBe('missing');
  });

  it.each<[string, string]>([
    ['penalty', '002 第五条'],
    ['coercion', '002 第十三条'],
    ['levy', '002 第十四条'],
    ['fee', '002 第十五条'],
    ['inspection', '002 第十六条'],
  ])('GEN-06 (LX): an act %s whose forms include written needs it (%s)', (act, article) => {
    const violating = only(
      'LX',
      snapshotOf({ ...inReview, act: act as CaseSnapshot['act'], activities: [inquiry], avRecords: [avRecordOf()] }),
    );
    expect(violating).toMatchObject({ rule: 'GEN-06', status: 'missing', article });
    const satisfying = only(
      'LX',
      snapshotOf({ ...inReview, act: act as CaseSnapshot['act'], activities: [inquiry], documents: [transcript] }),
    );
    expect(satisfying).toMatchObject({ status: 'done', article });
  });

  it('GEN-06 (LX): an act the table does not list, or whose forms lack written, has nothing to check', () => {
    expect(run('LX', snapshotOf({ ...inReview, act: 'licensing', activities: [inquiry] }))).toEqual([]);
    const avOnly: RecordMode = {
      writtenEveryStep: false,
      article: '002 第四条',
      byAct: [{ act: 'penalty', modes: ['av'], article: '002 第五条' }],
    };
    expect(run('LX', snapshotOf({ ...inReview, activities: [inquiry] }), avOnly)).toEqual([]);
  });

  it.each<ProfileCode>(['BX', 'FS', 'XG'])(
    'GEN-06 (%s): written and A/V may be used together or separately (or the seed is silent): the rule does not apply',
    (family) => {
      expect(writtenRecordRule.applies(profile(family))).toBe(false);
      expect(run(family, snapshotOf({ ...inReview, activities: [inquiry], avRecords: [avRecordOf()] }))).toEqual([]);
    },
  );

  it('GEN-06: the engine runs the rule (HS) next to the others', () => {
    expect(recordModeRules).toEqual([writtenRecordRule]);
    const items = evaluateCase(
      contextOf(profile('HS'), snapshotOf({ ...inReview, activities: [inquiry], avRecords: [avRecordOf()] }), now),
    );
    expect(items.filter((item) => item.rule === 'GEN-06').map((item) => item.status)).toEqual(['missing']);
  });
});
