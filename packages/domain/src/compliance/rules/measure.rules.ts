import { addCalendarDays, addWorkingDays } from '../../calendar/workdays';
import { isLocalDate, localDateOf, type LocalDate } from '../../shared/time';
import type { ProfileRecords } from '../../profiles/profile-records';
import type { CaseSnapshot } from '../case-snapshot';
import type { ComplianceItem, ComplianceStatus } from '../compliance-item';
import type { ComplianceRule } from '../rule';
import { activityPeople, recordItem } from './record-items';
import {
  type Activity,
  type Document,
  type Label,
  documentsFor,
  dueItem,
  finalisedAt,
  isFilled,
  isFinal,
  madeOn,
  pastActivity,
  signedBy,
} from './stage-items';

/**
 * Measure rules (issue 6): advance registration and preservation (MEAS-03), the social-insurance arrears notice
 * (COER-01) and coercive measures (MEAS-01). Each reads its parameters and article from the profile.
 */

// ---------------------------------------------------------------------------------------------------------------
// MEAS-03 (LX 第七条): advance registration and preservation — approval before the notice, disposal by the period's end.

/** LX 第七条: the 内部审批表 for 先行登记保存 with the unit head's opinion and the agency head's approval. */
function isApprovedPreservation(document: Document): boolean {
  return (
    isFinal(document) &&
    document.typeCode === 'internalApprovalForm' &&
    document.data.approvalItem === 'advancePreservation' &&
    isFilled(document.data.unitHeadOpinion) &&
    isFilled(document.data.approverOpinion) &&
    signedBy(document, ['agencyHead']).length > 0
  );
}

/**
 * The days 先行登记保存 was approved: an approved `advancePreservation` approval of the case (APPR-01, the day of its
 * approve step) for this activity or for none, and any approved internal approval form (the day it bears).
 */
function preservationApprovalDays(snapshot: CaseSnapshot, activity: Activity): LocalDate[] {
  const approvals = snapshot.approvals.flatMap((approval) => {
    if (approval.type !== 'advancePreservation' || approval.status !== 'approved') return [];
    if (approval.activityId !== null && approval.activityId !== activity.id) return [];
    const approved = approval.steps.find((step) => step.kind === 'approve' && step.agree);
    return approved ? [localDateOf(approved.at)] : [];
  });
  return [...approvals, ...snapshot.documents.filter(isApprovedPreservation).map((document) => madeOn(document))];
}

function preservationApprovalItem(
  snapshot: CaseSnapshot,
  activity: Activity,
  notice: Document | undefined,
  article: string,
): ComplianceItem {
  const approvals = preservationApprovalDays(snapshot, activity);
  const inTime = notice ? approvals.filter((day) => day <= madeOn(notice)) : approvals;
  const status: ComplianceStatus = inTime.length > 0 ? 'done' : notice ? 'missing' : 'open';
  const detail =
    status === 'done'
      ? { zh: '已经负责人批准', en: 'approved by the agency head' }
      : approvals.length > 0
        ? { zh: '审批晚于《先行登记保存证据通知书》', en: 'approved only after the notice was issued' }
        : {
            zh: '缺少经负责人批准的《行政处罚案件处理内部审批表》',
            en: 'no internal approval form approved by the agency head',
          };
  return recordItem({
    rule: 'MEAS-03.approval',
    requirementId: 'MEAS-03',
    article,
    status,
    subject: { type: 'activity', id: activity.id },
    message: {
      zh: `先行登记保存（制作通知书前审批）：${detail.zh}`,
      en: `Advance preservation (approval before the notice): ${detail.en}`,
    },
    responsibleIds: activityPeople(activity, snapshot),
  });
}

export const advancePreservationRule: ComplianceRule = {
  id: 'MEAS-03',
  requirementId: 'MEAS-03',
  applies: (profile) => profile.records.advancePreservation !== null,
  evaluate(context) {
    const { profile, snapshot, calendar } = context;
    const rule = profile.records.advancePreservation;
    if (!rule) return [];
    return snapshot.activities
      .filter((activity) => activity.type === 'advancePreservation')
      .flatMap((activity) => {
        const notice = documentsFor(snapshot, activity, 'advancePreservationNotice').find(isFinal);
        const start = notice ? madeOn(notice) : localDateOf(activity.startedAt);
        const periodEnds = notice?.data.periodEnds;
        // The notice's own period end; else 《行政处罚法》第五十六条: a decision on the items within 7 days.
        const due =
          typeof periodEnds === 'string' && isLocalDate(periodEnds)
            ? { due: periodEnds, provisional: false }
            : addCalendarDays(start, rule.defaultPeriodDays, calendar);
        const disposal = snapshot.documents.find(
          (document) =>
            isFinal(document) &&
            document.typeCode === 'preservedItemsDisposalNotice' &&
            finalisedAt(document) >= Date.parse(activity.startedAt),
        );
        const items: ComplianceItem[] = [];
        if (rule.approvalBeforeNotice) items.push(preservationApprovalItem(snapshot, activity, notice, rule.article));
        items.push(
          dueItem({
            context,
            rule: 'MEAS-03.disposal',
            requirementId: 'MEAS-03',
            article: rule.article,
            subject: { type: 'activity', id: activity.id },
            due,
            doneOn: disposal ? madeOn(disposal) : null,
            text: {
              zh: `保存期限届满（${due.due}）前制作《先行登记保存证据物品处理通知书》解除措施`,
              en: `Disposal notice lifting the preservation by the end of its period (${due.due})`,
            },
            responsibleIds: activityPeople(activity, snapshot),
          }),
        );
        return items;
      });
  },
};

