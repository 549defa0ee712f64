import { approvalTypeLabels, type ApprovalType, extraActionApprovals } from '../../cases/approvals';
import { approvalRequiredFor, type CaseAction } from '../../cases/stages';
import type { Profile } from '../../profiles/profile';
import type { CaseSnapshot } from '../case-snapshot';
import { type ComplianceItem, type ComplianceStatus, deadlineStatus, severityOf } from '../compliance-item';
import type { ComplianceRule } from '../rule';
import { recordItem } from './record-items';

type Approval = CaseSnapshot['approvals'][number];
type Event = CaseSnapshot['events'][number];
type Document = CaseSnapshot['documents'][number];

const DAY_MS = 24 * 3_600_000;

/** The approval type a stage action rests on (`stages.ts`, plus terminate → 终止审批); INIT-07 judges the emergency start. */
function approvalTypeOf(action: string): ApprovalType | null {
  if (action === 'startEmergency') return null;
  const required = approvalRequiredFor(action as CaseAction);
  if (required) return required.type;
  return extraActionApprovals[action as CaseAction] ?? null;
}

/** Whether the profile's chain has a review step: yes unless it names its steps without a reviewer (HS 001 第十条). */
function reviewRequired(profile: Profile): boolean {
  const chain = profile.records.approvalChain;
  return chain === null || chain.steps.some((step) => step.step === 'reviewer');
}

/** The approval the transition rested on: the one it names, else the last approved one of the type before it. */
function approvalFor(event: Event, type: ApprovalType, approvals: readonly Approval[]): Approval | null {
  if (event.approvalId) return approvals.find((approval) => approval.id === event.approvalId) ?? null;
  const at = Date.parse(event.at);
  const before = approvals.filter(
    (approval) =>
      approval.type === type &&
      approval.steps.some((step) => step.kind === 'approve' && step.agree && Date.parse(step.at) <= at),
  );
  return before.at(-1) ?? null;
}

/** What is wrong with the chain of `approval` for a transition at `at`, in zh and en; empty when nothing. */
function chainProblems(approval: Approval, at: string, profile: Profile): { zh: string; en: string }[] {
  const problems: { zh: string; en: string }[] = [];
  const step = (kind: Approval['steps'][number]['kind']) => approval.steps.find((taken) => taken.kind === kind);
  const proposed = step('propose');
  const reviewed = step('review');
  const approved = step('approve');
  if (!proposed) problems.push({ zh: '缺少承办人意见', en: 'no handler proposal' });
  if (!reviewed && reviewRequired(profile)) problems.push({ zh: '缺少审核意见', en: 'no review' });
  if (!approved || !approved.agree) {
    problems.push({ zh: '未经批准', en: 'not approved' });
  } else {
    if (Date.parse(approved.at) > Date.parse(at)) problems.push({ zh: '批准晚于办理', en: 'approved after the act' });
    if (reviewed && Date.parse(reviewed.at) > Date.parse(approved.at)) {
      problems.push({ zh: '审核晚于批准', en: 'reviewed after approval' });
    }
  }
  if (approval.steps.some((taken) => !taken.agree)) problems.push({ zh: '审批未通过', en: 'rejected' });
  return problems;
}

/**
 * APPR-01 (and APPR-02, the same order on LX's forms): every stage transition that needs an internal approval rests on one whose chain is
 * complete — 承办人 proposes, 审核人 reviews where the profile's chain has that step, 批准人 approves, each before the
 * next and the approval before the act. The server refuses a transition without it; this rule finds the cases where
 * the record still lacks it (imported, or recorded before a profile's chain changed). Past acts cannot be repaired:
 * `missing`.
 */
