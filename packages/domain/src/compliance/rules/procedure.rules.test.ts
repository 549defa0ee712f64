import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../case-snapshot';
import { contextOf, documentOf, profileOf, snapshotOf } from '../compliance-fixture';
import type { ComplianceItem } from '../compliance-item';
import type { ComplianceRule } from '../rule';
import type { Profile } from '../../profiles/profile';
import { approvalChainRule, hearingNoticeRule } from './procedure.rules';

type Approval = CaseSnapshot['approvals'][number];

function run(rule: ComplianceRule, profile: Profile, snapshot: CaseSnapshot, now: string): ComplianceItem[] {
  return rule.applies(profile) ? rule.evaluate(contextOf(profile, snapshot, now)) : [];
}

const bx = profileOf('BX', {
  records: {
    ...profileOf('BX').records,
    approvalChain: {
      steps: [
        { step: 'handler', zh: '承办人' },
        { step: 'reviewer', zh: '审核人' },
        { step: 'approver', zh: '批准人' },
      ],
      article: '000 第二十八条',
    },
  },
});
const hs = profileOf('HS', {
  records: {
    ...profileOf('HS').records,
    approvalChain: {
      steps: [
        { step: 'handler', zh: '行政执法人员' },
        { step: 'approver', zh: '行政执法机关负责人' },
      ],
      article: '001 第十条',
    },
  },
});

function registration(steps: Approval['steps']): Approval {
  return { id: 'appr-1', type: 'registration', status: 'approved', activityId: null, steps };
}
const propose = { kind: 'propose', agree: true, userId: 'h1', at: '2026-03-01T01:00:00.000Z' } as const;
const review = { kind: 'review', agree: true, userId: 'u1', at: '2026-03-01T02:00:00.000Z' } as const;
const approve = { kind: 'approve', agree: true, userId: 'c1', at: '2026-03-01T03:00:00.000Z' } as const;
const registered = { action: 'register', at: '2026-03-02T01:00:00.000Z', approvalId: 'appr-1' };
const now = '2026-03-10T01:00:00.000Z';

describe('APPR-01: the approval chain behind each transition', () => {
  it('APPR-01 satisfied: 承办人 → 审核人 → 批准人 before registration (BX 000 第二十八条)', () => {
    const snapshot = snapshotOf({ events: [registered], approvals: [registration([propose, review, approve])] });
    expect(run(approvalChainRule, bx, snapshot, now)).toEqual([
      expect.objectContaining({
        rule: 'APPR-01',
        status: 'done',
        article: '000 第二十八条',
        subject: { type: 'approval', id: 'appr-1' },
      }),
    ]);
  });

  it('APPR-01 violated: no review step where the chain has a reviewer (BX)', () => {
    const snapshot = snapshotOf({ events: [registered], approvals: [registration([propose, approve])] });
    const [item] = run(approvalChainRule, bx, snapshot, now);
    expect(item).toMatchObject({
      rule: 'APPR-01',
      status: 'missing',
      severity: 'violation',
      article: '000 第二十八条',
    });
    expect(item!.message.zh).toContain('缺少审核意见');
  });

  it('APPR-01 satisfied: HS names no review step, so proposal and approval make the chain (001 第十条)', () => {
    const snapshot = snapshotOf({ events: [registered], approvals: [registration([propose, approve])] });
    expect(run(approvalChainRule, hs, snapshot, now)).toEqual([
      expect.objectContaining({ status: 'done', article: '001 第十条' }),
    ]);
  });

  it('APPR-01 violated: approved after the act it allowed', () => {
    const late = { ...approve, at: '2026-03-03T01:00:00.000Z' };
    const snapshot = snapshotOf({ events: [registered], approvals: [registration([propose, review, late])] });
    const [item] = run(approvalChainRule, bx, snapshot, now);
    expect(item).toMatchObject({ status: 'missing' });
    expect(item!.message.zh).toContain('批准晚于办理');
  });

  it('APPR-01 violated: a transition with no approval on record names the act and has the case as subject', () => {
    const snapshot = snapshotOf({
      stage: 'closed',
      events: [registered, { action: 'close', at: '2026-03-09T01:00:00.000Z' }],
      approvals: [registration([propose, review, approve])],
    });
    const items = run(approvalChainRule, bx, snapshot, now);
    expect(items).toEqual([
      expect.objectContaining({ rule: 'APPR-01', status: 'done' }),
      expect.objectContaining({
        rule: 'APPR-01.close',
        status: 'missing',
        subject: { type: 'case', id: 'case-1' },
        message: expect.objectContaining({ zh: '结案审批：没有审批记录' }),
      }),
    ]);
  });

  it('APPR-01: a legacy event without an approval id rests on the last approval of its type approved before it', () => {
    const snapshot = snapshotOf({
      events: [{ action: 'register', at: '2026-03-02T01:00:00.000Z' }],
      approvals: [registration([propose, review, approve])],
    });
    expect(run(approvalChainRule, bx, snapshot, now)).toEqual([expect.objectContaining({ status: 'done' })]);
  });

  it('APPR-01: transitions that need no approval (end of investigation) and the emergency start (INIT-07) give no item', () => {
    const snapshot = snapshotOf({
      events: [
        { action: 'startEmergency', at: '2026-03-02T01:00:00.000Z' },
        { action: 'endInvestigation', at: '2026-03-03T01:00:00.000Z' },
      ],
    });
    expect(run(approvalChainRule, bx, snapshot, now)).toEqual([]);
  });
});