// ---------------------------------------------------------------------------------------------------------------
// COER-01 (LX 第十三条): the 《社会保险费限期补缴通知》 within 5 working days of the day the arrears were established.

export const arrearsNoticeRule: ComplianceRule = {
  id: 'COER-01',
  requirementId: 'COER-01',
  applies: (profile) => profile.records.arrearsNotice !== null,
  evaluate(context) {
    const rule = context.profile.records.arrearsNotice;
    if (!rule) return [];
    return context.snapshot.documents.flatMap((document) => {
      const established = document.data.arrearsEstablishedOn;
      if (document.typeCode !== 'siArrearsNotice' || typeof established !== 'string' || !isLocalDate(established)) {
        return [];
      }
      return [
        dueItem({
          context,
          rule: 'COER-01',
          requirementId: 'COER-01',
          article: rule.article,
          subject: { type: 'document', id: document.id },
          due: addWorkingDays(established, rule.issueWithinWorkingDays, context.calendar),
          doneOn: isFinal(document) ? madeOn(document) : null,
          text: {
            zh: `查明欠缴事实（${established}）之日起 ${rule.issueWithinWorkingDays} 个工作日内发出《社会保险费限期补缴通知》，责令收到后 ${rule.paymentWorkingDays} 个工作日内补缴`,
            en: `Arrears notice within ${rule.issueWithinWorkingDays} working days of establishing the arrears (${established}), payment due ${rule.paymentWorkingDays} working days after receipt`,
          },
          responsibleIds: [document.createdBy, ...context.snapshot.handlerIds],
        }),
      ];
    });
  },
};

// ---------------------------------------------------------------------------------------------------------------
// MEAS-01 (HS 第十四条, FS 第十四条): a coercive measure is recorded in its statutory document; FS: only with power.

function coerciveDocumentProblem(
  documents: readonly Document[],
  rule: NonNullable<ProfileRecords['coerciveMeasure']>,
): Label | null {
  const finals = documents.filter(isFinal);
  if (finals.length === 0) {
    return documents.length > 0
      ? { zh: '行政强制措施文书尚未定稿', en: 'the coercive-measure document is not final' }
      : { zh: '缺少行政强制措施法定文书', en: 'no statutory coercive-measure document' };
  }
  const problems = finals.map((document) => {
    const empty = (rule.items ?? []).filter((item) => !isFilled(document.data[item.id])).map((item) => item.zh);
    // 由行政相对人或其他在场人员签字或按指印: the party's signature, or a person present signing for the record.
    const unsigned = rule.signers !== null && signedBy(document, ['party', 'witness']).length === 0;
    return { empty, unsigned };
  });
  if (problems.some((entry) => entry.empty.length === 0 && !entry.unsigned)) return null;
  const first = problems[0] ?? { empty: [], unsigned: false };
  const zh = [
    ...(first.empty.length > 0 ? [`未载明${first.empty.join('、')}`] : []),
    ...(first.unsigned ? ['无行政相对人或其他在场人员签字'] : []),
  ];
  const en = [
    ...(first.empty.length > 0 ? [`missing ${first.empty.join('、')}`] : []),
    ...(first.unsigned ? ['not signed by the counterpart or a person present'] : []),
  ];
  return { zh: zh.join('；'), en: en.join('; ') };
}

export const coerciveMeasureRule: ComplianceRule = {
  id: 'MEAS-01',
  requirementId: 'MEAS-01',
  applies: (profile) => profile.records.coerciveMeasure !== null || profile.scope.coercivePower !== null,
  evaluate({ profile, snapshot }) {
    const rule = profile.records.coerciveMeasure;
    const power = profile.scope.coercivePower;
    return snapshot.activities
      .filter((activity) => activity.type === 'coerciveMeasure')
      .flatMap((activity) => {
        const items: ComplianceItem[] = [];
        const people = activityPeople(activity, snapshot);
        if (power && !power.held) {
          items.push(
            recordItem({
              rule: 'MEAS-01.noPower',
              requirementId: 'MEAS-01',
              article: power.article,
              status: 'missing',
              subject: { type: 'activity', id: activity.id },
              message: {
                zh: '本机关未配置为具有行政强制权，却记录了行政强制措施',
                en: 'A coercive measure was recorded, but the agency is not configured as holding coercive power',
              },
              responsibleIds: people,
            }),
          );
        }
        if (rule) {
          const problem = coerciveDocumentProblem(documentsFor(snapshot, activity, 'coerciveMeasureDocument'), rule);
          items.push(
            recordItem({
              rule: 'MEAS-01',
              requirementId: 'MEAS-01',
              article: rule.article,
              status: problem === null ? 'done' : pastActivity(snapshot, activity) ? 'missing' : 'open',
              subject: { type: 'activity', id: activity.id },
              message: problem
                ? { zh: `行政强制措施：${problem.zh}`, en: `Coercive measure: ${problem.en}` }
                : { zh: '行政强制措施：法定文书已定稿', en: 'Coercive measure: the statutory document is final' },
              responsibleIds: people,
            }),
          );
        }
        return items;
      });
  },
};

export const measureRules: readonly ComplianceRule[] = [
  advancePreservationRule,
  arrearsNoticeRule,
  coerciveMeasureRule,
];
