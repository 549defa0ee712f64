import { addCalendarDays, addWorkingDays, endOfLocalDay } from '../../calendar/workdays';
import { isLocalDate, localDateOf, type LocalDate } from '../../shared/time';
import type { ProfileRecords } from '../../profiles/profile-records';
import type { CaseSnapshot } from '../case-snapshot';
import { type ComplianceItem, type ComplianceStatus, deadlineStatus, severityOf } from '../compliance-item';
import type { ComplianceContext, ComplianceRule } from '../rule';
import { activityPeople, recordItem, stageAt, stageRank } from './record-items';

/**
 * Stage rules (issue 6): what must be on record at a step of the procedure — the collective discussion before a
 * decision (DEC-04), the order of service methods (SERV-07), advance preservation (MEAS-03), the arrears notice
 * (COER-01) and coercive measures (MEAS-01). Each reads its parameters and article from the profile.
 */

type Activity = CaseSnapshot['activities'][number];
type Document = CaseSnapshot['documents'][number];
type Label = { zh: string; en: string };

const isFinal = (document: Document) => document.status === 'final';

function isFilled(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

/** When a document became final: a later correction keeps it final but moves `updatedAt`, not `finalisedAt`. */
function finalisedAt(document: Document): number {
  return Date.parse(document.finalisedAt ?? document.updatedAt);
}

/** The day a document was made: its own date field when valid, else the local day it was finalised. */
function madeOn(document: Document, field = 'issueDate'): LocalDate {
  const value = document.data[field];
  return typeof value === 'string' && isLocalDate(value)
    ? value
    : localDateOf(document.finalisedAt ?? document.updatedAt);
}

/** Signatures as the catalogue stores them (validate.ts `DocumentSignature`), read defensively. */
function signedBy(document: Document, roles: readonly string[]): { name: string | null }[] {
  return document.signatures.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { role, signed, name } = entry as { role?: unknown; signed?: unknown; name?: unknown };
    return typeof role === 'string' && roles.includes(role) && signed === true
      ? [{ name: typeof name === 'string' ? name.trim() : null }]
      : [];
  });
}

/** Documents of `typeCode` linked to the activity, or — when none is linked — those linked to no activity. */
function documentsFor(snapshot: CaseSnapshot, activity: Activity, typeCode: string): Document[] {
  const ofType = snapshot.documents.filter((document) => document.typeCode === typeCode);
  const linked = ofType.filter((document) => document.activityId === activity.id);
  return linked.length > 0 ? linked : ofType.filter((document) => document.activityId === null);
}

/** A record for the activity is `missing` once the case moved past the later of investigation and the activity's stage. */
function pastActivity(snapshot: CaseSnapshot, activity: Activity): boolean {
  const lastStage = Math.max(stageRank('investigation'), stageRank(stageAt(snapshot, activity.startedAt)));
  return stageRank(snapshot.stage) > lastStage;
}

