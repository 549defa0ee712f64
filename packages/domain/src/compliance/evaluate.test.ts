import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from './case-snapshot';
import { activityOf, avRecordOf, contextOf, documentOf, profileOf, snapshotOf } from './compliance-fixture';
import type { ComplianceItem } from './compliance-item';
import { evaluateCase, findingsOf } from './evaluate';
import type { Profile } from '../profiles/profile';

/** The engine's view of one rule: its items, whatever else the case produces. */
function itemsOf(rule: string, profile: Profile, snapshot: CaseSnapshot, now: string): ComplianceItem[] {
  return evaluateCase(contextOf(profile, snapshot, now)).filter((item) => item.rule.split('.')[0] === rule);
}

function one(rule: string, profile: Profile, snapshot: CaseSnapshot, now: string): ComplianceItem {
  const items = itemsOf(rule, profile, snapshot, now);
  expect(items).toHaveLength(1);
  return items[0] as ComplianceItem;
}

const inspection = activityOf({ type: 'siteInspection' });
const withAv = (family: 'BX' | 'HS', level: 'R' | 'C', article: string) =>
  profileOf(family, {
    av: { ...profileOf(family).av, requirements: [{ activity: 'siteInspection', level, article }] },
  });

describe('AV-01: activities the matrix obliges to have A/V', () => {
  const hs = withAv('HS', 'R', '001 第十五条');

  it('AV-01: missing A/V is open until the storage deadline (HS: 2 working days), then overdue', () => {
    const snapshot = snapshotOf({ activities: [inspection] });
    // Ended Monday 2026-03-02 11:00 local; two working days → Wednesday 03-04, 24:00 Asia/Shanghai.
    const early = one('AV-01', hs, snapshot, '2026-03-02T04:00:00.000Z');
    expect(early).toMatchObject({ requirementId: 'AV-01', article: '001 第十五条', status: 'open' });
    expect(early.dueAt).toBe('2026-03-04T16:00:00.000Z');
    expect(one('AV-01', hs, snapshot, '2026-03-04T08:00:00.000Z').status).toBe('dueSoon');
    const late = one('AV-01', hs, snapshot, '2026-03-05T01:00:00.000Z');
    expect(late).toMatchObject({ status: 'overdue', severity: 'violation' });
    expect(one('AV-01', hs, { ...snapshot, avRecords: [avRecordOf()] }, '2026-03-05T01:00:00.000Z').status).toBe(
      'done',
    );
  });

  it('AV-02: an unsuitable-for-recording exception the profile allows is excepted (BX 第十一条)', () => {
    const bx = withAv('BX', 'R', '000 第十一条');
    const excepted = { ...inspection, exception: { kind: 'unsuitable' as const, reason: '涉及个人隐私' } };
    const item = one('AV-01', bx, snapshotOf({ activities: [excepted] }), '2026-03-05T01:00:00.000Z');
    expect(item).toMatchObject({ status: 'excepted', dueAt: null });
    expect(findingsOf([item])).toHaveLength(1);
    // HS has no such exception: the claim does not count.
    expect(one('AV-01', hs, snapshotOf({ activities: [excepted] }), '2026-03-05T01:00:00.000Z').status).toBe('overdue');
  });

  it('AV-03: a break in continuous A/V with its reason recorded is a notice; without one, missing after the deadline', () => {
    const continuous = withAv('HS', 'C', '001 第十五条');
    const segments = [
      avRecordOf({ id: 'av-1', activityId: 'act-1', capturedTo: '2026-03-02T02:30:00.000Z' }),
      avRecordOf({ id: 'av-2', activityId: 'act-1', capturedFrom: '2026-03-02T02:35:00.000Z' }),
    ];
    const noted = { ...inspection, gapNotes: [{ beforeId: 'av-1', afterId: 'av-2', reason: '更换电池' }] };
    const explained = one(
      'AV-01',
      continuous,
      snapshotOf({ activities: [noted], avRecords: segments }),
      '2026-03-05T01:00:00.000Z',
    );
    expect(explained).toMatchObject({ requirementId: 'AV-03', status: 'notice', severity: 'info' });
    const bare = one(
      'AV-01',
      continuous,
      snapshotOf({ activities: [inspection], avRecords: segments }),
      '2026-03-05T01:00:00.000Z',
    );
    expect(bare).toMatchObject({ requirementId: 'AV-03', status: 'missing' });
  });
});

