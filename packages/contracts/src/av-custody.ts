import { custodianKinds, evidenceCopyMedia } from '@liuhen/domain';
import { z } from 'zod';

/**
 * Custody of A/V records (AVS-02), the monthly hand-over (AVS-07, XG), evidence copies to a storage medium (AVS-04,
 * LX) and statistics (AVS-06, LX).
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .meta({ description: '月份 YYYY-MM（北京时间）' });
const localDate = z.iso.date();
const userRef = z.object({ id: z.string(), name: z.string() });

/** One holder in a custody event; `station` only as the source of an ingest. */
const holderBody = z.object({
  kind: z.enum([...custodianKinds, 'station']),
  id: z.string().nullable(),
  name: z.string().nullable(),
});

export const custodyEventBody = z.object({
  id: z.string(),
  at: z.string(),
  from: holderBody.nullable(),
  to: holderBody,
  recordedBy: userRef.nullable(),
  handoverId: z.string().nullable(),
  note: z.string().nullable(),
});
export type CustodyEventBody = z.infer<typeof custodyEventBody>;

export const avCustodyBody = z.object({
  current: holderBody.nullable(),
  events: z.array(custodyEventBody),
  /** What the record's profile says (AVS-02, AVS-07, AVS-04); null without a profile. */
  policy: z
    .object({
      allowedKinds: z.array(z.enum(custodianKinds)),
      officerMayHold: z.enum(['never', 'untilMonthlyHandover', 'notStated']),
      article: z.string().nullable(),
      monthlyHandoverArticle: z.string().nullable(),
      evidenceCopyArticle: z.string().nullable(),
    })
    .nullable(),
});
export type AvCustodyBody = z.infer<typeof avCustodyBody>;

export const recordCustodyBody = z
  .object({
    toKind: z.enum(custodianKinds),
    /** The person, for `designatedStaff` and `officer`. */
    toUserId: z.string().max(64).optional(),
    note: text(1000).optional(),
  })
  .strict();
export type RecordCustodyBody = z.infer<typeof recordCustodyBody>;

export const recordHandoverBody = z
  .object({
    officerId: z.string().min(1).max(64),
    custodianId: z.string().min(1).max(64),
    month,
    note: text(1000).optional(),
  })
  .strict();
export type RecordHandoverBody = z.infer<typeof recordHandoverBody>;

export const handoverBody = z.object({
  id: z.string(),
  officer: userRef,
  custodian: userRef,
  month: z.string(),
  handedAt: z.string(),
  recordCount: z.number().int(),
  late: z.boolean(),
  note: z.string().nullable(),
});
export type HandoverBody = z.infer<typeof handoverBody>;

export const handoverListQuery = z.object({ month }).strict();

export const handoverStatusBody = z.object({
  officer: userRef,
  month: z.string(),
  storedCount: z.number().int(),
  pendingCount: z.number().int(),
  handedOver: z.boolean(),
  status: z.enum(['handedOver', 'notYetDue', 'due', 'overdue']),
  overdue: z.boolean(),
  handovers: z.array(handoverBody),
});
export type HandoverStatusBody = z.infer<typeof handoverStatusBody>;

export const handoverListBody = z.object({
  month: z.string(),
  lastWeek: z.object({ from: z.string(), to: z.string() }),
  /** Null under a profile without the monthly hand-over (only XG has it). */
  article: z.string().nullable(),
  items: z.array(handoverStatusBody),
});
export type HandoverListBody = z.infer<typeof handoverListBody>;

export const recordEvidenceCopyBody = z
  .object({
    medium: z.enum(evidenceCopyMedia),
    /** The medium's label or number (光盘编号, U 盘编号). */
    mediumLabel: text(200),
    copiedOn: localDate,
    /** The written explanation attached to the case file (制作说明). */
    explanation: text(4000),
  })
  .strict();
export type RecordEvidenceCopyBody = z.infer<typeof recordEvidenceCopyBody>;

export const evidenceCopyBody = z.object({
  id: z.string(),
  avRecordId: z.string(),
  fileName: z.string(),
  caseId: z.string(),
  medium: z.enum(evidenceCopyMedia),
  mediumLabel: z.string(),
  copiedOn: z.string(),
  explanation: z.string(),
  hash: z.string(),
  recordedBy: userRef,
  recordedAt: z.string(),
});
export type EvidenceCopyBody = z.infer<typeof evidenceCopyBody>;
export const evidenceCopyListBody = z.object({ items: z.array(evidenceCopyBody) });

export const avStatisticsGroups = ['device', 'officer', 'unit'] as const;
export const avStatisticsQuery = z
  .object({
    from: localDate.meta({ description: '使用时间起（含），北京时间日期' }),
    to: localDate.meta({ description: '使用时间止（含）' }),
    groupBy: z.enum(avStatisticsGroups),
  })
  .strict();
export type AvStatisticsQuery = z.infer<typeof avStatisticsQuery>;

export const avStatisticsBody = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(avStatisticsGroups),
  items: z.array(
    z.object({
      /** Device number, user id or unit id; null when the record does not say. */
      key: z.string().nullable(),
      label: z.string().nullable(),
      count: z.number().int(),
      durationSeconds: z.number(),
      /** Records whose duration is not known yet (not probed, or unreadable). */
      withoutDuration: z.number().int(),
    }),
  ),
  total: z.object({ count: z.number().int(), durationSeconds: z.number() }),
});
export type AvStatisticsBody = z.infer<typeof avStatisticsBody>;
