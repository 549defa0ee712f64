import { describe, expect, it } from 'vitest';
import { createOfficialCalendar } from '../calendar/schedules/index';
import { avRecordRules, avStorageStatus, missingCaseMetadata, type AvRecordFacts } from './av-record-rules';
import type { Profile } from './profile';

const calendar = createOfficialCalendar();

type Part = Pick<Profile, 'av' | 'avStorage'>;

function profile(storage: Partial<Profile['avStorage']> = {}, av: Partial<Profile['av']> = {}): Part {
  return {
    av: {
      requirements: [],
      unsuitableException: null,
      objectiveLimitation: null,
      continuity: { toleranceSeconds: 2, everyBodyCamRecording: false, article: null },
      keyContent: null,
      mounting: null,
      announcement: null,
      caseMetadata: null,
      partyReview: null,
      ...av,
    },
    avStorage: {
      rule: 'hours24',
      anchor: 'recordComplete',
      article: '000 第二十四条',
      returnException: null,
      custody: { officerMayHold: 'never', designatedStaffAllowed: false, article: '000 第二十四条' },
      monthlyHandover: null,
      evidenceCopy: null,
      retention: { minimumMonths: null, patrolMinimumMonths: null, article: null },
      ...storage,
    },
  };
}

function facts(overrides: Partial<AvRecordFacts> = {}): AvRecordFacts {
  return {
    deviceType: 'bodyCam',
    capturedFrom: '2026-11-20T09:00:00+08:00',
    capturedTo: '2026-11-20T10:00:00+08:00',
    receivedAt: '2026-11-20T12:00:00+08:00',
    place: null,
    purpose: null,
    makerId: null,
    persons: null,
    summary: null,
    announcementOffsetSeconds: null,
    mounting: null,
    keyContent: null,
    partyReview: null,
    storageException: null,
    ...overrides,
  };
}

describe('AVS-01: the storage due time of a recording and its exact lateness, per profile', () => {
  it('AVS-01 (BX 24 h): on time at 23 h, late by the exact seconds at 24 h + 90 s', () => {
    const bx = profile();
    expect(avStorageStatus(bx, facts({ receivedAt: '2026-11-21T09:00:00+08:00' }), null, calendar)).toMatchObject({
      dueAt: '2026-11-21T02:00:00.000Z',
      lateBySeconds: 0,
      article: '000 第二十四条',
    });
    expect(avStorageStatus(bx, facts({ receivedAt: '2026-11-21T10:01:30+08:00' }), null, calendar).lateBySeconds).toBe(
      90,
    );
  });

  it('AVS-01 (HS 2 working days): a Friday recording is due at the end of Tuesday', () => {
    const hs = profile({ rule: 'workingDays2', anchor: 'recordDay', article: '001 第三十条' });
    const stored = avStorageStatus(hs, facts({ receivedAt: '2026-11-24T23:00:00+08:00' }), null, calendar);
    expect(stored).toMatchObject({ dueAt: '2026-11-24T16:00:00.000Z', lateBySeconds: 0 });
    expect(avStorageStatus(hs, facts({ receivedAt: '2026-11-25T00:00:01+08:00' }), null, calendar).lateBySeconds).toBe(
      1,
    );
  });

  it('AVS-01 (LX): the 24 hours run from the end of the enforcement matter when it ends after the recording', () => {
    const lx = profile({ anchor: 'matterEnd', article: '002 第二十五条' });
    const activity = { type: 'siteInspection' as const, endedAt: '2026-11-20T18:00:00+08:00', context: null };
    expect(avStorageStatus(lx, facts(), activity, calendar).dueAt).toBe('2026-11-21T10:00:00.000Z');
    expect(avStorageStatus(lx, facts(), null, calendar).dueAt).toBe('2026-11-21T02:00:00.000Z');
  });

  it('AVS-01 (XG): end of the working day; a Saturday recording is due at the end of Monday', () => {
    const xg = profile({ rule: 'endOfWorkingDay', anchor: 'dayEnd', article: '004 第十条' });
    const saturday = facts({ capturedFrom: '2026-11-21T09:00:00+08:00', capturedTo: '2026-11-21T10:00:00+08:00' });
    expect(avStorageStatus(xg, saturday, null, calendar).dueAt).toBe('2026-11-23T16:00:00.000Z');
  });

  it('AVS-01: without a capture time the deadline cannot be computed yet', () => {
    expect(avStorageStatus(profile(), facts({ capturedFrom: null, capturedTo: null }), null, calendar)).toMatchObject({
      dueAt: null,
      lateBySeconds: null,
    });
  });

  it('AVS-01 (HS, FS): the return-to-unit exception moves the due time to 24 h after the return', () => {
    const hs = profile({
      rule: 'workingDays2',
      anchor: 'recordDay',
      article: '001 第三十条',
      returnException: { article: '001 第三十条' },
    });
    const claimed = facts({
      receivedAt: '2026-11-27T20:00:00+08:00',
      storageException: { reason: '赴外县连续执法，无法及时存储', returnedAt: '2026-11-27T09:00:00+08:00' },
    });
    expect(avStorageStatus(hs, claimed, null, calendar)).toMatchObject({
      rule: 'afterReturn24h',
      dueAt: '2026-11-28T01:00:00.000Z',
      lateBySeconds: 0,
      exceptionProblems: [],
    });
    const noReason = facts({ storageException: { reason: null, returnedAt: '2026-11-27T09:00:00+08:00' } });
    expect(avStorageStatus(hs, noReason, null, calendar).exceptionProblems).toEqual(['av.exception_reason_required']);
  });

  it('AVS-01 (BX): the return-to-unit exception is not available', () => {
    const claimed = facts({ storageException: { reason: '连续工作', returnedAt: '2026-11-22T09:00:00+08:00' } });
    const status = avStorageStatus(profile(), claimed, null, calendar);
    expect(status.exceptionProblems).toEqual(['av.exception_not_allowed']);
    expect(status.rule).toBe('hours24');
  });
});