const lx = profileOf('LX');
const hearingAt = '2026-03-20T01:00:00.000Z';
const notice = documentOf({
  id: 'notice-1',
  typeCode: 'hearingNotice',
  data: { documentNumber: '林人社听通〔2026〕1号', hearingAt },
});
function receipt(servedAt: string) {
  return documentOf({
    id: 'receipt-1',
    typeCode: 'serviceReceipt',
    data: { documentNumber: '林人社听通〔2026〕1号', servedAt },
  });
}

describe('HEAR-02: the hearing notice is served at least the profile’s days before the hearing', () => {
  it('HEAR-02 applies only where the profile states it (LX 002 第八条), not under HS', () => {
    expect(lx.deadlines.hearingNotice).toEqual({ days: 7, article: '002 第八条' });
    expect(hearingNoticeRule.applies(lx)).toBe(true);
    expect(hearingNoticeRule.applies(profileOf('HS'))).toBe(false);
  });

  it('HEAR-02 satisfied: served 7 days before the hearing', () => {
    const snapshot = snapshotOf({ documents: [notice, receipt('2026-03-13T01:00:00.000Z')] });
    expect(run(hearingNoticeRule, lx, snapshot, now)).toEqual([
      expect.objectContaining({ rule: 'HEAR-02', status: 'done', article: '002 第八条', dueAt: null }),
    ]);
  });

  it('HEAR-02 violated: served 6 days before the hearing', () => {
    const snapshot = snapshotOf({ documents: [notice, receipt('2026-03-14T01:00:00.000Z')] });
    const [item] = run(hearingNoticeRule, lx, snapshot, now);
    expect(item).toMatchObject({ rule: 'HEAR-02', status: 'missing', severity: 'violation', article: '002 第八条' });
    expect(item!.message.zh).toContain('不足 7 日');
  });

  it('HEAR-02: not served yet is open until 7 days before the hearing, then overdue', () => {
    const snapshot = snapshotOf({ documents: [notice] });
    const due = '2026-03-13T01:00:00.000Z';
    expect(run(hearingNoticeRule, lx, snapshot, now)).toEqual([
      expect.objectContaining({ status: 'open', dueAt: due }),
    ]);
    expect(run(hearingNoticeRule, lx, snapshot, '2026-03-12T12:00:00.000Z')).toEqual([
      expect.objectContaining({ status: 'dueSoon', dueAt: due }),
    ]);
    expect(run(hearingNoticeRule, lx, snapshot, '2026-03-13T01:00:01.000Z')).toEqual([
      expect.objectContaining({ status: 'overdue', severity: 'violation', dueAt: due }),
    ]);
  });

  it('HEAR-02: a draft notice, or a receipt for another document, does not count', () => {
    const draft = { ...notice, status: 'draft' };
    expect(run(hearingNoticeRule, lx, snapshotOf({ documents: [draft] }), now)).toEqual([]);
    const other = documentOf({
      typeCode: 'serviceReceipt',
      data: { documentNumber: '林人社罚〔2026〕9号', servedAt: '2026-03-01T01:00:00.000Z' },
    });
    expect(run(hearingNoticeRule, lx, snapshotOf({ documents: [notice, other] }), now)).toEqual([
      expect.objectContaining({ status: 'open' }),
    ]);
  });
});
