import { avDeviceTypes, bodyCamMountings } from '@liuhen/domain';
import { z } from 'zod';

/**
 * Audio/video records (issue 5). Files arrive by tus 1.0 at `/api/uploads` (browser session with CSRF header, or an
 * ingest station's `Authorization: Bearer` token); these are the bodies of the record routes.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });
const userRef = z.object({ id: z.string(), name: z.string() });

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
        findings: z
          .array(z.object({ code: z.string(), zh: z.string(), en: z.string() }))
          .meta({ description: 'Where the declared capture time contradicts the file' }),
        error: z.string().nullable().meta({ description: 'ffprobe could not read the file (kept as received)' }),
      })
      .meta({ description: 'What the file says of itself (ffprobe); filled by a background job after ingest' }),
    /** AVS-03 fields still empty: the record is listed as incomplete until they are filled. */
    missing: z.array(z.string()),
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
