import { caseStageTransitions, type CaseStage } from '../../cases/stages';
import type { ProfileCode } from '../../documents/document-type';
import type { CaseSnapshot } from '../case-snapshot';
import { type ComplianceItem, type ComplianceStatus, type ComplianceSubject, severityOf } from '../compliance-item';

/** Shared by the record rules (record.rules.ts, document.rules.ts): item shape, seeds, stage order. */

/** The seed number of each rule family, as articles are written in requirements.md (`001 第十二条`). */
export const familySeed: Record<ProfileCode, string> = { BX: '000', HS: '001', LX: '002', FS: '003', XG: '004' };

/** Appended to a message whose rule the profile's regulation does not state (article null). */
export const notSeeded = {
  zh: '（本规定未明定，依文书目录或法律的一般要求）',
  en: ' (not stated by this profile’s regulation; from the document catalogue or the general law)',
};

/** A record rule's checklist line: records have no deadline of their own, so `dueAt` is null and nothing is provisional. */
export function recordItem(fields: {
  rule: string;
  requirementId: string;
  article: string | null;
  status: ComplianceStatus;
  subject: ComplianceSubject;
  message: { zh: string; en: string };
  responsibleIds: readonly string[];
}): ComplianceItem {
  // One literal of a fixed shape, not a spread: the engine builds some 40 of these per case, 100 000 cases at a time.
  return {
    rule: fields.rule,
    requirementId: fields.requirementId,
    article: fields.article,
    status: fields.status,
    severity: severityOf(fields.status),
    subject: fields.subject,
    message: fields.article === null ? withNote(fields.message) : fields.message,
    responsibleIds: distinct(fields.responsibleIds),
    dueAt: null,
    provisional: false,
  };
}

/** The ids in first-seen order, each once (lists of a handful: a scan beats building a Set). */
export function distinct(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}

function withNote(message: { zh: string; en: string }): { zh: string; en: string } {
  return { zh: `${message.zh}${notSeeded.zh}`, en: `${message.en}${notSeeded.en}` };
}

/** The activity's officers and the case's handlers: who must make the record good. */
export function activityPeople(activity: CaseSnapshot['activities'][number], snapshot: CaseSnapshot): string[] {
  return [...activity.officers.map((officer) => officer.userId), ...snapshot.handlerIds];
}

/** The main line in order; every early outcome (不予立案, 移送, 终止 …) ranks with `closed`: nothing more will come. */
const mainLine: readonly CaseStage[] = [
  'initiation',
  'investigation',
  'review',
  'service',
  'execution',
  'closed',
  'archived',
];

export function stageRank(stage: CaseStage): number {
  const index = mainLine.indexOf(stage);
  return index === -1 ? mainLine.indexOf('closed') : index;
}

/** The stage the case was in at `at`, replaying its stage transitions from initiation (unknown actions are ignored). */
export function stageAt(snapshot: CaseSnapshot, at: string): CaseStage {
  const table: Record<CaseStage, Partial<Record<string, CaseStage>>> = caseStageTransitions[snapshot.procedure];
  let stage: CaseStage = 'initiation';
  for (const event of snapshot.events) {
    if (Date.parse(event.at) > Date.parse(at)) break;
    stage = table[stage][event.action] ?? stage;
  }
  return stage;
}
