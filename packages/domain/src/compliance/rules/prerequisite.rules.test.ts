import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../case-snapshot';
import { activityOf, contextOf, documentOf, profileOf, snapshotOf } from '../compliance-fixture';
import type { ComplianceItem } from '../compliance-item';
import type { ComplianceRule } from '../rule';
import { actionRecordsRule, documentApprovalRule, endDateRule, preDecisionRecordsRule } from './prerequisite.rules';

const now = '2026-03-20T01:00:00.000Z';
const profile = profileOf('BX');

function run(rule: ComplianceRule, snapshot: CaseSnapshot, at = now): ComplianceItem[] {
  return rule.applies(profile) ? rule.evaluate(contextOf(profile, snapshot, at)) : [];
}

const registered = { action: 'register', at: '2026-03-02T01:00:00.000Z' };
const ended = { action: 'endInvestigation', at: '2026-03-05T01:00:00.000Z' };
const decided = { action: 'decide', at: '2026-03-10T01:00:00.000Z' };
const before = '2026-03-09T01:00:00.000Z';
const after = '2026-03-11T01:00:00.000Z';

describe('SYS-03.act: the record a stage action rests on (cases/records.ts actionDocuments)', () => {
  it('DEC-06 satisfied: decided with a decision document finalised before', () => {
    const snapshot = snapshotOf({
      stage: 'service',
      events: [registered, ended, decided],
      documents: [documentOf({ typeCode: 'decisionDocument', updatedAt: before })],
    });
    expect(run(actionRecordsRule, snapshot)).toEqual([
      expect.objectContaining({ rule: 'DEC-06.act', requirementId: 'DEC-06', status: 'done' }),
    ]);
  });

  it('DEC-06 violated: the decision document was finalised only after the decision', () => {
    const snapshot = snapshotOf({
      stage: 'service',
      events: [registered, ended, decided],
      documents: [documentOf({ typeCode: 'decisionDocument', updatedAt: after })],
    });
    const [item] = run(actionRecordsRule, snapshot);
    expect(item).toMatchObject({ rule: 'DEC-06.act', status: 'missing', severity: 'violation', article: null });
    expect(item!.message.zh).toContain('时没有定稿的《行政处罚（处理）决定书》');
  });

  it('a correction after the decision does not move when the document was first finalised', () => {
    const corrected = documentOf({ typeCode: 'decisionDocument', updatedAt: after, finalisedAt: before });
    const snapshot = snapshotOf({ stage: 'service', events: [registered, ended, decided], documents: [corrected] });
    expect(run(actionRecordsRule, snapshot)).toEqual([expect.objectContaining({ status: 'done' })]);
  });

  it('CLOSE-01 violated: closed without a final closing report', () => {
    const snapshot = snapshotOf({ stage: 'closed', events: [registered, { action: 'close', at: before }] });
    expect(run(actionRecordsRule, snapshot)).toEqual([
      expect.objectContaining({ rule: 'CLOSE-01.act', requirementId: 'CLOSE-01', status: 'missing' }),
    ]);
  });
});

describe('DEC-11: the records a general-procedure decision rests on', () => {
  const complete = [
    documentOf({ id: 'd1', typeCode: 'handlingOpinion', updatedAt: before }),
    documentOf({ id: 'd2', typeCode: 'advanceNotice', updatedAt: before }),
    documentOf({ id: 'd3', typeCode: 'statementDefenceTranscript', updatedAt: before }),
  ];

  it('DEC-11 satisfied: opinion, advance notice and statement transcript before the decision', () => {
    const snapshot = snapshotOf({ stage: 'service', events: [registered, ended, decided], documents: complete });
    expect(run(preDecisionRecordsRule, snapshot)).toEqual([
      expect.objectContaining({ rule: 'DEC-11', status: 'done' }),
    ]);
  });

  it('DEC-11 violated: a collective discussion was held but its record was missing when deciding', () => {
    const snapshot = snapshotOf({
      stage: 'service',
      events: [registered, ended, decided],
      documents: complete,
      activities: [activityOf({ type: 'collectiveDiscussion', startedAt: before, endedAt: before })],
    });
    const [item] = run(preDecisionRecordsRule, snapshot);
    expect(item).toMatchObject({ rule: 'DEC-11', status: 'missing', severity: 'violation' });
    expect(item!.message.zh).toContain('作出决定时缺少');
  });

  it('DEC-11 in review: what the decision still waits for is open', () => {
    const snapshot = snapshotOf({ stage: 'review', events: [registered, ended], documents: complete.slice(0, 1) });
    const [item] = run(preDecisionRecordsRule, snapshot);
    expect(item).toMatchObject({ status: 'open', severity: 'warning' });
    expect(item!.message.zh).toMatch(/^作出决定前须有/);
  });

  it('DEC-11 does not apply to the simplified procedure, nor before review', () => {
    expect(run(preDecisionRecordsRule, snapshotOf({ procedure: 'simplified', stage: 'review' }))).toEqual([]);
    expect(run(preDecisionRecordsRule, snapshotOf({ stage: 'investigation' }))).toEqual([]);
  });
});

