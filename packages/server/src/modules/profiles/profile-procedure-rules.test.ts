import type { CaseSnapshot } from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import { bareSnapshot, eachShippedProfile, ruleItems } from '../../test/profile-snapshots';

/**
 * Issue 6: the procedure rules (APPR-01, HEAR-02) of every shipped profile, one case that violates each and one that
 * satisfies it, generated from the profile's own chain and hearing-notice period and asserting its article.
 */

type Approval = CaseSnapshot['approvals'][number];

const now = '2026-12-01T00:00:00.000Z';
const step = (kind: Approval['steps'][number]['kind'], at: string, userId: string) => ({
  kind,
  agree: true,
  userId,
  at,
});
const registration = (steps: Approval['steps']): Approval => ({
  id: 'appr-1',
  type: 'registration',
  status: 'approved',
  activityId: null,
  steps,
});
const proposed = step('propose', '2026-11-02T01:00:00.000Z', 'zhang');
const reviewed = step('review', '2026-11-02T02:00:00.000Z', 'head');
const approved = step('approve', '2026-11-02T03:00:00.000Z', 'chief');
const registered = { action: 'register', at: '2026-11-02T04:00:00.000Z', approvalId: 'appr-1' };

describe('APPR-01-P: the approval chain of each profile', () => {
  it.each(eachShippedProfile)('APPR-01 %s', (_, profile) => {
    const chain = profile.records.approvalChain;
    const hasReviewer = chain === null || chain.steps.some((entry) => entry.step === 'reviewer');
    const article = chain?.article ?? null;
    const full = bareSnapshot({ events: [registered], approvals: [registration([proposed, reviewed, approved])] });
    expect(ruleItems(profile, full, now, 'APPR-01')).toMatchObject([{ status: 'done', article }]);

    const unreviewed = bareSnapshot({ events: [registered], approvals: [registration([proposed, approved])] });
    const items = ruleItems(profile, unreviewed, now, 'APPR-01');
    // A chain naming no reviewer (HS 001 第十条) is complete without a review; every other chain is not.
    expect(items).toMatchObject([{ status: hasReviewer ? 'missing' : 'done', article }]);

    const unapproved = bareSnapshot({ events: [{ action: 'register', at: registered.at }] });
    expect(ruleItems(profile, unapproved, now, 'APPR-01.register')).toMatchObject([
      { status: 'missing', severity: 'violation', article },
    ]);
  });
});

describe('HEAR-02-P: the hearing notice period of each profile', () => {
  const hearingAt = '2026-11-20T01:00:00.000Z';
  const number = '听通〔2026〕1号';
  const document = (id: string, typeCode: string, data: Record<string, unknown>) => ({
    id,
    typeCode,
    status: 'final',
    activityId: null,
    data,
    signatures: [],
    createdBy: 'zhang',
    updatedAt: '2026-11-05T01:00:00.000Z',
    finalisedAt: '2026-11-05T01:00:00.000Z',
  });
  const notice = document('notice', 'hearingNotice', { documentNumber: number, hearingAt });
  const servedDaysBefore = (days: number) =>
    document('receipt', 'serviceReceipt', {
      documentNumber: number,
      servedAt: new Date(Date.parse(hearingAt) - days * 86_400_000).toISOString(),
    });

  it.each(eachShippedProfile)('HEAR-02 %s', (_, profile) => {
    const rule = profile.deadlines.hearingNotice;
    const late = bareSnapshot({ documents: [notice, servedDaysBefore(1)] });
    if (!rule) {
      // A profile that does not state the period (only LX 002 第八条 does) has no item.
      expect(ruleItems(profile, late, now, 'HEAR-02')).toEqual([]);
      return;
    }
    expect(
      ruleItems(profile, bareSnapshot({ documents: [notice, servedDaysBefore(rule.days - 1)] }), now, 'HEAR-02'),
    ).toMatchObject([{ status: 'missing', severity: 'violation', article: rule.article }]);
    expect(
      ruleItems(profile, bareSnapshot({ documents: [notice, servedDaysBefore(rule.days)] }), now, 'HEAR-02'),
    ).toMatchObject([{ status: 'done', article: rule.article }]);
  });
});

describe('CLOSE-02-P: the end date each profile anchors archiving on', () => {
  const closed = { action: 'close', at: '2026-11-20T01:00:00.000Z' };
  it.each(eachShippedProfile)('CLOSE-02 %s', (_, profile) => {
    const article = profile.deadlines.archive?.article ?? null;
    const without = bareSnapshot({ stage: 'closed', events: [registered, closed] });
    expect(ruleItems(profile, without, now, 'CLOSE-02')).toMatchObject([
      { status: 'missing', severity: 'violation', article },
    ]);
    const withDate = bareSnapshot({ stage: 'closed', events: [registered, closed], endedOn: '2026-11-19' });
    const [item] = ruleItems(profile, withDate, now, 'CLOSE-02');
    expect(item).toMatchObject({ status: 'done', article });
    // LX 002 第二十三条 counts from the completion of the matter; the others from the end of the enforcement act.
    const anchor =
      profile.deadlines.archive?.anchor === 'completion' ? '行政执法事项办理完毕之日' : '行政执法行为终结之日';
    expect(item!.message.zh).toContain(anchor);
  });
});
