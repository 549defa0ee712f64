import type { Instant } from '../shared/time';

/** A moment of an application's handling that reception-point footage should show (INIT-02). */
export type ReceptionMoment = { kind: 'registration' | 'acceptance' | 'handling'; at: Instant; label: string };

/** A continuous surveillance recording of the reception point. */
export type ReceptionRecording = {
  id: string;
  deviceNumber: string | null;
  capturedFrom: Instant | null;
  capturedTo: Instant | null;
};

export type ReceptionFootage = ReceptionMoment & {
  /** The recordings that cover the moment, each with the offset into it where the moment is. */
  covering: { recordId: string; deviceNumber: string | null; offsetSeconds: number }[];
};

/**
 * INIT-02 (000 第五条, 001 第九条): reception-point video surveillance is one long recording of many applicants, so it
 * is not linked to one case; each moment of an application (registration, acceptance, handling) is matched to the
 * surveillance recordings whose capture window covers it, with the offset into the footage where the moment is.
 * Moments no recording covers are listed with none, so a gap in the surveillance is visible.
 */
export function receptionFootage(
  moments: readonly ReceptionMoment[],
  recordings: readonly ReceptionRecording[],
): ReceptionFootage[] {
  const windows = recordings.flatMap((recording) => {
    const from = recording.capturedFrom ? Date.parse(recording.capturedFrom) : Number.NaN;
    const to = recording.capturedTo ? Date.parse(recording.capturedTo) : Number.NaN;
    return Number.isNaN(from) || Number.isNaN(to) || to < from ? [] : [{ recording, from, to }];
  });
  return [...moments]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((moment) => {
      const at = Date.parse(moment.at);
      const covering = windows
        .filter(({ from, to }) => from <= at && at <= to)
        .sort((a, b) => a.from - b.from || a.recording.id.localeCompare(b.recording.id))
        .map(({ recording, from }) => ({
          recordId: recording.id,
          deviceNumber: recording.deviceNumber,
          offsetSeconds: (at - from) / 1000,
        }));
      return { ...moment, covering };
    });
}
