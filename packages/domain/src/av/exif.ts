import type { Instant } from '../shared/time';
import type { TimeContradiction } from './metadata';

const exifDateTime = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?$/;
const exifOffset = /^([+-])(\d{2}):(\d{2})$/;

/**
 * The instant a photo was taken, from EXIF `DateTimeOriginal` (`2026:11:23 09:30:15`, local time as the camera's
 * clock showed it) and `OffsetTimeOriginal` (`+08:00`, EXIF 2.31). Without an offset, or with an unreadable one, the
 * local time is read as Asia/Shanghai and `timeZoneAssumed` says so. Null when the date is absent or not a real time
 * (`0000:00:00 00:00:00` is what cameras with an unset clock write).
 */
export function exifCaptureTime(
  dateTimeOriginal: string | null | undefined,
  offsetTimeOriginal?: string | null,
): { instant: Instant; timeZoneAssumed: boolean } | null {
  const match = exifDateTime.exec(dateTimeOriginal?.trim() ?? '');
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const real =
    local.getUTCFullYear() === year &&
    local.getUTCMonth() === month - 1 &&
    local.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!real || year < 1900) return null;
  const offset = exifOffset.exec(offsetTimeOriginal?.trim() ?? '');
  const validOffset = offset !== null && Number(offset[2]) <= 14 && Number(offset[3]) < 60;
  // China has kept UTC+8 without daylight saving since 1991: the assumed offset is a constant.
  const [, sign, hours, minutes] = validOffset ? offset : ['', '+', '08', '00'];
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  return { instant: new Date(local.getTime() - offsetMs).toISOString(), timeZoneAssumed: !validOffset };
}

/** The declared device number disagrees with the camera serial the file itself carries. */
export type DeviceNumberContradiction = { code: 'deviceNumberMismatch'; zh: string; en: string };

/** Everything the probe can find wrong between a record's declared metadata and its file. */
export type AvProbeFinding = TimeContradiction | DeviceNumberContradiction;

const normalized = (value: string) => value.toUpperCase().replace(/[\s_\-./]/g, '');

/**
 * AVS-05 设备编号 against the camera serial in a photo's EXIF (BodySerialNumber). Compared without letter case,
 * spaces, hyphens, underscores, dots and slashes; a serial of four or more characters written inside a longer asset
 * number (`DSJ-A8-0123456` holds `0123456`), or the other way round, agrees. Nothing is found when either side is
 * absent.
 */
export function deviceNumberContradictions(input: {
  declared: string | null | undefined;
  embeddedSerial: string | null | undefined;
}): DeviceNumberContradiction[] {
  const declared = input.declared?.trim() ?? '';
  const serial = input.embeddedSerial?.trim() ?? '';
  if (declared === '' || serial === '') return [];
  const [a, b] = [normalized(declared), normalized(serial)];
  const contains = (long: string, short: string) => short.length >= 4 && long.includes(short);
  if (a === b || contains(a, b) || contains(b, a)) return [];
  return [
    {
      code: 'deviceNumberMismatch',
      zh: `照片EXIF中的相机序列号 ${serial} 与填报的设备编号 ${declared} 不一致`,
      en: `The camera serial number in the photo's EXIF, ${serial}, differs from the declared device number ${declared}`,
    },
  ];
}
