import { endOfLocalDay } from '../../calendar/workdays';
import { isLocalDate, localDateOf, type LocalDate } from '../../shared/time';
import type { CaseSnapshot } from '../case-snapshot';
import type { ComplianceItem } from '../compliance-item';
import type { ComplianceContext } from '../rule';
import { timed } from './deadline.rules';
import { stageAt, stageRank } from './record-items';

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

/**
 * A dated obligation: done by its due day (to 24:00 Asia/Shanghai), done late (stays a violation), or open / due soon
 * / overdue as of now — `timed` of the deadline rules, counted in days.
 */
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
  const { due, doneOn, ...rest } = input;
  // Done on a day counts to that day's end: late exactly when the day is after the due day.
  return timed({
    ...rest,
    dueAt: endOfLocalDay(due.due),
    doneAt: doneOn === null ? null : endOfLocalDay(doneOn),
    ...(doneOn === null ? {} : { doneOn }),
    provisional: due.provisional,
  });
}
