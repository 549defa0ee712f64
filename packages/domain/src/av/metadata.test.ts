import { describe, expect, it } from 'vitest';
import {
  avDeviceTypeLabels,
  avDeviceTypes,
  avMetadataSchema,
  bodyCamMountingLabels,
  bodyCamMountings,
  mediaKindOfMimeType,
  missingMetadata,
  requiredAvMetadataKeys,
  timeContradictions,
} from './metadata';

const complete = {
  deviceType: 'bodyCam',
  deviceNumber: 'DSJ-A8-0042',
  makerId: 'user-7',
  capturedFrom: '2026-11-23T09:30:15+08:00',
  capturedTo: '2026-11-23T09:45:15+08:00',
  place: '某区某路 12 号某餐馆',
  purpose: '现场检查时后厨卫生状况',
} as const;

describe('AVS-03: production method (制作方法) as device types with labels', () => {
  it('labels every device type in Chinese and English', () => {
    expect(avDeviceTypes).toEqual(['bodyCam', 'camera', 'videoCamera', 'audioRecorder', 'surveillance', 'phone']);
    expect(avDeviceTypeLabels.bodyCam).toEqual({ zh: '执法记录仪', en: 'Body-worn camera' });
    expect(avDeviceTypeLabels.surveillance.zh).toBe('视频监控');
    for (const type of avDeviceTypes) expect(avDeviceTypeLabels[type].en).not.toBe('');
  });

  it('refuses a device type outside the list', () => {
    expect(avMetadataSchema.safeParse({ deviceType: 'drone' }).success).toBe(false);
    expect(avMetadataSchema.safeParse({ deviceType: 'phone' }).success).toBe(true);
  });
});

describe('media kind from the MIME type', () => {
  it.each([
    ['video/mp4', 'video'],
    ['VIDEO/QuickTime', 'video'],
    ['audio/x-wav', 'audio'],
    ['audio/mpeg; charset=binary', 'audio'],
    ['image/jpeg', 'photo'],
    ['image/heic', 'photo'],
  ] as const)('reads %s as %s', (mimeType, kind) => {
    expect(mediaKindOfMimeType(mimeType)).toBe(kind);
  });

  it.each(['application/octet-stream', 'application/pdf', 'image/svg+xml', 'video', '', 'text/plain'])(
    'gives no media kind for %j',
    (mimeType) => {
      expect(mediaKindOfMimeType(mimeType)).toBeNull();
    },
  );
});

