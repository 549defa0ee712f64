import { describe, expect, it } from 'vitest';
import { bareSnapshot, ruleItems, shippedProfiles } from '../../test/profile-snapshots';

/**
 * Issue 6: for every deadline rule of every shipped profile, one case that violates it and one that satisfies it,
 * generated from the profile's own parameters and asserting the rule's item and article. A profile that is silent
 * on a rule gets no item for it.
 */
describe('INIT-07-P: the emergency retro-approval deadline of each profile', () => {
  const startedAt = '2026-11-10T02:00:00.000Z';
  it.each(shippedProfiles.map((profile) => [profile.id, profile] as const))('INIT-07 %s', (_, profile) => {
    const rule = profile.deadlines.emergencyRetroApproval;
    const late = bareSnapshot({
      emergency: { startedAt, retroDueAt: null, retroApprovedAt: '2026-11-11T03:00:00.000Z' },
    });
    const inTime = bareSnapshot({
      emergency: { startedAt, retroDueAt: null, retroApprovedAt: '2026-11-10T20:00:00.000Z' },
    });
    if (!rule) {
      // A profile without the emergency provision flags any emergency start.
      expect(ruleItems(profile, inTime, '2026-11-12T00:00:00.000Z', 'INIT-07.notProvided')).toMatchObject([
        { status: 'missing', requirementId: 'INIT-07' },
      ]);
      return;
    }
    expect(ruleItems(profile, late, '2026-11-12T00:00:00.000Z', 'INIT-07')).toMatchObject([
      { status: 'overdue', severity: 'violation', article: rule.article, dueAt: '2026-11-11T02:00:00.000Z' },
    ]);
    expect(ruleItems(profile, inTime, '2026-11-12T00:00:00.000Z', 'INIT-07')).toMatchObject([
      { status: 'done', article: rule.article },
    ]);
  });
});

describe('ARCH-01-P: the archiving period of each profile', () => {
  const closedAt = '2026-03-02T02:00:00.000Z';
  it.each(shippedProfiles.map((profile) => [profile.id, profile] as const))('ARCH-01 %s', (_, profile) => {
    const rule = profile.deadlines.archive;
    const closed = bareSnapshot({ stage: 'closed', events: [{ action: 'close', at: closedAt }] });
    const items = ruleItems(profile, closed, '2026-12-01T00:00:00.000Z', 'ARCH-01');
    if (!rule) {
      expect(items).toEqual([]);
      return;
    }
    expect(items).toMatchObject([{ status: 'overdue', article: rule.article, requirementId: 'ARCH-01' }]);
    // Archived one day before the due date is in time: the due date is N days after closing, or later (day off).
    const dueAt = Date.parse(items[0]!.dueAt!);
    expect(dueAt - Date.parse('2026-03-02T16:00:00.000Z')).toBeGreaterThanOrEqual((rule.days - 1) * 86_400_000);
    const archived = bareSnapshot({
      stage: 'archived',
      events: [
        { action: 'close', at: closedAt },
        { action: 'archive', at: new Date(dueAt - 86_400_000).toISOString() },
      ],
    });
    expect(ruleItems(profile, archived, '2026-12-01T00:00:00.000Z', 'ARCH-01')).toMatchObject([{ status: 'done' }]);
  });

  it('ARCH-01 (HS 20 days, FS 60 days): the periods differ per profile on the same case', () => {
    const closed = bareSnapshot({ stage: 'closed', events: [{ action: 'close', at: closedAt }] });
    const due = (id: string) =>
      ruleItems(
        shippedProfiles.find((profile) => profile.id === id)!,
        closed,
        '2026-03-03T00:00:00.000Z',
        'ARCH-01',
      )[0]?.dueAt;
    // Closed Monday 2 March 2026 (Beijing): HS 20 days → Sunday 22 March → moved to Monday 23 March; FS 60 days → 1 May
    // (Labour Day break) → the next working day, 6 May.
    expect(due('hengshan')).toBe('2026-03-23T16:00:00.000Z');
    expect(due('fushun-culture')).toBe('2026-05-06T16:00:00.000Z');
    expect(due('dalian-xigang-hrss')).toBeUndefined();
  });

  it.each(shippedProfiles.map((profile) => [profile.id, profile] as const))(
    'ARCH-01, CLOSE-02 %s: the period runs from the recorded end date, named as the profile names it',
    (_, profile) => {
      const rule = profile.deadlines.archive;
      // Ended 2 March, closed 1 April: the due date is N days after 2 March (or the next working day), not after 1 April.
      const ended = bareSnapshot({
        stage: 'closed',
        endedOn: '2026-03-02',
        events: [{ action: 'close', at: '2026-04-01T02:00:00.000Z' }],
      });
      const items = ruleItems(profile, ended, '2026-04-02T00:00:00.000Z', 'ARCH-01');
      if (!rule) {
        expect(items).toEqual([]);
        return;
      }
      const anchor = rule.anchor === 'completion' ? '行政执法事项办理完毕之日' : '行政执法行为终结之日';
      const fromEnd = Date.parse(items[0]!.dueAt!) - Date.parse('2026-03-02T16:00:00.000Z');
      expect(fromEnd).toBeGreaterThanOrEqual((rule.days - 1) * 86_400_000);
      expect(fromEnd).toBeLessThan((rule.days + 9) * 86_400_000);
      expect(items[0]!.message.zh).toContain(`${anchor}（2026-03-02）起 ${rule.days} 日内归档`);
    },
  );
});

describe('HEAR-04, EXEC-02: per-profile deadlines read from the case', () => {
  it.each(shippedProfiles.map((profile) => [profile.id, profile] as const))('HEAR-04 and EXEC-02 %s', (_, profile) => {
    const kase = bareSnapshot({
      hearingReport: { dueAt: '2026-11-20T16:00:00.000Z', reportedAt: null, provisional: false },
      rectification: { dueAt: '2026-11-20T16:00:00.000Z', checkedAt: '2026-11-19T02:00:00.000Z' },
    });
    const hearing = ruleItems(profile, kase, '2026-11-21T00:00:00.000Z', 'HEAR-04');
    const rectification = ruleItems(profile, kase, '2026-11-21T00:00:00.000Z', 'EXEC-02');
    const hearingRule = profile.deadlines.hearingReport;
    const rectificationRule = profile.deadlines.rectificationCheck;
    expect(hearing).toMatchObject(hearingRule ? [{ status: 'overdue', article: hearingRule.article }] : []);
    expect(rectification).toMatchObject(
      rectificationRule ? [{ status: 'done', article: rectificationRule.article }] : [],
    );
    if (hearingRule) {
      const reported = bareSnapshot({
        hearingReport: {
          dueAt: '2026-11-20T16:00:00.000Z',
          reportedAt: '2026-11-20T08:00:00.000Z',
          provisional: false,
        },
      });
      expect(ruleItems(profile, reported, '2026-11-21T00:00:00.000Z', 'HEAR-04')).toMatchObject([{ status: 'done' }]);
    }
    if (rectificationRule) {
      const unchecked = bareSnapshot({ rectification: { dueAt: '2026-11-20T16:00:00.000Z', checkedAt: null } });
      expect(ruleItems(profile, unchecked, '2026-11-21T00:00:00.000Z', 'EXEC-02')).toMatchObject([
        { status: 'overdue', severity: 'violation' },
      ]);
    }
  });
});
