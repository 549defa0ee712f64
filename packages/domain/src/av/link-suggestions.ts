import type { Instant } from '../shared/time';

/** A recording not yet linked to an activity. `officerIds`: the device's assigned officer, or the uploader. */
export type UnlinkedRecording = {
  id: string;
  deviceNumber: string | null;
  officerIds: readonly string[];
  capturedFrom?: Instant | null;
  capturedTo?: Instant | null;
};

/** An enforcement activity a recording may belong to; `endedAt` is null while it was recorded without an end. */
export type LinkableActivity = {
  id: string;
  caseId: string;
  officerIds: readonly string[];
  startedAt: Instant;
  endedAt?: Instant | null;
};

export type AvLinkSuggestion = { recordId: string; activityId: string; caseId: string; overlapSeconds: number };

/** How long an activity without a recorded end is taken to last. */
export const defaultActivityMinutes = 60;

/**
 * Suggests which activity each unlinked recording belongs to (AV-01 needs recordings linked to their activities): an
 * activity at which one of the recording's officers was present and whose window overlaps the capture window by more
 * than zero seconds. An activity without an end (or with an end before its start) lasts `defaultActivityMinutes`.
 * Recordings without a readable capture window are skipped. Suggestions are ranked by overlap, longest first (ties by
 * record id, then activity id); a recording may get several.
 */
export function suggestAvLinks(
  recordings: readonly UnlinkedRecording[],
  activities: readonly LinkableActivity[],
  options: { defaultActivityMinutes?: number } = {},
): AvLinkSuggestion[] {
  const defaultMs = (options.defaultActivityMinutes ?? defaultActivityMinutes) * 60_000;
  const windows = activities.flatMap((activity) => {
    const start = Date.parse(activity.startedAt);
    if (Number.isNaN(start)) return [];
    const end = activity.endedAt ? Date.parse(activity.endedAt) : Number.NaN;
    return [{ activity, start, end: Number.isNaN(end) || end < start ? start + defaultMs : end }];
  });
  const suggestions: AvLinkSuggestion[] = [];
  for (const recording of recordings) {
    const from = recording.capturedFrom ? Date.parse(recording.capturedFrom) : Number.NaN;
    const to = recording.capturedTo ? Date.parse(recording.capturedTo) : Number.NaN;
    if (Number.isNaN(from) || Number.isNaN(to) || to < from) continue;
    for (const { activity, start, end } of windows) {
      if (!recording.officerIds.some((officerId) => activity.officerIds.includes(officerId))) continue;
      const overlapMs = Math.min(to, end) - Math.max(from, start);
      if (overlapMs <= 0) continue;
      suggestions.push({
        recordId: recording.id,
        activityId: activity.id,
        caseId: activity.caseId,
        overlapSeconds: overlapMs / 1000,
      });
    }
  }
  return suggestions.sort(
    (a, b) =>
      b.overlapSeconds - a.overlapSeconds ||
      a.recordId.localeCompare(b.recordId) ||
      a.activityId.localeCompare(b.activityId),
  );
}