describe('AV-05 … AV-11: what the profile asks of one recording', () => {
  const lx = profile(
    { anchor: 'matterEnd', article: '002 第二十五条' },
    {
      keyContent: {
        article: '002 第二十一条',
        items: [
          { id: 'partyConduct', zh: '当事人、证人的言行及面貌特征', en: 'Party conduct' },
          { id: 'siteSign', zh: '场所明显标志', en: 'Site sign', offPremisesOnly: true, article: '002 第二十二条(四)' },
        ],
      },
      mounting: { article: '002 第二十一条' },
      announcement: {
        scope: 'everyBodyCamRecording',
        wording: '为保护您的合法权益,监督我的执法行为,对本次执法事项将全程录音录像',
        article: '002 第二十二条(一)',
      },
      caseMetadata: {
        fields: ['capturedFrom', 'place', 'purpose', 'maker', 'persons', 'summary'],
        article: '002 第二十二条(三)',
      },
    },
  );

  it('AV-05, AV-09: the checklist lists the site-sign item only outside the office premises', () => {
    const inside = avRecordRules(lx, facts(), { type: 'inquiry', endedAt: null, context: null }, calendar);
    expect(inside.keyContent?.items.map((item) => item.id)).toEqual(['partyConduct']);
    const outside = avRecordRules(
      lx,
      facts({ keyContent: { siteSign: 'captured' } }),
      { type: 'siteInspection', endedAt: null, context: { offPremises: true } },
      calendar,
    );
    expect(outside.keyContent?.items).toEqual([
      { id: 'partyConduct', zh: '当事人、证人的言行及面貌特征', en: 'Party conduct', value: null },
      { id: 'siteSign', zh: '场所明显标志', en: 'Site sign', value: 'captured' },
    ]);
  });

  it('AV-06, AV-07 (LX): a body-cam recording needs its mounting and the announcement; a photo does not', () => {
    const rules = avRecordRules(lx, facts(), null, calendar);
    expect(rules.mounting).toEqual({ article: '002 第二十一条', recorded: false });
    expect(rules.announcement).toMatchObject({ given: false, wording: expect.stringContaining('全程录音录像') });
    const given = avRecordRules(lx, facts({ mounting: 'leftChest', announcementOffsetSeconds: 3 }), null, calendar);
    expect(given.mounting?.recorded).toBe(true);
    expect(given.announcement?.given).toBe(true);
    const photo = avRecordRules(lx, facts({ deviceType: 'camera' }), null, calendar);
    expect(photo.mounting).toBeNull();
    expect(photo.announcement).toBeNull();
  });

  it('AV-08 (LX): names what a recording lacks before it may join a case; nothing once described', () => {
    expect(missingCaseMetadata(lx, facts())).toEqual(['place', 'purpose', 'maker', 'persons', 'summary']);
    expect(
      missingCaseMetadata(
        lx,
        facts({
          place: '某公司',
          purpose: '证明现场检查过程',
          makerId: 'u1',
          persons: '当事人周某',
          summary: '检查用工台账',
        }),
      ),
    ).toEqual([]);
    expect(missingCaseMetadata(profile(), facts())).toEqual([]);
  });

  it('AV-07, AV-11 (XG): announcement and party review apply to questioning, coercive measures and penalties only', () => {
    const xg = profile(
      { rule: 'endOfWorkingDay', anchor: 'dayEnd', article: '004 第十条' },
      {
        announcement: { scope: 'listedActivities', activities: ['inquiry'], wording: null, article: '004 第十八条' },
        partyReview: { activities: ['inquiry'], article: '004 第十八条' },
      },
    );
    const inquiry = { type: 'inquiry' as const, endedAt: null, context: null };
    const rules = avRecordRules(xg, facts(), inquiry, calendar);
    expect(rules.announcement).toEqual({ article: '004 第十八条', wording: null, given: false });
    expect(rules.partyReview).toEqual({ article: '004 第十八条', recorded: false });
    const reviewed = avRecordRules(
      xg,
      facts({ partyReview: { reviewedAt: '2026-11-20T10:05:00+08:00', signed: true } }),
      inquiry,
      calendar,
    );
    expect(reviewed.partyReview?.recorded).toBe(true);
    const inspection = avRecordRules(xg, facts(), { type: 'siteInspection', endedAt: null, context: null }, calendar);
    expect(inspection.partyReview).toBeNull();
    expect(inspection.announcement).toBeNull();
  });
});
