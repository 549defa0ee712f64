import { avDeviceTypes, bodyCamMountings, keyContentSchema, partyReviewSchema } from '@liuhen/domain';
import { z } from 'zod';

/**
 * Audio/video records (issue 5). Files arrive by tus 1.0 at `/api/uploads` (browser session with CSRF header, or an
 * ingest station's `Authorization: Bearer` token); these are the bodies of the record routes.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const userRef = z.object({ id: z.string(), name: z.string() });

/** AV-04: derivatives of an original, each a blob of its own linked to the original by hash; the original never changes. */
export const avDerivativeKinds = ['poster', 'thumbnail', 'proxy'] as const;
export type AvDerivativeKind = (typeof avDerivativeKinds)[number];

export const avDerivativeBody = z.object({
  kind: z
    .enum(avDerivativeKinds)
    .meta({ description: 'poster (JPEG frame), thumbnail (320 px JPEG), proxy (H.264/AAC)' }),
  status: z
    .enum(['pending', 'done', 'failed', 'notNeeded'])
    .meta({ description: 'notNeeded: the browser plays the original, or the kind does not apply' }),
  mediaType: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  size: z.number().int().nullable(),
});
export type AvDerivativeBody = z.infer<typeof avDerivativeBody>;

/** AVS-01, AV-05 … AV-11: what the record's profile asks of it, and what it has. */
export const avRecordRulesBody = z
  .object({
    storage: z.object({
      rule: z.string(),
      article: z.string(),
      dueAt: z.string().nullable().meta({ description: '存储期限; null while the capture time is unknown' }),
      provisional: z.boolean(),
      storedAt: z.string(),
      lateBySeconds: z.number().int().nullable().meta({ description: '逾期秒数; 0 = on time' }),
      exceptionAllowed: z.boolean(),
      exceptionProblems: z.array(z.string()),
    }),
    keyContent: z
      .object({
        article: z.string(),
        items: z.array(z.object({ id: z.string(), zh: z.string(), en: z.string(), value: z.string().nullable() })),
      })
      .nullable(),
    mounting: z.object({ article: z.string(), recorded: z.boolean() }).nullable(),
    announcement: z.object({ article: z.string(), wording: z.string().nullable(), given: z.boolean() }).nullable(),
    caseMetadata: z.object({ article: z.string(), missing: z.array(z.string()) }).nullable(),
    partyReview: z.object({ article: z.string(), recorded: z.boolean() }).nullable(),
  })
  .meta({ id: 'AvRecordRules' });

