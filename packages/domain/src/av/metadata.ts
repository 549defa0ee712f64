import { z } from 'zod';
import type { Instant } from '../shared/time';

type Label = { zh: string; en: string };

/** AVS-03 制作方法: the kind of device the record was made with. */
export const avDeviceTypes = ['bodyCam', 'camera', 'videoCamera', 'audioRecorder', 'surveillance', 'phone'] as const;
export type AvDeviceType = (typeof avDeviceTypes)[number];
export const avDeviceTypeLabels = {
  bodyCam: { zh: '执法记录仪', en: 'Body-worn camera' },
  camera: { zh: '照相机', en: 'Camera' },
  videoCamera: { zh: '摄像机', en: 'Video camera' },
  audioRecorder: { zh: '录音设备', en: 'Audio recorder' },
  surveillance: { zh: '视频监控', en: 'Video surveillance' },
  phone: { zh: '手机', en: 'Mobile phone' },
} as const satisfies Record<AvDeviceType, Label>;

/** What a file holds, as told by its MIME type. */
export const avMediaKinds = ['video', 'audio', 'photo'] as const;
export type AvMediaKind = (typeof avMediaKinds)[number];
export const avMediaKindLabels = {
  video: { zh: '视频', en: 'Video' },
  audio: { zh: '音频', en: 'Audio' },
  photo: { zh: '照片', en: 'Photo' },
} as const satisfies Record<AvMediaKind, Label>;

/**
 * The media kind of a MIME type (`video/mp4`, `audio/x-wav`, `image/jpeg; q=1` …), case- and parameter-insensitive;
 * null for anything that is not audio, video or a still image (`application/octet-stream`, `image/svg+xml`).
 */
export function mediaKindOfMimeType(mimeType: string): AvMediaKind | null {
  const essence = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  const match = /^([a-z]+)\/([a-z0-9][a-z0-9!#$&^_.+-]*)$/.exec(essence);
  if (!match) return null;
  const [, type, subtype] = match;
  if (type === 'video') return 'video';
  if (type === 'audio') return 'audio';
  if (type === 'image' && subtype !== 'svg+xml') return 'photo';
  return null;
}

/**
 * AV-06 (LX 第二十一条): where a body cam was worn. Left shoulder and left chest are the default positions; handheld or
 * fixed mounting is for content that needs close filming, so the key content filmed must then be named.
 */
export const bodyCamMountings = ['leftShoulder', 'leftChest', 'handheld', 'fixed'] as const;
export type BodyCamMounting = (typeof bodyCamMountings)[number];
export const bodyCamMountingLabels = {
  leftShoulder: { zh: '佩戴于左肩部', en: 'Left shoulder' },
  leftChest: { zh: '佩戴于左胸部', en: 'Left chest' },
  handheld: { zh: '手持', en: 'Handheld' },
  fixed: { zh: '固定于特定位置', en: 'Fixed at a position' },
} as const satisfies Record<BodyCamMounting, Label>;

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });

/**
 * The metadata an officer completes for an A/V record. Every field is optional here, because a record may be uploaded
 * first and described later: `missingMetadata` lists what is still missing, and storing a record (AVS-03) needs it
 * complete. What is given must be consistent: the capture ends no earlier than it starts, a mounting is only given for
 * a body cam (AV-06), handheld or fixed mounting names the key content filmed (AV-06), and the announcement offset
 * (AV-07) lies within the footage.
 */