describe('AVS-01: each recording stored by its due time', () => {
  const bx = profileOf('BX');

  it('AVS-01: stored late is overdue with the exact lateness in hours and minutes (BX 第二十四条: 24 h)', () => {
    // Captured to 2026-03-02 03:00Z → due 03-03 03:00Z; received 2 h 30 min later.
    const late = avRecordOf({ receivedAt: '2026-03-03T05:30:00.000Z' });
    const item = one('AVS-01', bx, snapshotOf({ avRecords: [late] }), '2026-03-04T00:00:00.000Z');
    expect(item).toMatchObject({ requirementId: 'AVS-01', article: '000 第二十四条', status: 'overdue' });
    expect(item.dueAt).toBe('2026-03-03T03:00:00.000Z');
    expect(item.message).toEqual({ zh: '音像记录逾期 2 小时 30 分存储', en: 'Stored 2 h 30 min after its deadline' });
  });

  it('AVS-01: a part minute rounds up into the next hour, never "60 min" (fixed in av.rules.ts)', () => {
    const late = avRecordOf({ receivedAt: '2026-03-03T04:59:30.000Z' });
    const item = one('AVS-01', bx, snapshotOf({ avRecords: [late] }), '2026-03-04T00:00:00.000Z');
    expect(item.message.en).toBe('Stored 2 h 0 min after its deadline');
  });

  it('AVS-01: stored in time is done; an unknown capture time is open', () => {
    expect(one('AVS-01', bx, snapshotOf({ avRecords: [avRecordOf()] }), '2026-03-04T00:00:00.000Z').status).toBe(
      'done',
    );
    const undated = avRecordOf({ capturedFrom: null, capturedTo: null });
    expect(one('AVS-01', bx, snapshotOf({ avRecords: [undated] }), '2026-03-04T00:00:00.000Z')).toMatchObject({
      status: 'open',
      dueAt: null,
    });
  });
});

describe('INIT-07: an emergency start approved retrospectively in time', () => {
  const startedAt = '2026-03-02T01:00:00.000Z';
  const emergency = (retroApprovedAt: string | null) =>
    snapshotOf({ emergency: { startedAt, retroDueAt: null, retroApprovedAt } });

  it('INIT-07: approved within 24 h is done (HS 第十一条); after it, overdue', () => {
    const hs = profileOf('HS');
    expect(one('INIT-07', hs, emergency('2026-03-02T05:00:00.000Z'), '2026-03-04T00:00:00.000Z')).toMatchObject({
      status: 'done',
      article: '001 第十一条',
      dueAt: '2026-03-03T01:00:00.000Z',
    });
    const late = one('INIT-07', hs, emergency('2026-03-03T02:00:00.000Z'), '2026-03-04T00:00:00.000Z');
    expect(late.status).toBe('overdue');
    expect(late.message.en).toContain('done, but late');
  });

  it('INIT-07: not yet approved is due soon within the 24 h (the whole window is the warning window), then overdue', () => {
    const fs = profileOf('FS');
    expect(one('INIT-07', fs, emergency(null), '2026-03-02T02:00:00.000Z')).toMatchObject({
      status: 'dueSoon',
      article: '003 第七条',
    });
    expect(one('INIT-07', fs, emergency(null), '2026-03-03T02:00:00.000Z').status).toBe('overdue');
  });

  it('INIT-07: a profile without the emergency provision flags the emergency start itself (BX)', () => {
    const item = one('INIT-07', profileOf('BX'), emergency(null), '2026-03-02T02:00:00.000Z');
    expect(item).toMatchObject({
      rule: 'INIT-07.notProvided',
      requirementId: 'INIT-07',
      status: 'missing',
      article: null,
    });
  });
});

describe('HEAR-04, EXEC-02: reports and checks due by a date', () => {
  it('HEAR-04: the hearing report within 5 working days (LX 第八条): done in time, open before, overdue after', () => {
    const lx = profileOf('LX');
    const report = (reportedAt: string | null) =>
      snapshotOf({ hearingReport: { dueAt: '2026-03-09T16:00:00.000Z', reportedAt, provisional: false } });
    expect(one('HEAR-04', lx, report('2026-03-09T08:00:00.000Z'), '2026-03-12T00:00:00.000Z')).toMatchObject({
      status: 'done',
      article: '002 第八条',
    });
    expect(one('HEAR-04', lx, report(null), '2026-03-05T00:00:00.000Z').status).toBe('open');
    expect(one('HEAR-04', lx, report(null), '2026-03-12T00:00:00.000Z').status).toBe('overdue');
    expect(itemsOf('HEAR-04', profileOf('HS'), report(null), '2026-03-12T00:00:00.000Z')).toEqual([]);
  });

  it('EXEC-02: the rectification verified on its deadline (BX 第二十条); not verified by then is overdue', () => {
    const bx = profileOf('BX');
    const rectification = (checkedAt: string | null) =>
      snapshotOf({ rectification: { dueAt: '2026-03-20T16:00:00.000Z', checkedAt } });
    expect(one('EXEC-02', bx, rectification('2026-03-20T03:00:00.000Z'), '2026-03-25T00:00:00.000Z')).toMatchObject({
      status: 'done',
      article: '000 第二十条',
    });
    expect(one('EXEC-02', bx, rectification(null), '2026-03-25T00:00:00.000Z').status).toBe('overdue');
    expect(itemsOf('EXEC-02', profileOf('HS'), rectification(null), '2026-03-25T00:00:00.000Z')).toEqual([]);
  });
});

