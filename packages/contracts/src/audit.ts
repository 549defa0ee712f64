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
    hashes: z
      .array(z.object({ alg: z.enum(['sha256', 'sm3']), hex: z.string(), size: z.number().int() }))
      .meta({ description: 'Content hashes of files the act involved' }),
    leafHash: z.string().meta({ description: 'RFC 9162 leaf hash of the canonical entry, lowercase hex' }),
  })
  .meta({ id: 'AuditEntry', description: 'One ledger entry (seq is its 0-based index in the Merkle log)' });
export type AuditEntryBody = z.infer<typeof auditEntryBody>;

export const auditListQuery = z
  .object({
    action: z.string().max(64).optional(),
    actorUserId: z.string().max(64).optional(),
    subjectType: z.string().max(64).optional(),
    subjectId: z.string().max(64).optional(),
    from: z.iso.datetime().optional().meta({ description: 'Entries at or after this instant (ISO 8601)' }),
    to: z.iso.datetime().optional().meta({ description: 'Entries before this instant (ISO 8601)' }),
    before: z.coerce.number().int().min(0).optional().meta({ description: 'Return entries with seq below this' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditListBody = z.object({ items: z.array(auditEntryBody), nextBefore: z.number().int().nullable() });