export const avMetadataSchema = z
  .object({
    /** AVS-03 制作方法. */
    deviceType: z.enum(avDeviceTypes).optional(),
    /** AVS-05: the device's number (执法记录设备编号). */
    deviceNumber: text(64).optional(),
    /** AVS-03 制作人: the user id of the officer who made the record. */
    makerId: text(64).optional(),
    /** AVS-03 制作时间: when capture started and ended, ISO 8601 instants with `Z` or an offset. */
    capturedFrom: instant.optional(),
    capturedTo: instant.optional(),
    place: text(200).optional(),
    /** AVS-03 证明对象: what the record is to prove. */
    purpose: text(500).optional(),
    /** AV-07: seconds into the footage at which the party was told that recording was taking place. */
    announcementOffsetSeconds: z.number().finite().min(0).optional(),
    /** AV-06: body-cam mounting. */
    mounting: z.enum(bodyCamMountings).optional(),
    /** AV-06: the key content filmed when the body cam was handheld or fixed. */
    mountingFocus: text(200).optional(),
  })
  .superRefine((value, context) => {
    const from = value.capturedFrom === undefined ? undefined : Date.parse(value.capturedFrom);
    const to = value.capturedTo === undefined ? undefined : Date.parse(value.capturedTo);
    if (from !== undefined && to !== undefined && to < from) {
      context.addIssue({ code: 'custom', path: ['capturedTo'], message: 'The capture ends before it starts' });
    }
    if (value.mounting !== undefined && value.deviceType !== 'bodyCam') {
      context.addIssue({ code: 'custom', path: ['mounting'], message: 'A mounting is recorded for body cams only' });
    }
    if ((value.mounting === 'handheld' || value.mounting === 'fixed') && value.mountingFocus === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['mountingFocus'],
        message: 'Handheld or fixed mounting needs the key content being filmed (AV-06)',
      });
    }
    if (
      value.announcementOffsetSeconds !== undefined &&
      from !== undefined &&
      to !== undefined &&
      value.announcementOffsetSeconds > (to - from) / 1000
    ) {
      context.addIssue({
        code: 'custom',
        path: ['announcementOffsetSeconds'],
        message: 'The announcement lies beyond the end of the footage',
      });
    }
  });
export type AvMetadata = z.infer<typeof avMetadataSchema>;

/**
 * What an A/V record must carry before it counts as complete: AVS-03's 制作方法, 制作时间, 制作人 and 证明对象, plus the
 * place and device number that AVS-05 searches by.
 */
export const requiredAvMetadataKeys = [
  'deviceType',
  'capturedFrom',
  'makerId',
  'purpose',
  'place',
  'deviceNumber',
] as const;
export type RequiredAvMetadataKey = (typeof requiredAvMetadataKeys)[number];
export const requiredAvMetadataLabels = {
  deviceType: { zh: '制作方法', en: 'Production method' },
  capturedFrom: { zh: '制作时间', en: 'Production time' },
  makerId: { zh: '制作人', en: 'Producer' },
  purpose: { zh: '证明对象', en: 'Subject of proof' },
  place: { zh: '地点', en: 'Place' },
  deviceNumber: { zh: '设备编号', en: 'Device number' },
} as const satisfies Record<RequiredAvMetadataKey, Label>;

/** The required keys (in `requiredAvMetadataKeys` order) that are absent, null or blank: lists "incomplete" records. */
export function missingMetadata(record: Partial<Record<RequiredAvMetadataKey, unknown>>): RequiredAvMetadataKey[] {
  return requiredAvMetadataKeys.filter((key) => {
    const value = record[key];
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  });
}

/** One disagreement between what the officer declared and what the file itself says, with messages in both languages. */
export type TimeContradiction = {
  code:
    | 'declaredEndsBeforeStart'
    | 'creationTimeUnreadable'
    | 'creationBeforeCapture'
    | 'creationAfterCapture'
    | 'creationTimeZoneShift'
    | 'durationMismatch';
  /** How far apart the two times are, in seconds, where that applies. */
  differenceSeconds?: number;
  zh: string;
  en: string;
};

/** China has kept UTC+8 without daylight saving since 1991: the offset is a constant. */
const shanghaiOffsetMs = 8 * 3_600_000;

/** `2026-11-23 09:30:15` in Asia/Shanghai. */
function beijingTime(ms: number): string {
  return new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 19).replace('T', ' ');
}

function seconds(ms: number): number {
  return Math.round(ms / 1000);
}

/** Where the embedded time comes from: a container's `creation_time` (video, audio) or a photo's EXIF. */
const embeddedTimeLabels = {
  container: { zh: '文件内创建时间', en: "The file's creation time" },
  exif: { zh: '照片EXIF拍摄时间', en: "The photo's EXIF capture time" },
} as const;

/**
 * Compares the capture time the officer declared with what the file says (ffprobe's `creation_time` tag and the
 * stream duration, or a photo's EXIF DateTimeOriginal with `source: 'exif'`) and returns every contradiction beyond
 * `toleranceSeconds`, most basic first. The creation time must lie within the declared window (devices write either
 * the start or the end of capture). A creation time off by exactly eight hours (± tolerance) is reported as a
 * time-zone shift: many devices write Beijing time into a tag that ffprobe reads as UTC. `timeZoneAssumed` says the
 * file gave no time zone (EXIF without OffsetTimeOriginal) and was read as Beijing time; the messages then say so.
 * Throws a RangeError when a declared time is not an instant: the schema checks those.
 */