describe('ARCH-01: archived within the profile’s days of the end of the case', () => {
  const closedOn = (at: string, archivedAt?: string) =>
    snapshotOf({
      stage: archivedAt ? 'archived' : 'closed',
      events: [
        { action: 'register', at: '2026-03-02T01:00:00.000Z' },
        { action: 'close', at },
        ...(archivedAt ? [{ action: 'archive', at: archivedAt }] : []),
      ],
    });

  it('ARCH-01: a last day falling in the National Day break moves to the next working day (HS 第三十二条: 20 days)', () => {
    // Closed Saturday 2026-09-12; 20 days → Friday 10-02, off → Thursday 10-08, the first working day.
    const item = one('ARCH-01', profileOf('HS'), closedOn('2026-09-12T02:00:00.000Z'), '2026-09-14T00:00:00.000Z');
    expect(item).toMatchObject({
      requirementId: 'ARCH-01',
      article: '001 第三十二条',
      status: 'open',
      provisional: false,
    });
    expect(item.dueAt).toBe('2026-10-08T16:00:00.000Z');
    const archived = closedOn('2026-09-12T02:00:00.000Z', '2026-10-08T08:00:00.000Z');
    expect(one('ARCH-01', profileOf('HS'), archived, '2026-10-09T00:00:00.000Z').status).toBe('done');
  });

  it('ARCH-01: a deadline in 2027, which has no published schedule, is provisional (BX 第二十四条: 30 days)', () => {
    const item = one('ARCH-01', profileOf('BX'), closedOn('2027-03-01T02:00:00.000Z'), '2027-03-02T00:00:00.000Z');
    expect(item).toMatchObject({ article: '000 第二十四条', dueAt: '2027-03-31T16:00:00.000Z', provisional: true });
    expect(
      itemsOf('ARCH-01', profileOf('XG'), closedOn('2027-03-01T02:00:00.000Z'), '2027-03-02T00:00:00.000Z'),
    ).toEqual([]);
  });

  it('ARCH-01, CLOSE-02: the period runs from the recorded end date, not the close event (HS 第三十二条: 20 days)', () => {
    // Ended Monday 2026-03-02, closed Friday 03-20: 20 days from 03-02 → Sunday 03-22 → Monday 03-23, 24:00.
    const ended = { ...closedOn('2026-03-20T02:00:00.000Z'), endedOn: '2026-03-02' };
    const item = one('ARCH-01', profileOf('HS'), ended, '2026-03-24T00:00:00.000Z');
    expect(item).toMatchObject({ article: '001 第三十二条', status: 'overdue', dueAt: '2026-03-23T16:00:00.000Z' });
    expect(item.message.zh).toContain('行政执法行为终结之日（2026-03-02）起 20 日内归档');
    // Anchored on the close event instead, the same case would still be in time (due 2026-04-09).
    const legacy = one('ARCH-01', profileOf('HS'), closedOn('2026-03-20T02:00:00.000Z'), '2026-03-24T00:00:00.000Z');
    expect(legacy).toMatchObject({ status: 'open', dueAt: '2026-04-09T16:00:00.000Z' });
    expect(legacy.message.zh).toContain('（2026-03-20）');
  });

  it('ARCH-01: the anchor is named in the profile’s words (LX 第二十三条: 行政执法事项办理完毕之日)', () => {
    const ended = { ...closedOn('2026-03-03T02:00:00.000Z'), endedOn: '2026-03-02' };
    const item = one('ARCH-01', profileOf('LX'), ended, '2026-03-03T03:00:00.000Z');
    expect(item.message.zh).toContain('行政执法事项办理完毕之日（2026-03-02）起 30 日内归档');
    expect(item.message.en).toContain('the completion of the enforcement matter');
  });
});

describe('EXEC-03: no compulsory execution without a final demand notice before it', () => {
  const execution = activityOf({ id: 'act-9', type: 'compulsoryExecution', startedAt: '2026-04-10T01:00:00.000Z' });

  it('EXEC-03: without a demand notice it is missing; with one finalised before, done', () => {
    const bare = one('EXEC-03', profileOf('LX'), snapshotOf({ activities: [execution] }), '2026-04-11T00:00:00.000Z');
    expect(bare).toMatchObject({
      requirementId: 'EXEC-03',
      status: 'missing',
      subject: { type: 'activity', id: 'act-9' },
    });
    const demand = documentOf({ typeCode: 'demandNotice', updatedAt: '2026-04-01T01:00:00.000Z' });
    const snapshot = snapshotOf({ activities: [execution], documents: [demand] });
    expect(one('EXEC-03', profileOf('LX'), snapshot, '2026-04-11T00:00:00.000Z').status).toBe('done');
    const after = documentOf({ typeCode: 'demandNotice', updatedAt: '2026-04-10T02:00:00.000Z' });
    expect(
      one('EXEC-03', profileOf('LX'), { ...snapshot, documents: [after] }, '2026-04-11T00:00:00.000Z').status,
    ).toBe('missing');
  });
});