export const avRecordBody = z
  .object({
    id: z.string(),
    hash: z.string().meta({ description: 'Content hash `<alg>:<hex>` (the agency ledger algorithm), AV-04' }),
    size: z.number().int(),
    mediaType: z.string(),
    fileName: z.string(),
    declaredHash: z.string().nullable().meta({ description: 'The hash the uploader declared, verified on receipt' }),
    uploadedBy: userRef.nullable(),
    station: z.object({ id: z.string(), name: z.string() }).nullable(),
    receivedAt: z.string().meta({ description: 'When the file was stored centrally (AVS-01)' }),
    deviceType: z.enum(avDeviceTypes).nullable().meta({ description: '制作方法 (AVS-03)' }),
    deviceNumber: z.string().nullable().meta({ description: '设备编号 (DEV-01 reference)' }),
    maker: userRef.nullable().meta({ description: '制作人 (AVS-03)' }),
    officerNumber: z.string().nullable().meta({ description: 'Officer number read from the dock or file name' }),
    capturedFrom: z.string().nullable().meta({ description: '制作时间 (start)' }),
    capturedTo: z.string().nullable(),
    place: z.string().nullable(),
    purpose: z.string().nullable().meta({ description: '证明对象 (AVS-03)' }),
    mounting: z.enum(bodyCamMountings).nullable().meta({ description: 'AV-06 佩戴位置 (body cams)' }),
    mountingFocus: z.string().nullable().meta({ description: 'AV-06: key content filmed when handheld or fixed' }),
    announcementOffsetSeconds: z
      .number()
      .nullable()
      .meta({ description: 'AV-07: 告知用语 given at this many seconds into the footage' }),
    caseId: z.string().nullable(),
    caseNumber: z.string().nullable(),
    activityId: z.string().nullable(),
    probe: z
      .object({
        status: z.enum(['pending', 'done', 'failed', 'unavailable']),
        formatName: z.string().nullable(),
        durationSeconds: z.number().nullable(),
        creationTime: z.string().nullable().meta({ description: 'What the file says (ffprobe creation_time)' }),
        video: z.object({ codec: z.string(), width: z.number().nullable(), height: z.number().nullable() }).nullable(),
        audio: z.object({ codec: z.string() }).nullable(),
        exif: z
          .object({
            capturedAt: z.string().nullable().meta({ description: 'DateTimeOriginal as an instant (AVS-03 制作时间)' }),
            dateTimeOriginal: z.string().nullable().meta({ description: 'As written in the file' }),
            offsetTimeOriginal: z.string().nullable(),
            timeZoneAssumed: z
              .boolean()
              .meta({ description: 'No OffsetTimeOriginal: the local time was read as Asia/Shanghai' }),
            make: z.string().nullable(),
            model: z.string().nullable(),
            serialNumber: z.string().nullable().meta({ description: 'BodySerialNumber, compared with deviceNumber' }),
            latitude: z.number().nullable(),
            longitude: z.number().nullable(),
            width: z.number().nullable(),
            height: z.number().nullable(),
            orientation: z.number().nullable(),
            error: z.string().nullable().meta({ description: 'The EXIF could not be read' }),
          })
          .nullable()
          .optional()
          .meta({ description: 'Photos only: what the EXIF says (GEN-05); null for audio and video' }),
        findings: z
          .array(z.object({ code: z.string(), zh: z.string(), en: z.string() }))
          .meta({ description: 'Where the declared capture time contradicts the file' }),
        error: z.string().nullable().meta({ description: 'ffprobe could not read the file (kept as received)' }),
      })
      .meta({ description: 'What the file says of itself (ffprobe); filled by a background job after ingest' }),
    derivatives: z
      .array(avDerivativeBody)
      .meta({ description: 'Poster, thumbnail and browser-playable proxy (AV-04), made by a background job' }),
    /** AVS-03 fields still empty: the record is listed as incomplete until they are filled. */
    missing: z.array(z.string()),
    persons: z.string().nullable().meta({ description: 'AV-08: 当事人和相关人员' }),
    summary: z.string().nullable().meta({ description: 'AV-08: 执法过程概要' }),
    keyContent: keyContentSchema.nullable().meta({ description: 'AV-05: 重点摄录内容逐项确认' }),
    partyReview: partyReviewSchema.nullable().meta({ description: 'AV-11: 当事人查阅并签字' }),
    storageException: z
      .object({ reason: z.string().nullable(), returnedAt: z.string().nullable() })
      .nullable()
      .meta({ description: 'AVS-01: 返回单位后 24 小时内存储的例外' }),
    profileId: z.string().nullable().meta({ description: 'GEN-01: the profile whose rules apply' }),
    rules: avRecordRulesBody.nullable().meta({ description: 'What the profile asks of this recording (null: none)' }),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AvRecord' });
export type AvRecordBody = z.infer<typeof avRecordBody>;

export const avListQuery = z
  .object({
    caseId: z.string().max(64).optional(),
    activityId: z.string().max(64).optional(),
    unlinked: z.enum(['true', 'false']).optional(),
    incomplete: z.enum(['true', 'false']).optional(),
    mine: z.enum(['true', 'false']).optional(),
    /** AVS-05: classify and search by unit, device number, officer (制作人), time of use, party and 案由. */
    unitId: z.string().max(64).optional(),
    deviceNumber: z.string().trim().min(1).max(64).optional().meta({ description: '设备编号（部分匹配）' }),
    officer: z.string().max(64).optional().meta({ description: '制作人（执法人员）用户 ID' }),
    capturedFrom: instant.optional().meta({ description: '使用时间起：录制结束不早于此时' }),
    capturedTo: instant.optional().meta({ description: '使用时间止：录制开始不晚于此时' }),
    party: z.string().trim().min(1).max(100).optional().meta({ description: '案件当事人（部分匹配）' }),
    cause: z.string().trim().min(1).max(100).optional().meta({ description: '案由（部分匹配）' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type AvListQuery = z.infer<typeof avListQuery>;

export const avListBody = z.object({ items: z.array(avRecordBody), total: z.number().int() });

export const updateAvRecordBody = z
  .object({
    expectedVersion: z.number().int().positive(),
    deviceType: z.enum(avDeviceTypes).optional(),
    deviceNumber: text(64).optional(),
    makerId: text(64).optional(),
    capturedFrom: instant.optional(),
    capturedTo: instant.optional(),
    place: text(200).optional(),
    purpose: text(1000).optional(),
    mounting: z.enum(bodyCamMountings).optional(),
    mountingFocus: text(200).optional(),
    announcementOffsetSeconds: z.number().finite().min(0).optional(),
    persons: text(1000).optional(),
    summary: text(4000).optional(),
    keyContent: keyContentSchema.optional(),
    partyReview: partyReviewSchema.optional(),
    storageException: z
      .object({ reason: text(1000), returnedAt: instant })
      .strict()
      .optional()
      .meta({ description: 'AVS-01 (HS, FS): 连续工作、异地执法等无法及时存储的原因及返回单位时间' }),
  })
  .strict();
export type UpdateAvRecordBody = z.infer<typeof updateAvRecordBody>;

export const linkAvRecordBody = z
  .object({ expectedVersion: z.number().int().positive(), caseId: text(64), activityId: text(64).optional() })
  .strict();
export type LinkAvRecordBody = z.infer<typeof linkAvRecordBody>;

export const unlinkAvRecordBody = z
  .object({ expectedVersion: z.number().int().positive(), reason: text(1000) })
  .strict();
export type UnlinkAvRecordBody = z.infer<typeof unlinkAvRecordBody>;

export const avLinkSuggestionBody = z.object({
  recordId: z.string(),
  fileName: z.string(),
  recordVersion: z.number().int().meta({ description: 'Send back as expectedVersion to accept' }),
  activityId: z.string(),
  activityType: z.string(),
  activityStartedAt: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  overlapSeconds: z.number(),
});
export const avLinkSuggestionListBody = z.object({ items: z.array(avLinkSuggestionBody) });

/** INIT-02: reception-point surveillance footage covering each moment of an application's handling. */
export const receptionFootageBody = z
  .object({
    applicable: z.boolean().meta({ description: 'Only cases started on application have a reception point' }),
    moments: z.array(
      z.object({
        kind: z.enum(['registration', 'acceptance', 'handling']),
        label: z.string(),
        at: z.string(),
        covering: z.array(
          z.object({ recordId: z.string(), deviceNumber: z.string().nullable(), offsetSeconds: z.number() }),
        ),
      }),
    ),
  })
  .meta({ id: 'ReceptionFootage' });
export type ReceptionFootageBody = z.infer<typeof receptionFootageBody>;
