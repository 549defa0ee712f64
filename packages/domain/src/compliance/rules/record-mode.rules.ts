import { activityTypes } from '../../cases/activities';
import type { Profile } from '../../profiles/profile';
import type { CaseSnapshot } from '../case-snapshot';
import type { ComplianceItem, ComplianceStatus } from '../compliance-item';
import type { ComplianceRule } from '../rule';
import { activityPeople, recordItem, stageAt, stageRank } from './record-items';

type Activity = CaseSnapshot['activities'][number];

/**
 * GEN-06-P: whether the case's activities need a written record (null: no) and the article requiring it. LX
 * (`byAct`) fixes the record forms per enforcement act (002 第五条, 第十三条–第十六条): an act whose forms include
 * `written` needs one, an act not listed needs none from this rule. Otherwise `writtenEveryStep: true` (HS 001 第四条)
 * makes it mandatory for every recorded step.
 */
export function writtenRecordDuty(profile: Profile, act: CaseSnapshot['act']): { article: string | null } | null {
  const mode = profile.records.recordMode;
  const fixed = mode.byAct?.find((entry) => entry.act === act);
  if (fixed?.modes.includes('written')) return { article: fixed.article };
  if (mode.writtenEveryStep === true) return { article: mode.article };
  return null;
}

/** A final document linked to the activity, or — for a type that produces no documents — a written summary. */
function hasWrittenRecord(activity: Activity, snapshot: CaseSnapshot): boolean {
  const linked = snapshot.documents.some(
    (document) => document.activityId === activity.id && document.status === 'final',
  );
  if (linked) return true;
  return activityTypes[activity.type].documents.length === 0 && (activity.summary ?? '').trim() !== '';
}

function writtenRecordItem(activity: Activity, snapshot: CaseSnapshot, article: string | null): ComplianceItem {
  const written = hasWrittenRecord(activity, snapshot);
  const over =
    activity.endedAt !== null && stageRank(snapshot.stage) > stageRank(stageAt(snapshot, activity.startedAt));
  const status: ComplianceStatus = written ? 'done' : over ? 'missing' : 'open';
  const avOnly = snapshot.avRecords.some((record) => record.activityId === activity.id);
  const label = activityTypes[activity.type];
  const detail = written
    ? { zh: '已有书面记录', en: 'a written record is on file' }
    : avOnly
      ? { zh: '仅有音像记录，缺少书面记录', en: 'A/V only, no written record' }
      : { zh: '缺少书面记录', en: 'no written record' };
  return recordItem({
    rule: 'GEN-06',
    requirementId: 'GEN-06',
    article,
    status,
    subject: { type: 'activity', id: activity.id },
    message: { zh: `${label.zh}：${detail.zh}`, en: `${label.en}: ${detail.en}` },
    responsibleIds: activityPeople(activity, snapshot),
  });
}

/**
 * GEN-06 (GEN-06-P): where the profile makes the written record mandatory (HS 001 第四条; LX per act), every recorded
 * activity has one — a final document linked to it, or for a type producing no documents its written summary. A/V
 * alone does not do: `missing` once the activity has ended and the case has left the stage it happened in, `open`
 * before. Profiles where written and A/V records may be used together or separately (BX, FS) or that are silent (XG)
 * do not have the rule.
 */
export const writtenRecordRule: ComplianceRule = {
  id: 'GEN-06',
  requirementId: 'GEN-06',
  applies: (profile) =>
    profile.records.recordMode.writtenEveryStep === true || profile.records.recordMode.byAct !== null,
  evaluate({ profile, snapshot }) {
    const duty = writtenRecordDuty(profile, snapshot.act);
    if (duty === null) return [];
    return snapshot.activities.map((activity) => writtenRecordItem(activity, snapshot, duty.article));
  },
};

/** The record-mode rules (issue 6, GEN-06). */
export const recordModeRules: readonly ComplianceRule[] = [writtenRecordRule];