/** A dated obligation: done by its due day, done late (stays a violation), or open / due soon / overdue as of now. */
function dueItem(input: {
  context: ComplianceContext;
  rule: string;
  requirementId: string;
  article: string;
  subject: ComplianceItem['subject'];
  due: { due: LocalDate; provisional: boolean };
  doneOn: LocalDate | null;
  text: Label;
  responsibleIds: readonly string[];
}): ComplianceItem {
  const dueAt = endOfLocalDay(input.due.due);
  const late = input.doneOn !== null && input.doneOn > input.due.due;
  const status: ComplianceStatus =
    input.doneOn === null ? deadlineStatus(dueAt, input.context.now) : late ? 'overdue' : 'done';
  const suffix =
    status === 'done'
      ? { zh: '（已按期完成）', en: ' (done in time)' }
      : late
        ? { zh: `（${input.doneOn}完成，已逾期）`, en: ` (done on ${input.doneOn}, late)` }
        : status === 'overdue'
          ? { zh: '（已逾期）', en: ' (overdue)' }
          : { zh: '（待办）', en: ' (to do)' };
  return {
    rule: input.rule,
    requirementId: input.requirementId,
    article: input.article,
    status,
    severity: severityOf(status),
    subject: input.subject,
    message: { zh: `${input.text.zh}${suffix.zh}`, en: `${input.text.en}${suffix.en}` },
    responsibleIds: [...new Set(input.responsibleIds)],
    dueAt,
    provisional: input.due.provisional,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// DEC-04: the collective-discussion record (HS 第二十条 signatures; LX 第九条 mandatory for major or complex cases).

/** Participants listed in the record who have not signed it (HS 第二十条: 参与讨论人员应当在相关书面记录上签名). */
function unsignedParticipants(document: Document): string[] {
  const listed = Array.isArray(document.data.participants) ? (document.data.participants as unknown[]) : [];
  const names = listed.flatMap((person) => {
    const name = typeof person === 'object' && person !== null ? (person as { name?: unknown }).name : undefined;
    return typeof name === 'string' && name.trim() !== '' ? [name.trim()] : [];
  });
  const signed = new Set(signedBy(document, ['participant']).map((entry) => entry.name));
  return names.filter((name) => !signed.has(name));
}

/** Why the record does not count yet, or null when it does. */
function discussionProblem(
  records: readonly Document[],
  rule: NonNullable<ProfileRecords['collectiveDiscussion']>,
): Label | null {
  const finals = records.filter(isFinal);
  if (finals.length === 0) {
    return records.length > 0
      ? { zh: '《案件集体讨论笔录》尚未定稿', en: 'the collective discussion record is not final' }
      : { zh: '缺少《案件集体讨论笔录》', en: 'no collective discussion record' };
  }
  if (!rule.signedByEveryParticipant) return null;
  const unsigned = finals.map(unsignedParticipants);
  if (unsigned.some((names) => names.length === 0)) return null;
  const names = unsigned[0] ?? [];
  return names.length === 0
    ? { zh: '集体讨论笔录未列明参加人员', en: 'the record names no participants' }
    : { zh: `参加人员未签名：${names.join('、')}`, en: `participants who have not signed: ${names.join(', ')}` };
}

const decideAction = 'decide';

export const collectiveDiscussionRule: ComplianceRule = {
  id: 'DEC-04',
  requirementId: 'DEC-04',
  applies: (profile) => profile.records.collectiveDiscussion !== null,
  evaluate({ profile, snapshot }) {
    const rule = profile.records.collectiveDiscussion;
    if (!rule) return [];
    const decided = snapshot.events.find((event) => event.action === decideAction) ?? null;
    const items = snapshot.activities
      .filter((activity) => activity.type === 'collectiveDiscussion')
      .map((activity) => {
        const problem = discussionProblem(documentsFor(snapshot, activity, 'collectiveDiscussionRecord'), rule);
        const over = decided !== null || stageRank(snapshot.stage) > stageRank('review');
        return recordItem({
          rule: 'DEC-04',
          requirementId: 'DEC-04',
          article: rule.article,
          status: problem === null ? 'done' : over ? 'missing' : 'open',
          subject: { type: 'activity', id: activity.id },
          message: problem
            ? { zh: `集体讨论：${problem.zh}`, en: `Collective discussion: ${problem.en}` }
            : { zh: '集体讨论已有定稿笔录', en: 'Collective discussion: the record is final' },
          responsibleIds: activityPeople(activity, snapshot),
        });
      });
    if (rule.mandatoryWhenMajorComplex && snapshot.majorComplex) {
      items.push(mandatoryDiscussionItem(snapshot, rule, decided));
    }
    return items;
  },
};

/** LX 第九条: a major or complex case is decided only after a collective discussion recorded before the decision. */
function mandatoryDiscussionItem(
  snapshot: CaseSnapshot,
  rule: NonNullable<ProfileRecords['collectiveDiscussion']>,
  decided: { at: string } | null,
): ComplianceItem {
  const records = snapshot.documents.filter(
    (document) =>
      document.typeCode === 'collectiveDiscussionRecord' &&
      (decided === null || finalisedAt(document) <= Date.parse(decided.at)),
  );
  const problem = discussionProblem(records, rule);
  const status: ComplianceStatus = problem === null ? 'done' : decided ? 'missing' : 'open';
  const when = decided ? { zh: '作出决定前', en: ' before the decision' } : { zh: '', en: '' };
  return recordItem({
    rule: 'DEC-04.mandatory',
    requirementId: 'DEC-04',
    article: rule.article,
    status,
    subject: { type: 'case', id: snapshot.id },
    message: problem
      ? {
          zh: `重大、复杂案件应当集体讨论决定：${when.zh}${problem.zh}`,
          en: `A major or complex case is decided collectively: ${problem.en}${when.en}`,
        }
      : { zh: '重大、复杂案件已集体讨论', en: 'The major or complex case was discussed collectively' },
    responsibleIds: snapshot.handlerIds,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// SERV-07: the order of service methods (BX 第十九条, LX 第十八条, FS 第二十六条).

type ServiceFact = NonNullable<ProfileRecords['serviceOrder']>['steps'][number]['after'][number];
type OrderedMethod = NonNullable<ProfileRecords['serviceOrder']>['steps'][number]['method'];

const methodLabels: Record<OrderedMethod, Label> = {
  lodged: { zh: '留置送达', en: 'Lodged service' },
  entrusted: { zh: '委托送达', en: 'Entrusted service' },
  forwarded: { zh: '转交送达', en: 'Forwarded service' },
  postal: { zh: '邮寄送达', en: 'Postal service' },
  publicNotice: { zh: '公告送达', en: 'Service by public notice' },
};

const factLabels: Record<ServiceFact, Label> = {
  refused: { zh: '受送达人拒绝签收的记录', en: 'a recorded refusal to accept' },
  directImpossible: { zh: '无法直接送达的记录', en: 'a record that direct service was impossible' },
  postalImpossible: { zh: '无法邮寄送达的记录', en: 'a record that postal service was impossible' },
  entrustedImpossible: { zh: '无法委托送达的记录', en: 'a record that entrusted service was impossible' },
  otherMethodsFailed: { zh: '其他方式均无法送达的记录', en: 'a record that every other method failed' },
};

/** What a service record states (service.ts): the refusal of a lodged service, and each method found impossible. */
const factHolds: Record<ServiceFact, (data: Record<string, unknown>) => boolean> = {
  refused: (data) => isFilled(data.refusalReason) && isFilled(data.refusalDate),
  directImpossible: (data) => data.directImpossible === true,
  postalImpossible: (data) => data.postalImpossible === true,
  entrustedImpossible: (data) => data.entrustedImpossible === true,
  otherMethodsFailed: (data) => data.otherMethodsFailed === true,
};

/** The method a final service document records: 送达回证 names it; the postal proof and the public notice are one. */
function serviceMethodOf(document: Document): string | null {
  if (document.typeCode === 'postalProof') return 'postal';
  if (document.typeCode === 'publicNotice') return 'publicNotice';
  if (document.typeCode === 'serviceReceipt' && typeof document.data.method === 'string') return document.data.method;
  return null;
}

export const serviceOrderRule: ComplianceRule = {
  id: 'SERV-07',
  requirementId: 'SERV-07',
  applies: (profile) => profile.records.serviceOrder !== null,
  evaluate({ profile, snapshot }) {
    const order = profile.records.serviceOrder;
    if (!order) return [];
    const served = snapshot.documents.filter((document) => isFinal(document) && serviceMethodOf(document) !== null);
    return served.flatMap((document) => {
      const step = order.steps.find((entry) => entry.method === serviceMethodOf(document));
      if (!step) return [];
      // The facts may be on this record or on an earlier one (a postal proof already saying direct service failed).
      const before = served.filter((other) => finalisedAt(other) <= finalisedAt(document));
      const lacking = step.after.filter((fact) => !before.some((other) => factHolds[fact](other.data)));
      const method = methodLabels[step.method];
      const needed = step.after.map((fact) => factLabels[fact]);
      return [
        recordItem({
          rule: 'SERV-07',
          requirementId: 'SERV-07',
          article: order.article,
          status: lacking.length === 0 ? 'done' : 'missing',
          subject: { type: 'document', id: document.id },
          message:
            lacking.length === 0
              ? { zh: `${method.zh}：先行方式已有记录`, en: `${method.en}: the earlier methods are on record` }
              : {
                  zh: `${method.zh}前须有${needed.map((fact) => fact.zh).join('、')}；缺少${lacking.map((fact) => factLabels[fact].zh).join('、')}`,
                  en: `${method.en} needs ${needed.map((fact) => fact.en).join(', ')} first; missing ${lacking.map((fact) => factLabels[fact].en).join(', ')}`,
                },
          responsibleIds: [document.createdBy, ...snapshot.handlerIds],
        }),
      ];
    });
  },
};

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

export const stageRules: readonly ComplianceRule[] = [
  collectiveDiscussionRule,
  serviceOrderRule,
  advancePreservationRule,
  arrearsNoticeRule,
  coerciveMeasureRule,
];
