import { describe, expect, it } from 'vitest';
import { caught } from '../shared/test-support';
import { compileAvFileNamePattern, defaultAvFileNamePattern, parseAvFileName } from './file-names';

describe('AVS-05: device number, officer and time of use read from body-cam file names', () => {
  it('reads the common serial_officer_timestamp_sequence layout, time in Asia/Shanghai', () => {
    expect(
      parseAvFileName('DSJ-A8_0123456_20261123093015_0001.MP4', '{serial}_{officer}_{yyyy}{MM}{dd}{HH}{mm}{ss}_{seq}'),
    ).toEqual({
      deviceNumber: 'DSJ-A8',
      officerNumber: '0123456',
      capturedFrom: '2026-11-23T01:30:15.000Z',
      sequence: 1,
    });
  });

  it('reads the same name with the default pattern, ignoring folders and the sequence', () => {
    expect(
      parseAvFileName('/mnt/dsj/100MEDIA/DSJ-A8_0123456_20261123093015_0001.MP4', defaultAvFileNamePattern),
    ).toEqual({
      deviceNumber: 'DSJ-A8',
      officerNumber: '0123456',
      capturedFrom: '2026-11-23T01:30:15.000Z',
    });
    expect(parseAvFileName('C:\\import\\T6_0009876_20260101000001.mp4', defaultAvFileNamePattern)).toMatchObject({
      deviceNumber: 'T6',
      capturedFrom: '2025-12-31T16:00:01.000Z',
    });
  });

  it('reads dashed dates, spaces and a two-digit year, literal text in any case', () => {
    const parse = compileAvFileNamePattern('ZFJL {officer}-{yy}-{MM}-{dd} {HH}.{mm}.{ss}');
    expect(parse('zfjl 110023-26-11-23 21.05.09.wav')).toEqual({
      officerNumber: '110023',
      capturedFrom: '2026-11-23T13:05:09.000Z',
    });
  });

  it('reads fixed-width fields written without separators, and times without seconds', () => {
    expect(parseAvFileName('A800123456202611230930.mp4', '{serial:4}{officer:6}{yyyy}{MM}{dd}{HH}{mm}')).toEqual({
      deviceNumber: 'A800',
      officerNumber: '123456',
      capturedFrom: '2026-11-23T01:30:00.000Z',
    });
    expect(parseAvFileName('X_1_2026-11-23T09:30.mp4', '{serial}_{officer}_{yyyy}-{MM}-{dd}T{HH}:{mm}')).toMatchObject({
      capturedFrom: '2026-11-23T01:30:00.000Z',
    });
  });

  it('returns null for names that do not match, or whose date is not real', () => {
    const parse = compileAvFileNamePattern(defaultAvFileNamePattern);
    expect(parse('IMG_2041.JPG')).toBeNull();
    expect(parse('DSJ-A8_0123456_2026112309301.MP4')).toBeNull();
    expect(parse('DSJ-A8_0123456_20261323093015_0001.MP4')).toBeNull();
    expect(parse('DSJ-A8_0123456_20260230093015_0001.MP4')).toBeNull();
    expect(parse('DSJ-A8_0123456_20261123253015_0001.MP4')).toBeNull();
    expect(parseAvFileName('A8.mp4', '{serial:4}')).toBeNull();
  });

  it('reads a pattern without a time', () => {
    expect(parseAvFileName('DSJ-A8_0123456.mp4', '{serial}_{officer}')).toEqual({
      deviceNumber: 'DSJ-A8',
      officerNumber: '0123456',
    });
  });
});

describe('malformed file-name patterns are refused', () => {
  it.each([
    '{serial_{officer}',
    '{serial}}_{officer}',
    'serial}_{officer}',
    '{serial}_{serial}',
    'plain',
    '{yyyy}{yy}{MM}{dd}{HH}{mm}',
  ])('refuses %j as malformed', (pattern) => {
    expect(caught(() => compileAvFileNamePattern(pattern))).toMatchObject({
      code: 'av_file_name.pattern_malformed',
      details: { pattern },
    });
  });

  it.each(['{serial}_{badge}', '{serial}_{yyyy:4}{MM}{dd}{HH}{mm}', '{serial:0}', '{}'])(
    'refuses the unknown placeholder in %j',
    (pattern) => {
      expect(caught(() => compileAvFileNamePattern(pattern))).toMatchObject({
        code: 'av_file_name.placeholder_unknown',
      });
    },
  );

  it('refuses a time without year, month, day, hour and minute', () => {
    expect(caught(() => compileAvFileNamePattern('{serial}_{yyyy}{MM}{dd}'))).toMatchObject({
      code: 'av_file_name.time_incomplete',
    });
    expect(caught(() => compileAvFileNamePattern('{serial}_{MM}{dd}{HH}{mm}{ss}'))).toMatchObject({
      code: 'av_file_name.time_incomplete',
    });
    expect(() => compileAvFileNamePattern('{serial}_{yy}{MM}{dd}{HH}{mm}')).not.toThrow();
  });
});