describe('avMetadataSchema', () => {
  it('accepts complete metadata and an empty draft', () => {
    expect(avMetadataSchema.parse(complete)).toEqual(complete);
    expect(avMetadataSchema.parse({})).toEqual({});
  });

  it('needs ISO instants with an offset', () => {
    expect(avMetadataSchema.safeParse({ capturedFrom: '2026-11-23 09:30:15' }).success).toBe(false);
    expect(avMetadataSchema.safeParse({ capturedFrom: '2026-11-23T09:30:15' }).success).toBe(false);
    expect(avMetadataSchema.safeParse({ capturedFrom: '2026-11-23T01:30:15Z' }).success).toBe(true);
  });

  it('refuses a capture that ends before it starts', () => {
    const result = avMetadataSchema.safeParse({ ...complete, capturedTo: '2026-11-23T09:30:14+08:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['capturedTo']]);
  });

  it('refuses blank text fields', () => {
    expect(avMetadataSchema.safeParse({ purpose: '   ' }).success).toBe(false);
  });
});

describe('AV-06: body-cam mounting', () => {
  it('knows the two default positions, handheld and fixed', () => {
    expect(bodyCamMountings).toEqual(['leftShoulder', 'leftChest', 'handheld', 'fixed']);
    expect(bodyCamMountingLabels.leftShoulder.zh).toBe('佩戴于左肩部');
  });

  it('accepts a default position without further detail', () => {
    expect(avMetadataSchema.safeParse({ ...complete, mounting: 'leftChest' }).success).toBe(true);
  });

  it('requires the key content filmed for handheld or fixed mounting', () => {
    for (const mounting of ['handheld', 'fixed'] as const) {
      const result = avMetadataSchema.safeParse({ ...complete, mounting });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([['mountingFocus']]);
      expect(avMetadataSchema.safeParse({ ...complete, mounting, mountingFocus: '凭证特征' }).success).toBe(true);
    }
  });

  it('records a mounting for body cams only', () => {
    const result = avMetadataSchema.safeParse({ ...complete, deviceType: 'camera', mounting: 'leftChest' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['mounting']]);
  });
});

describe('AV-07: when the party was told of the recording', () => {
  it('accepts an announcement offset within the footage', () => {
    expect(avMetadataSchema.safeParse({ ...complete, announcementOffsetSeconds: 0 }).success).toBe(true);
    expect(avMetadataSchema.safeParse({ ...complete, announcementOffsetSeconds: 900 }).success).toBe(true);
  });

  it('refuses a negative offset or one beyond the end of the footage', () => {
    expect(avMetadataSchema.safeParse({ ...complete, announcementOffsetSeconds: -1 }).success).toBe(false);
    const late = avMetadataSchema.safeParse({ ...complete, announcementOffsetSeconds: 901 });
    expect(late.success).toBe(false);
    expect(late.error?.issues.map((issue) => issue.path)).toEqual([['announcementOffsetSeconds']]);
  });
});

describe('AVS-03: production method, time, producer and subject of proof must be recorded', () => {
  it('lists every required key of an empty record, in order', () => {
    expect(missingMetadata({})).toEqual(['deviceType', 'capturedFrom', 'makerId', 'purpose', 'place', 'deviceNumber']);
    expect(requiredAvMetadataKeys).toHaveLength(6);
  });

  it('lists null and blank values as missing, and nothing for a complete record', () => {
    expect(missingMetadata({ ...complete, purpose: '  ', makerId: null })).toEqual(['makerId', 'purpose']);
    expect(missingMetadata(complete)).toEqual([]);
  });
});

describe('declared capture time against the time in the file', () => {
  const declared = { from: '2026-11-23T09:30:15+08:00', to: '2026-11-23T09:45:15+08:00' };

  it('finds nothing when the creation time and duration agree within the tolerance', () => {
    expect(
      timeContradictions({
        declared,
        embedded: { creationTime: '2026-11-23T01:30:16.000000Z', durationSeconds: 901.5 },
        toleranceSeconds: 2,
      }),
    ).toEqual([]);
    expect(timeContradictions({ declared, embedded: {}, toleranceSeconds: 0 })).toEqual([]);
  });

  it('reports a creation time before the declared start, with the difference', () => {
    const [finding, ...rest] = timeContradictions({
      declared,
      embedded: { creationTime: '2026-11-23T01:20:15Z' },
      toleranceSeconds: 2,
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'creationBeforeCapture', differenceSeconds: 600 });
    expect(finding?.zh).toContain('2026-11-23 09:20:15');
    expect(finding?.zh).toContain('早 600 秒');
    expect(finding?.en).toContain('600 s before the declared start');
  });

  it('reports a creation time after the declared end', () => {
    expect(
      timeContradictions({ declared, embedded: { creationTime: '2026-11-23T09:50:15+08:00' }, toleranceSeconds: 2 }),
    ).toMatchObject([{ code: 'creationAfterCapture', differenceSeconds: 300 }]);
  });

  it('recognises Beijing time written as UTC (eight hours off) as a time-zone problem', () => {
    expect(
      timeContradictions({ declared, embedded: { creationTime: '2026-11-23T09:30:15Z' }, toleranceSeconds: 2 }),
    ).toMatchObject([{ code: 'creationTimeZoneShift', differenceSeconds: 8 * 3600 }]);
  });

  it('reports an unreadable creation time', () => {
    expect(
      timeContradictions({ declared, embedded: { creationTime: 'yesterday' }, toleranceSeconds: 2 }),
    ).toMatchObject([{ code: 'creationTimeUnreadable' }]);
  });

  it('reports a duration that differs from the declared window beyond the tolerance', () => {
    const [finding] = timeContradictions({ declared, embedded: { durationSeconds: 600 }, toleranceSeconds: 2 });
    expect(finding).toMatchObject({ code: 'durationMismatch', differenceSeconds: 300 });
    expect(finding?.zh).toBe('文件时长 600 秒与填报的制作时间长度 900 秒相差 300 秒');
    expect(timeContradictions({ declared, embedded: { durationSeconds: 903 }, toleranceSeconds: 2 })).toMatchObject([
      { code: 'durationMismatch' },
    ]);
    expect(timeContradictions({ declared, embedded: { durationSeconds: 902 }, toleranceSeconds: 2 })).toEqual([]);
  });

  it('reports a declared window that ends before it starts, and nothing else', () => {
    expect(
      timeContradictions({
        declared: { from: declared.to, to: declared.from },
        embedded: { durationSeconds: 5 },
        toleranceSeconds: 2,
      }),
    ).toMatchObject([{ code: 'declaredEndsBeforeStart', differenceSeconds: 900 }]);
  });

  it("AVS-03: compares a photo's EXIF capture time the same way, naming it, and says when Beijing time was assumed", () => {
    const photo = { from: '2026-11-23T09:30:15+08:00', to: '2026-11-23T09:30:15+08:00' };
    expect(
      timeContradictions({
        declared: photo,
        embedded: { creationTime: '2026-11-23T01:31:00.000Z', source: 'exif' },
        toleranceSeconds: 120,
      }),
    ).toEqual([]);
    const [finding, ...rest] = timeContradictions({
      declared: photo,
      embedded: { creationTime: '2026-11-23T03:30:15.000Z', source: 'exif', timeZoneAssumed: true },
      toleranceSeconds: 120,
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'creationAfterCapture', differenceSeconds: 7200 });
    expect(finding?.zh).toBe(
      '照片EXIF拍摄时间 2026-11-23 11:30:15（文件未记录时区，按北京时间理解） 比填报的结束时间晚 7200 秒（填报 2026-11-23 09:30:15 至 2026-11-23 09:30:15）',
    );
    expect(finding?.en).toContain("The photo's EXIF capture time 2026-11-23 11:30:15 (the file records no time zone");
    expect(
      timeContradictions({
        declared: photo,
        embedded: { creationTime: '2026:11:23 99:00:00', source: 'exif' },
        toleranceSeconds: 120,
      }),
    ).toMatchObject([{ code: 'creationTimeUnreadable', zh: '照片EXIF拍摄时间无法识别：2026:11:23 99:00:00' }]);
  });

  it('refuses declared times that are not instants', () => {
    expect(() =>
      timeContradictions({ declared: { from: 'soon', to: declared.to }, embedded: {}, toleranceSeconds: 2 }),
    ).toThrow(RangeError);
  });
});
