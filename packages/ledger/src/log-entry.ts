import { z } from 'zod';
import { decodeUtf8, isEqualBytes } from './bytes';
import { encodeCanonicalJson } from './canonical-json';

/** The only entry format version this verifier understands; a new field or meaning needs a new version. */
export const LOG_ENTRY_VERSION = 1;

const id = z.string().min(1);
const contentHash = z.strictObject({
  alg: z.enum(['sha256', 'sm3']),
  hex: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

// Strict objects: a field this version does not define is as suspicious as a missing one.
const logEntryV1 = z.strictObject({
  v: z.literal(LOG_ENTRY_VERSION),
  log: id,
  seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  time: z.iso.datetime(),
  actor: z.strictObject({ userId: id, username: id, roles: z.array(z.string()), unitId: id.nullable() }).nullable(),
  action: id,
  subject: z.strictObject({ type: id, id: id.nullable() }),
  summary: z.record(z.string(), z.unknown()),
  hashes: z.array(contentHash),
  requestId: id.nullable(),
});

/** A content hash of a file (blob) an act involved; the blob store keeps the file under it. */
export type ContentHash = z.infer<typeof contentHash>;

/** One ledger entry, version 1. Its RFC 8785 canonical JSON bytes are the Merkle leaf data. */
export type LogEntry = z.infer<typeof logEntryV1>;

/** Why entry bytes are not a version-1 entry. */
export type LogEntryDefect = 'not_canonical' | 'unsupported_version' | 'malformed';

/** Decode stored entry bytes, accepting only canonical JSON (RFC 8785) that is a well-formed version-1 entry. */
export function decodeLogEntry(
  bytes: Uint8Array,
): { ok: true; entry: LogEntry } | { ok: false; defect: LogEntryDefect; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes));
  } catch (error) {
    return { ok: false, defect: 'not_canonical', reason: `not JSON: ${(error as Error).message}` };
  }
  // Parsing forgets spelling (whitespace, key order, 1.0 vs 1, escapes); re-encoding must give the same bytes.
  let canonical: Uint8Array;
  try {
    canonical = encodeCanonicalJson(value);
  } catch (error) {
    return { ok: false, defect: 'not_canonical', reason: (error as Error).message };
  }
  if (!isEqualBytes(canonical, bytes)) {
    return { ok: false, defect: 'not_canonical', reason: 'bytes differ from their RFC 8785 canonical form' };
  }
  const version = typeof value === 'object' && value !== null && 'v' in value ? value.v : undefined;
  if (version !== LOG_ENTRY_VERSION) {
    return { ok: false, defect: 'unsupported_version', reason: `entry version ${JSON.stringify(version)}` };
  }
  const parsed = logEntryV1.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.map(String).join('.') : 'entry';
    return { ok: false, defect: 'malformed', reason: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, entry: parsed.data };
}