describe('APPR-01.document: documents issued only under an internal approval (cases/records.ts documentApprovals)', () => {
  const notice = documentOf({ typeCode: 'advancePreservationNotice', updatedAt: before });
  const approval = (at: string, agree = true): CaseSnapshot['approvals'][number] => ({
    id: 'appr-1',
    type: 'advancePreservation',
    status: agree ? 'approved' : 'rejected',
    activityId: null,
    steps: [
      { kind: 'propose', agree: true, userId: 'h1', at: '2026-03-08T01:00:00.000Z' },
      { kind: 'review', agree: true, userId: 'u1', at: '2026-03-08T02:00:00.000Z' },
      { kind: 'approve', agree, userId: 'c1', at },
    ],
  });

  it('MEAS-03 satisfied: the advance-preservation notice follows an approved 先行登记保存审批', () => {
    const snapshot = snapshotOf({ documents: [notice], approvals: [approval('2026-03-08T03:00:00.000Z')] });
    expect(run(documentApprovalRule, snapshot)).toEqual([
      expect.objectContaining({ rule: 'APPR-01.document', requirementId: 'MEAS-03', status: 'done' }),
    ]);
  });

  it('MEAS-03 under a profile with its own approval form (LX 第七条): left to MEAS-03.approval', () => {
    const lx = profileOf('LX', {
      records: {
        ...profileOf('LX').records,
        advancePreservation: { approvalBeforeNotice: true, defaultPeriodDays: 7, article: '002 第七条' },
      },
    });
    const snapshot = snapshotOf({ documents: [notice] });
    expect(documentApprovalRule.evaluate(contextOf(lx, snapshot, now))).toEqual([]);
  });

  it('MEAS-03 violated: approved only after the notice was finalised, or rejected', () => {
    const late = snapshotOf({ documents: [notice], approvals: [approval(after)] });
    expect(run(documentApprovalRule, late)).toEqual([expect.objectContaining({ status: 'missing' })]);
    const rejected = snapshotOf({ documents: [notice], approvals: [approval('2026-03-08T03:00:00.000Z', false)] });
    const [item] = run(documentApprovalRule, rejected);
    expect(item).toMatchObject({ status: 'missing', severity: 'violation' });
    expect(item!.message.zh).toContain('先行登记保存审批');
  });
});

describe('CLOSE-02: the day the enforcement act ended is on record once the case is closed', () => {
  const closed = { action: 'close', at: '2026-03-12T01:00:00.000Z' };

  it('CLOSE-02 satisfied: closed with its end date, named as the profile names its anchor', () => {
    const snapshot = snapshotOf({ stage: 'closed', events: [registered, closed], endedOn: '2026-03-11' });
    const [item] = run(endDateRule, snapshot);
    expect(item).toMatchObject({ rule: 'CLOSE-02', status: 'done' });
    expect(item!.message.zh).toBe('已记录行政执法行为终结之日：2026-03-11');
    const lx = profileOf('LX');
    const [completion] = endDateRule.evaluate(contextOf(lx, snapshot, now));
    expect(completion!.message.zh).toContain('行政执法事项办理完毕之日');
    expect(completion!.article).toBe(lx.deadlines.archive!.article);
  });

  it('CLOSE-02 violated: closed (before the date was required) without it', () => {
    const snapshot = snapshotOf({ stage: 'closed', events: [registered, closed] });
    expect(run(endDateRule, snapshot)).toEqual([
      expect.objectContaining({ rule: 'CLOSE-02', status: 'missing', severity: 'violation' }),
    ]);
  });

  it('CLOSE-02 does not apply to a case still open', () => {
    expect(run(endDateRule, snapshotOf({ events: [registered] }))).toEqual([]);
  });
});
