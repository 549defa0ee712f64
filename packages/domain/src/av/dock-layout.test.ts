import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors';
import { caught } from '../shared/test-support';
import { compileDockLayout } from './dock-layout';

describe('AVS-05: device and officer numbers read from a dock folder layout', () => {
  it('reads device and officer from the folders above the file', () => {
    const read = compileDockLayout('{device}/{officer}/*');
    expect(read('DSJ-A8-0001/0123456/20261123_0001.MP4')).toEqual({
      deviceNumber: 'DSJ-A8-0001',
      officerNumber: '0123456',
    });
    expect(read('DSJ-A8-0001/20261123_0001.MP4')).toBeNull();
    expect(read('DSJ-A8-0001/0123456/100MEDIA/20261123_0001.MP4')).toBeNull();
  });

  it('takes ** for any number of folders, and placeholders inside a segment with literal text in any case', () => {
    const read = compileDockLayout('*_{device}/**');
    expect(read('2026-11-23_DSJ-A8-0001/100MEDIA/x.MP4')).toEqual({ deviceNumber: 'DSJ-A8-0001' });
    expect(read('2026-11-23_DSJ-A8-0001/x.MP4')).toEqual({ deviceNumber: 'DSJ-A8-0001' });
    expect(compileDockLayout('{officer}/**/*')('0123456/a/b/c.wav')).toEqual({ officerNumber: '0123456' });
    expect(compileDockLayout('{officer}/**/*')('0123456/c.wav')).toEqual({ officerNumber: '0123456' });
    expect(compileDockLayout('DSJ_{device}/{officer}/*')('dsj_0001/0123456/x.MP4')).toEqual({
      deviceNumber: '0001',
      officerNumber: '0123456',
    });
    expect(compileDockLayout('{device}/*')('A\\x.MP4')).toEqual({ deviceNumber: 'A' });
  });

  it('refuses malformed layouts with av_dock_layout.malformed', () => {
    for (const layout of ['*/*', '{device}//*', '{serial}/*', '{device}/{device}/*', '{device/*', 'a**/{device}']) {
      const error = caught(() => compileDockLayout(layout));
      expect(isDomainError(error) && error.code, layout).toBe('av_dock_layout.malformed');
    }
  });
});
