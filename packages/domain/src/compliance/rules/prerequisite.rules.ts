import { approvalTypeLabels } from '../../cases/approvals';
import { actionDocuments, documentApprovals, missingPreDecisionRecords } from '../../cases/records';
import { caseActionLabels, type CaseAction } from '../../cases/stages';
import { findDocumentType } from '../../documents/catalog/index';
import type { CaseSnapshot } from '../case-snapshot';
import type { ComplianceItem } from '../compliance-item';
import type { ComplianceRule } from '../rule';
import { archiveAnchorText } from './deadline.rules';
import { recordItem } from './record-items';

type Document = CaseSnapshot['documents'][number];

/*
 * The written records a step rests on, as the server requires them when the step is taken (`cases/records.ts`):
 * evaluated again from what is on record, so a case imported, migrated or recorded before a rule existed shows what
 * it lacks. A step already taken cannot be repaired: `missing`. Articles are null (the tables cite requirements, and
 * the rules hold under every profile as the general law).
 */

const at = (value: string) => Date.parse(value);

/** Documents of the case first finalised by `time` (a later correction does not move that). */
function finalBy(documents: readonly Document[], time: string): Document[] {
  return documents.filter(
    (document) => document.status === 'final' && document.finalisedAt !== null && at(document.finalisedAt) <= at(time),
  );
}

function typeName(code: string): { zh: string; en: string } {
  const type = findDocumentType(code);
  return type ? { zh: `《${type.zh}》`, en: type.en } : { zh: code, en: code };
}

/**
 * DEC-06, SIMP-01, SERV-01, INIT-08, INIT-10, CLOSE-01: each stage action of `actionDocuments` that was taken had a
 * final document of one of its types by then.
 */
export const actionRecordsRule: ComplianceRule = {
  id: 'SYS-03.act',
  requirementId: 'SYS-03',
  applies: () => true,
  evaluate({ snapshot }) {
    const items: ComplianceItem[] = [];
    for (const event of snapshot.events) {
      const needed = actionDocuments[event.action as CaseAction];
      if (!needed) continue;
      const made = finalBy(snapshot.documents, event.at).some((document) => needed.anyOf.includes(document.typeCode));
      const label = caseActionLabels[event.action as CaseAction];
      const names = needed.anyOf.map(typeName);
      items.push(
        recordItem({
          rule: `${needed.requirementIds[0]}.act`,
          requirementId: needed.requirementIds[0]!,
          article: null,
          status: made ? 'done' : 'missing',
          subject: { type: 'case', id: snapshot.id },
          message: made
            ? { zh: `${label.zh}前已有定稿文书`, en: `${label.en}: rested on a final record` }
            : {
                zh: `${label.zh}时没有定稿的${names.map((name) => name.zh).join('或')}`,
                en: `${label.en} without a final ${names.map((name) => name.en).join(' or ')}`,
              },
          responsibleIds: snapshot.handlerIds,
        }),
      );
    }
    return items;
  },
};

/**
 * DEC-11: a general-procedure decision rests on the pre-decision records that apply to the case (handling opinion,
 * advance notice, statement and defence or the waiver, and the record of every step taken). In review, what is still
 * lacking is `open` (the decision waits for it); once decided, what was lacking then is `missing`.
 */
export const preDecisionRecordsRule: ComplianceRule = {
  id: 'DEC-11',
  requirementId: 'DEC-11',
  applies: () => true,
  evaluate({ snapshot, now }) {
    if (snapshot.procedure !== 'general') return [];
    const decided = snapshot.events.find((event) => event.action === 'decide');
    if (!decided && snapshot.stage !== 'review') return [];
    const by = decided?.at ?? now;
    const missing = missingPreDecisionRecords({
      procedure: snapshot.procedure,
      act: snapshot.act,
      activityTypes: snapshot.activities
        .filter((activity) => at(activity.startedAt) <= at(by))
        .map((activity) => activity.type),
      finalDocumentTypes: finalBy(snapshot.documents, by).map((document) => document.typeCode),
    });
    const names = missing.map(typeName);
    return [
      recordItem({
        rule: 'DEC-11',
        requirementId: 'DEC-11',
        article: null,
        status: missing.length === 0 ? 'done' : decided ? 'missing' : 'open',
        subject: { type: 'case', id: snapshot.id },
        message:
          missing.length === 0
            ? { zh: '决定前的书面记录齐全', en: 'The records a decision rests on are complete' }
            : {
                zh: `${decided ? '作出决定时缺少' : '作出决定前须有'}${names.map((name) => name.zh).join('、')}`,
                en: `${decided ? 'Decided without' : 'The decision needs'} ${names.map((name) => name.en).join(', ')}`,
              },
        responsibleIds: snapshot.handlerIds,
      }),
    ];
  },
};

