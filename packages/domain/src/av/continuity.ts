import type { Instant } from '../shared/time';

/** One file of a recording, as ingested: devices split long recordings into several files. */
export type AvSegment = {
  id: string;
  deviceNumber: string | null;
  capturedFrom?: Instant | null;
  capturedTo?: Instant | null;
};

/** A break between two consecutive segments of one device, or an overlap between them, in seconds. */
export type AvSegmentPair = { deviceNumber: string | null; beforeId: string; afterId: string; seconds: number };

export type AvContinuity = {
  /** Breaks longer than the tolerance: the recording was interrupted. */
  gaps: AvSegmentPair[];
  /** Segments of one device whose capture windows overlap by more than the overlap tolerance: a clock or data error. */
  overlaps: AvSegmentPair[];
  /** Segments with no (readable) capture start or end: continuity cannot be judged for them. */
  undated: string[];
  /** Segments whose capture ends before it starts. */
  reversed: string[];
};

/** Default split tolerance: body cams close one file and open the next within about a second. */
export const defaultSplitToleranceSeconds = 2;

/**
 * AV-03: the recordings of one activity at one location form one continuous record (LX 第二十二条(五) for every
 * body-cam recording; HS 第十五条, 第二十三条, 第二十八条 for the activities marked C). Pass the segments of one
 * activity at one location — segments at another place or time of the same matter (allowed under LX) belong to another
 * call. Segments are grouped by device (segments without a device number form one group) and ordered by capture time;
 * a break longer than `toleranceSeconds` between the end of what the device had recorded so far and the next segment's
 * start is a gap, and a next segment that starts more than `overlapToleranceSeconds` (default 0) before that end is an
 * overlap. Results are ordered by device, then by time.
 */
export function continuityFindings(
  segments: readonly AvSegment[],
  options: { toleranceSeconds?: number; overlapToleranceSeconds?: number } = {},
): AvContinuity {
  const toleranceMs = (options.toleranceSeconds ?? defaultSplitToleranceSeconds) * 1000;
  const overlapToleranceMs = (options.overlapToleranceSeconds ?? 0) * 1000;
  const result: AvContinuity = { gaps: [], overlaps: [], undated: [], reversed: [] };
  const byDevice = new Map<string | null, { id: string; from: number; to: number }[]>();
  for (const segment of segments) {
    const from = segment.capturedFrom ? Date.parse(segment.capturedFrom) : Number.NaN;
    const to = segment.capturedTo ? Date.parse(segment.capturedTo) : Number.NaN;
    if (Number.isNaN(from) || Number.isNaN(to)) {
      result.undated.push(segment.id);
    } else if (to < from) {
      result.reversed.push(segment.id);
    } else {
      const group = byDevice.get(segment.deviceNumber) ?? [];
      group.push({ id: segment.id, from, to });
      byDevice.set(segment.deviceNumber, group);
    }
  }
  const devices = [...byDevice.keys()].sort((a, b) => (a ?? '').localeCompare(b ?? '') || (a === null ? -1 : 1));
  for (const deviceNumber of devices) {
    const ordered = (byDevice.get(deviceNumber) ?? []).sort(
      (a, b) => a.from - b.from || a.to - b.to || a.id.localeCompare(b.id),
    );
    let reach = ordered[0];
    for (const next of ordered.slice(1)) {
      if (!reach) break;
      const gapMs = next.from - reach.to;
      if (gapMs > toleranceMs) {
        result.gaps.push({ deviceNumber, beforeId: reach.id, afterId: next.id, seconds: gapMs / 1000 });
      } else if (-gapMs > overlapToleranceMs) {
        const overlapMs = Math.min(reach.to, next.to) - next.from;
        result.overlaps.push({ deviceNumber, beforeId: reach.id, afterId: next.id, seconds: overlapMs / 1000 });
      }
      if (next.to > reach.to) reach = next;
    }
  }
  return result;
}
