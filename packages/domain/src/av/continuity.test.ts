import { describe, expect, it } from 'vitest';
import { type AvSegment, continuityFindings, defaultSplitToleranceSeconds } from './continuity';

const at = (time: string) => `2026-11-23T${time}+08:00`;
const segment = (id: string, from: string, to: string, deviceNumber: string | null = 'DSJ-1'): AvSegment => ({
  id,
  deviceNumber,
  capturedFrom: at(from),
  capturedTo: at(to),
});

describe('AV-03: the recordings of one activity at one location form one continuous record', () => {
  it('accepts files a device split with at most the tolerance between them, in any input order', () => {
    expect(defaultSplitToleranceSeconds).toBe(2);
    const result = continuityFindings([
      segment('c', '09:20:02', '09:30:00'),
      segment('a', '09:00:00', '09:10:00'),
      segment('b', '09:10:02', '09:20:00'),
    ]);
    expect(result).toEqual({ gaps: [], overlaps: [], undated: [], reversed: [] });
  });

  it('flags a break longer than the tolerance, naming both segments and the seconds missing', () => {
    const result = continuityFindings([segment('a', '09:00:00', '09:10:00'), segment('b', '09:10:03', '09:20:00')]);
    expect(result.gaps).toEqual([{ deviceNumber: 'DSJ-1', beforeId: 'a', afterId: 'b', seconds: 3 }]);
    expect(result.overlaps).toEqual([]);
  });

  it('takes a configured tolerance', () => {
    const segments = [segment('a', '09:00:00', '09:10:00'), segment('b', '09:10:05', '09:20:00')];
    expect(continuityFindings(segments, { toleranceSeconds: 5 }).gaps).toEqual([]);
    expect(continuityFindings(segments, { toleranceSeconds: 4 }).gaps).toHaveLength(1);
  });

  it('reports overlapping segments of one device', () => {
    const result = continuityFindings([segment('a', '09:00:00', '09:10:00'), segment('b', '09:09:30', '09:20:00')]);
    expect(result.overlaps).toEqual([{ deviceNumber: 'DSJ-1', beforeId: 'a', afterId: 'b', seconds: 30 }]);
    expect(result.gaps).toEqual([]);
    expect(
      continuityFindings([segment('a', '09:00:00', '09:10:00'), segment('b', '09:09:30', '09:20:00')], {
        overlapToleranceSeconds: 30,
      }).overlaps,
    ).toEqual([]);
  });

  it('measures a gap from the end of everything recorded so far, not from a segment nested inside another', () => {
    const result = continuityFindings([
      segment('long', '09:00:00', '09:30:00'),
      segment('inner', '09:05:00', '09:06:00'),
      segment('next', '09:31:00', '09:40:00'),
    ]);
    expect(result.overlaps).toEqual([{ deviceNumber: 'DSJ-1', beforeId: 'long', afterId: 'inner', seconds: 60 }]);
    expect(result.gaps).toEqual([{ deviceNumber: 'DSJ-1', beforeId: 'long', afterId: 'next', seconds: 60 }]);
  });

  it('judges each device on its own: two officers filming side by side are not a gap or an overlap', () => {
    const result = continuityFindings([
      segment('a1', '09:00:00', '09:10:00', 'DSJ-1'),
      segment('b1', '09:00:00', '09:10:00', 'DSJ-2'),
      segment('a2', '09:10:01', '09:20:00', 'DSJ-1'),
      segment('b2', '09:15:00', '09:20:00', 'DSJ-2'),
    ]);
    expect(result.overlaps).toEqual([]);
    expect(result.gaps).toEqual([{ deviceNumber: 'DSJ-2', beforeId: 'b1', afterId: 'b2', seconds: 300 }]);
  });

  it('reports segments without capture times, or ending before they start, separately', () => {
    const result = continuityFindings([
      segment('a', '09:00:00', '09:10:00'),
      { id: 'no-end', deviceNumber: 'DSJ-1', capturedFrom: at('09:10:01'), capturedTo: null },
      { id: 'nothing', deviceNumber: 'DSJ-1' },
      segment('backwards', '09:20:00', '09:15:00'),
      segment('b', '09:10:01', '09:20:00'),
    ]);
    expect(result.undated).toEqual(['no-end', 'nothing']);
    expect(result.reversed).toEqual(['backwards']);
    expect(result.gaps).toEqual([]);
  });

  it('groups segments without a device number together', () => {
    const result = continuityFindings([
      segment('x', '09:00:00', '09:01:00', null),
      segment('y', '09:05:00', '09:06:00', null),
    ]);
    expect(result.gaps).toEqual([{ deviceNumber: null, beforeId: 'x', afterId: 'y', seconds: 240 }]);
  });
});