export const approvalChainRule: ComplianceRule = {
  id: 'APPR-01',
  requirementId: 'APPR-01',
  applies: () => true,
  evaluate({ profile, snapshot }) {
    const items: ComplianceItem[] = [];
    for (const event of snapshot.events) {
      const type = approvalTypeOf(event.action);
      if (!type) continue;
      const label = approvalTypeLabels[type];
      const approval = approvalFor(event, type, snapshot.approvals);
      const problems = approval
        ? chainProblems(approval, event.at, profile)
        : [{ zh: '没有审批记录', en: 'no approval on record' }];
      const ok = problems.length === 0;
      items.push(
        recordItem({
          // Without an approval the subject is the case, and the act names the item (`APPR-01.close`).
          rule: approval ? 'APPR-01' : `APPR-01.${event.action}`,
          requirementId: 'APPR-01',
          article: profile.records.approvalChain?.article ?? null,
          status: ok ? 'done' : 'missing',
          subject: approval ? { type: 'approval', id: approval.id } : { type: 'case', id: snapshot.id },
          message: ok
            ? { zh: `${label.zh}：审批链完整`, en: `${label.en}: the approval chain is complete` }
            : {
                zh: `${label.zh}：${problems.map((problem) => problem.zh).join('；')}`,
                en: `${label.en}: ${problems.map((problem) => problem.en).join('; ')}`,
              },
          responsibleIds: snapshot.handlerIds,
        }),
      );
    }
    return items;
  },
};

/** The earliest final 送达回证 naming the notice's 文号 (documentNumber), as the server's record-time check reads it. */
function servedAtOf(notice: Document, documents: readonly Document[]): string | null {
  const number = notice.data.documentNumber;
  if (typeof number !== 'string') return null;
  const served = documents
    .filter(
      (document) =>
        document.typeCode === 'serviceReceipt' &&
        document.status === 'final' &&
        document.data.documentNumber === number &&
        typeof document.data.servedAt === 'string',
    )
    .map((document) => document.data.servedAt as string)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return served[0] ?? null;
}

/**
 * HEAR-02 (LX 002 第八条): each final hearing notice (《行政处罚听证通知书》) is served on the party at least the
 * profile's days before the hearing time it states. Served in time: `done`; served later: `missing` (the hearing
 * cannot be held on that notice); not served yet: due `days` before the hearing — open, due soon, then overdue.
 */
export const hearingNoticeRule: ComplianceRule = {
  id: 'HEAR-02',
  requirementId: 'HEAR-02',
  applies: (profile) => profile.deadlines.hearingNotice !== null,
  evaluate({ profile, snapshot, now }) {
    const rule = profile.deadlines.hearingNotice!;
    return snapshot.documents
      .filter((document) => document.typeCode === 'hearingNotice' && document.status === 'final')
      .flatMap((notice) => {
        const hearingAt = notice.data.hearingAt;
        if (typeof hearingAt !== 'string' || Number.isNaN(Date.parse(hearingAt))) return [];
        const dueAt = new Date(Date.parse(hearingAt) - rule.days * DAY_MS).toISOString();
        const servedAt = servedAtOf(notice, snapshot.documents);
        const inTime = servedAt !== null && Date.parse(servedAt) <= Date.parse(dueAt);
        const status: ComplianceStatus = inTime ? 'done' : servedAt !== null ? 'missing' : deadlineStatus(dueAt, now);
        const message = inTime
          ? { zh: `听证通知书已于听证 ${rule.days} 日前送达`, en: `Hearing notice served ${rule.days} days ahead` }
          : servedAt !== null
            ? {
                zh: `听证通知书送达（${servedAt}）距听证（${hearingAt}）不足 ${rule.days} 日`,
                en: `Hearing notice served (${servedAt}) less than ${rule.days} days before the hearing (${hearingAt})`,
              }
            : {
                zh: `听证通知书须于听证 ${rule.days} 日前送达当事人`,
                en: `The hearing notice must be served ${rule.days} days before the hearing`,
              };
        return [
          {
            rule: 'HEAR-02',
            requirementId: 'HEAR-02',
            article: rule.article,
            status,
            severity: severityOf(status),
            subject: { type: 'document', id: notice.id },
            message,
            responsibleIds: [...new Set([notice.createdBy, ...snapshot.handlerIds])],
            dueAt: status === 'done' || status === 'missing' ? null : dueAt,
            provisional: false,
          } satisfies ComplianceItem,
        ];
      });
  },
};

/** Rules on procedure (issue 6): the approval chain behind each transition, the hearing notice's lead time. */
export const procedureRules: readonly ComplianceRule[] = [approvalChainRule, hearingNoticeRule];
