import { z } from 'zod';

export const auditEntryBody = z
  .object({
    seq: z.number().int(),
    occurredAt: z.string(),
    actorUserId: z.string().nullable(),
    actorUsername: z.string().nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    summary: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntryBody = z.infer<typeof auditEntryBody>;

export const auditListQuery = z
  .object({
    action: z.string().max(64).optional(),
    actorUserId: z.string().max(64).optional(),
    subjectType: z.string().max(64).optional(),
    subjectId: z.string().max(64).optional(),
    before: z.coerce.number().int().positive().optional().meta({ description: 'Return entries with seq below this' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditListBody = z.object({ items: z.array(auditEntryBody), nextBefore: z.number().int().nullable() });