export function timeContradictions(input: {
  declared: { from: Instant; to: Instant };
  embedded: {
    creationTime?: string | null;
    durationSeconds?: number | null;
    source?: keyof typeof embeddedTimeLabels;
    timeZoneAssumed?: boolean;
  };
  toleranceSeconds: number;
}): TimeContradiction[] {
  const { declared, embedded } = input;
  const label = embeddedTimeLabels[embedded.source ?? 'container'];
  const assumed = embedded.timeZoneAssumed
    ? { zh: '（文件未记录时区，按北京时间理解）', en: ' (the file records no time zone; read as Beijing time)' }
    : { zh: '', en: '' };
  const toleranceMs = Math.max(0, input.toleranceSeconds) * 1000;
  const from = Date.parse(declared.from);
  const to = Date.parse(declared.to);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    throw new RangeError(`Not ISO 8601 instants: ${declared.from}, ${declared.to}`);
  }
  const findings: TimeContradiction[] = [];
  if (to < from) {
    findings.push({
      code: 'declaredEndsBeforeStart',
      differenceSeconds: seconds(from - to),
      zh: `填报的结束时间 ${beijingTime(to)} 早于开始时间 ${beijingTime(from)}`,
      en: `The declared end ${beijingTime(to)} precedes the declared start ${beijingTime(from)} (Beijing time)`,
    });
    return findings;
  }
  const creationTime = embedded.creationTime ?? undefined;
  if (creationTime !== undefined) {
    const created = Date.parse(creationTime);
    if (Number.isNaN(created)) {
      findings.push({
        code: 'creationTimeUnreadable',
        zh: `${label.zh}无法识别：${creationTime}`,
        en: `${label.en} cannot be read: ${creationTime}`,
      });
    } else {
      const shifted = [created - shanghaiOffsetMs, created + shanghaiOffsetMs].some(
        (candidate) => candidate >= from - toleranceMs && candidate <= to + toleranceMs,
      );
      const window = `${beijingTime(from)} 至 ${beijingTime(to)}`;
      const windowEn = `${beijingTime(from)} to ${beijingTime(to)} (Beijing time)`;
      if (created < from - toleranceMs || created > to + toleranceMs) {
        const before = created < from;
        const difference = seconds(before ? from - created : created - to);
        if (shifted) {
          findings.push({
            code: 'creationTimeZoneShift',
            differenceSeconds: seconds(created - from),
            zh: `${label.zh} ${beijingTime(created)}${assumed.zh} 与填报的制作时间 ${window} 相差约 8 小时，可能是设备时区设置有误`,
            en: `${label.en} ${beijingTime(created)}${assumed.en} is about 8 hours off the declared ${windowEn}; the device's time zone may be set wrongly`,
          });
        } else if (before) {
          findings.push({
            code: 'creationBeforeCapture',
            differenceSeconds: difference,
            zh: `${label.zh} ${beijingTime(created)}${assumed.zh} 比填报的开始时间早 ${difference} 秒（填报 ${window}）`,
            en: `${label.en} ${beijingTime(created)}${assumed.en} is ${difference} s before the declared start (declared ${windowEn})`,
          });
        } else {
          findings.push({
            code: 'creationAfterCapture',
            differenceSeconds: difference,
            zh: `${label.zh} ${beijingTime(created)}${assumed.zh} 比填报的结束时间晚 ${difference} 秒（填报 ${window}）`,
            en: `${label.en} ${beijingTime(created)}${assumed.en} is ${difference} s after the declared end (declared ${windowEn})`,
          });
        }
      }
    }
  }
  const duration = embedded.durationSeconds ?? undefined;
  if (duration !== undefined && Number.isFinite(duration)) {
    const declaredSeconds = (to - from) / 1000;
    if (Math.abs(declaredSeconds - duration) * 1000 > toleranceMs) {
      const difference = seconds(Math.abs(declaredSeconds - duration) * 1000);
      findings.push({
        code: 'durationMismatch',
        differenceSeconds: difference,
        zh: `文件时长 ${Math.round(duration)} 秒与填报的制作时间长度 ${Math.round(declaredSeconds)} 秒相差 ${difference} 秒`,
        en: `The file lasts ${Math.round(duration)} s but the declared capture lasts ${Math.round(declaredSeconds)} s (${difference} s apart)`,
      });
    }
  }
  return findings;
}
