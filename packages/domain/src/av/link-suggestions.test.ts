import { describe, expect, it } from 'vitest';
import { type LinkableActivity, suggestAvLinks, type UnlinkedRecording } from './link-suggestions';

const at = (time: string) => `2026-11-23T${time}+08:00`;

const recording = (id: string, from: string, to: string, officerIds = ['officer-1']): UnlinkedRecording => ({
  id,
  deviceNumber: 'DSJ-1',
  officerIds,
  capturedFrom: at(from),
  capturedTo: at(to),
});

const inspection: LinkableActivity = {
  id: 'act-inspection',
  caseId: 'case-1',
  officerIds: ['officer-1', 'officer-2'],
  startedAt: at('09:00:00'),
  endedAt: at('10:00:00'),
};

describe('AV-01: suggesting which activity an unlinked recording belongs to', () => {
  it('suggests an activity the officer attended whose time overlaps the recording', () => {
    expect(suggestAvLinks([recording('r1', '09:50:00', '10:20:00')], [inspection])).toEqual([
      { recordId: 'r1', activityId: 'act-inspection', caseId: 'case-1', overlapSeconds: 600 },
    ]);
  });

  it('does not suggest an activity the officer was not at', () => {
    expect(suggestAvLinks([recording('r1', '09:10:00', '09:20:00', ['officer-9'])], [inspection])).toEqual([]);
  });

  it('does not suggest an activity outside the capture window, or one that only touches it', () => {
    expect(suggestAvLinks([recording('r1', '10:00:00', '10:30:00')], [inspection])).toEqual([]);
    expect(suggestAvLinks([recording('r1', '07:00:00', '08:00:00')], [inspection])).toEqual([]);
  });

  it('gives an activity without an end the configured default duration', () => {
    const open = { ...inspection, endedAt: null };
    const late = recording('r1', '10:30:00', '10:40:00');
    expect(suggestAvLinks([late], [open])).toEqual([]);
    expect(suggestAvLinks([late], [open], { defaultActivityMinutes: 120 })).toEqual([
      { recordId: 'r1', activityId: 'act-inspection', caseId: 'case-1', overlapSeconds: 600 },
    ]);
    expect(suggestAvLinks([recording('r2', '09:50:00', '10:30:00')], [open])).toMatchObject([{ overlapSeconds: 600 }]);
  });

  it('ranks suggestions by overlap, longest first', () => {
    const questioning: LinkableActivity = {
      id: 'act-questioning',
      caseId: 'case-2',
      officerIds: ['officer-1'],
      startedAt: at('10:00:00'),
      endedAt: at('11:00:00'),
    };
    const suggestions = suggestAvLinks(
      [recording('r1', '09:55:00', '10:40:00'), recording('r2', '09:00:00', '09:30:00', ['officer-2'])],
      [inspection, questioning],
    );
    expect(suggestions).toEqual([
      { recordId: 'r1', activityId: 'act-questioning', caseId: 'case-2', overlapSeconds: 2400 },
      { recordId: 'r2', activityId: 'act-inspection', caseId: 'case-1', overlapSeconds: 1800 },
      { recordId: 'r1', activityId: 'act-inspection', caseId: 'case-1', overlapSeconds: 300 },
    ]);
  });

  it('skips recordings without a capture window', () => {
    expect(
      suggestAvLinks(
        [{ id: 'r1', deviceNumber: null, officerIds: ['officer-1'], capturedFrom: at('09:10:00') }],
        [inspection],
      ),
    ).toEqual([]);
  });
});