/**
 * MEAS-01, MEAS-03, EXEC-05, EXEC-08, COER-02 (APPR-01): each final document that may be issued only under an internal
 * approval had an approved approval of its type by the time it was finalised.
 */
export const documentApprovalRule: ComplianceRule = {
  id: 'APPR-01.document',
  requirementId: 'APPR-01',
  applies: () => true,
  evaluate({ profile, snapshot }) {
    const items: ComplianceItem[] = [];
    for (const document of snapshot.documents) {
      const needed = documentApprovals[document.typeCode];
      if (!needed || document.status !== 'final') continue;
      // Where the profile states MEAS-03's own approval form (LX 第七条), `MEAS-03.approval` judges the notice.
      if (needed.type === 'advancePreservation' && profile.records.advancePreservation?.approvalBeforeNotice) continue;
      const approved = snapshot.approvals.some(
        (approval) =>
          approval.type === needed.type &&
          approval.steps.some(
            (step) =>
              step.kind === 'approve' && step.agree && at(step.at) <= at(document.finalisedAt ?? document.updatedAt),
          ) &&
          approval.steps.every((step) => step.agree),
      );
      const name = typeName(document.typeCode);
      const approval = approvalTypeLabels[needed.type];
      items.push(
        recordItem({
          rule: 'APPR-01.document',
          requirementId: needed.requirementIds[0]!,
          article: null,
          status: approved ? 'done' : 'missing',
          subject: { type: 'document', id: document.id },
          message: approved
            ? { zh: `${name.zh}经${approval.zh}后制作`, en: `${name.en}: issued under an approved ${approval.en}` }
            : {
                zh: `${name.zh}定稿前没有经批准的${approval.zh}`,
                en: `${name.en}: finalised without an approved ${approval.en}`,
              },
          responsibleIds: [document.createdBy, ...snapshot.handlerIds],
        }),
      );
    }
    return items;
  },
};

/**
 * CLOSE-02: a case closed or terminated has the day its enforcement act ended on record — the anchor of the
 * archiving deadline (ARCH-01). The server requires it at close since migration 0009; a case closed before has none,
 * and its archiving deadline runs from the close itself.
 */
export const endDateRule: ComplianceRule = {
  id: 'CLOSE-02',
  requirementId: 'CLOSE-02',
  applies: () => true,
  evaluate({ profile, snapshot }) {
    const ended = snapshot.events.find((event) => event.action === 'close' || event.action === 'terminate');
    if (!ended) return [];
    const archive = profile.deadlines.archive;
    const anchor = archiveAnchorText[archive?.anchor ?? 'termination'];
    const recorded = snapshot.endedOn !== null;
    return [
      recordItem({
        rule: 'CLOSE-02',
        requirementId: 'CLOSE-02',
        article: archive?.article ?? null,
        status: recorded ? 'done' : 'missing',
        subject: { type: 'case', id: snapshot.id },
        message: recorded
          ? { zh: `已记录${anchor.zh}：${snapshot.endedOn}`, en: `${anchor.en} is on record: ${snapshot.endedOn}` }
          : {
              zh: `结案（终止）时未记录${anchor.zh}，归档期限按结案时间计算`,
              en: `Closed without ${anchor.en}; the archiving deadline runs from the close`,
            },
        responsibleIds: snapshot.handlerIds,
      }),
    ];
  },
};

/** Rules on the records a step rests on (issue 6). */
export const prerequisiteRules: readonly ComplianceRule[] = [
  actionRecordsRule,
  preDecisionRecordsRule,
  documentApprovalRule,
  endDateRule,
];
