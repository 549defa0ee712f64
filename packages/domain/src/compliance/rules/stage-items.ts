import { endOfLocalDay } from '../../calendar/workdays';
import { isLocalDate, localDateOf, type LocalDate } from '../../shared/time';
import type { CaseSnapshot } from '../case-snapshot';
import { type ComplianceItem, type ComplianceStatus, deadlineStatus, severityOf } from '../compliance-item';
import type { ComplianceContext } from '../rule';
import { distinct, stageAt, stageRank } from './record-items';

/** Shared by the stage rules (stage.rules.ts, measure.rules.ts): reading documents, signatures and dated obligations. */

export type Activity = CaseSnapshot['activities'][number];
export type Document = CaseSnapshot['documents'][number];
export type Label = { zh: string; en: string };

export const isFinal = (document: Document) => document.status === 'final';

export function isFilled(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

/** When a document became final: a later correction keeps it final but moves `updatedAt`, not `finalisedAt`. */
export function finalisedAt(document: Document): number {
  return Date.parse(document.finalisedAt ?? document.updatedAt);
}

/** The day a document was made: its own date field when valid, else the local day it was finalised. */
export function madeOn(document: Document, field = 'issueDate'): LocalDate {
  const value = document.data[field];
  return typeof value === 'string' && isLocalDate(value)
    ? value
    : localDateOf(document.finalisedAt ?? document.updatedAt);
}

/** Signatures as the catalogue stores them (validate.ts `DocumentSignature`), read defensively. */
export function signedBy(document: Document, roles: readonly string[]): { name: string | null }[] {
  return document.signatures.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { role, signed, name } = entry as { role?: unknown; signed?: unknown; name?: unknown };
    return typeof role === 'string' && roles.includes(role) && signed === true
      ? [{ name: typeof name === 'string' ? name.trim() : null }]
      : [];
  });
}

/** Documents of `typeCode` linked to the activity, or — when none is linked — those linked to no activity. */
export function documentsFor(snapshot: CaseSnapshot, activity: Activity, typeCode: string): Document[] {
  const ofType = snapshot.documents.filter((document) => document.typeCode === typeCode);
  const linked = ofType.filter((document) => document.activityId === activity.id);
  return linked.length > 0 ? linked : ofType.filter((document) => document.activityId === null);
}

/** A record for the activity is `missing` once the case moved past the later of investigation and the activity's stage. */
export function pastActivity(snapshot: CaseSnapshot, activity: Activity): boolean {
  const lastStage = Math.max(stageRank('investigation'), stageRank(stageAt(snapshot, activity.startedAt)));
  return stageRank(snapshot.stage) > lastStage;
}

/** A dated obligation: done by its due day, done late (stays a violation), or open / due soon / overdue as of now. */
export function dueItem(input: {
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
    responsibleIds: distinct(input.responsibleIds),
    dueAt,
    provisional: input.due.provisional,
  };
}
