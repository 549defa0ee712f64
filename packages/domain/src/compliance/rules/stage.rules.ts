import type { ProfileRecords } from '../../profiles/profile-records';
import type { CaseSnapshot } from '../case-snapshot';
import type { ComplianceItem, ComplianceStatus } from '../compliance-item';
import type { ComplianceRule } from '../rule';
import { activityPeople, recordItem, stageRank } from './record-items';
import { type Document, type Label, documentsFor, finalisedAt, isFilled, isFinal, signedBy } from './stage-items';

/**
 * Stage rules (issue 6): what must be on record at a step of the procedure — the collective discussion before a
 * decision (DEC-04) and the order of service methods (SERV-07). Each reads its parameters and article from the
 * profile. Advance preservation, the arrears notice and coercive measures are in measure.rules.ts.
 */

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

export const stageRules: readonly ComplianceRule[] = [collectiveDiscussionRule, serviceOrderRule];
