import { describe, expect, it } from 'vitest';
import { deviceNumberContradictions, exifCaptureTime } from './exif';

describe('AVS-03 制作时间: the capture time a photo states in its EXIF', () => {
  it('reads DateTimeOriginal with OffsetTimeOriginal as that offset', () => {
    expect(exifCaptureTime('2026:11:23 09:30:15', '+08:00')).toEqual({
      instant: '2026-11-23T01:30:15.000Z',
      timeZoneAssumed: false,
    });
    expect(exifCaptureTime('2026:11:23 09:30:15', '-05:30')).toEqual({
      instant: '2026-11-23T15:00:15.000Z',
      timeZoneAssumed: false,
    });
  });

  it('reads a time without an offset as Asia/Shanghai local time, and says it assumed so', () => {
    expect(exifCaptureTime('2026:11:23 09:30:15')).toEqual({
      instant: '2026-11-23T01:30:15.000Z',
      timeZoneAssumed: true,
    });
    expect(exifCaptureTime('2026-11-23 09:30:15', 'garbage')).toEqual({
      instant: '2026-11-23T01:30:15.000Z',
      timeZoneAssumed: true,
    });
  });

  it('gives nothing for an absent, unset or impossible time', () => {
    expect(exifCaptureTime(undefined)).toBeNull();
    expect(exifCaptureTime('')).toBeNull();
    expect(exifCaptureTime('0000:00:00 00:00:00')).toBeNull();
    expect(exifCaptureTime('    :  :     :  :  ')).toBeNull();
    expect(exifCaptureTime('2026:02:30 10:00:00')).toBeNull();
    expect(exifCaptureTime('2026:11:23 24:00:00')).toBeNull();
  });
});

describe('AVS-05 设备编号: the declared device number against the camera serial in the file', () => {
  it('finds nothing when they agree, ignoring case and separators, or when either is absent', () => {
    expect(deviceNumberContradictions({ declared: 'sn-0123456', embeddedSerial: 'SN0123456' })).toEqual([]);
    expect(deviceNumberContradictions({ declared: 'DSJ-A8-0123456', embeddedSerial: '0123456' })).toEqual([]);
    expect(deviceNumberContradictions({ declared: null, embeddedSerial: 'SN0123456' })).toEqual([]);
    expect(deviceNumberContradictions({ declared: 'DSJ-A8', embeddedSerial: '  ' })).toEqual([]);
  });

  it('reports a different serial in both languages', () => {
    expect(deviceNumberContradictions({ declared: 'DSJ-A8-0042', embeddedSerial: 'SN0123456' })).toEqual([
      {
        code: 'deviceNumberMismatch',
        zh: '照片EXIF中的相机序列号 SN0123456 与填报的设备编号 DSJ-A8-0042 不一致',
        en: "The camera serial number in the photo's EXIF, SN0123456, differs from the declared device number DSJ-A8-0042",
      },
    ]);
  });

  it('does not let a serial shorter than four characters agree by being contained', () => {
    expect(deviceNumberContradictions({ declared: 'DSJ-A8-0042', embeddedSerial: '42' })).toMatchObject([
      { code: 'deviceNumberMismatch' },
    ]);
  });
});
