import { encodeCanonicalJson, type JsonValue } from '@liuhen/ledger';

/** A content hash of a file an act involved (a document scan, a recording…). */
export type ContentHash = { alg: 'sha256' | 'sm3'; hex: string; size: number };

/**
 * One ledger entry, schema version 1. Serialised as RFC 8785 canonical JSON; those bytes are the Merkle leaf.
 * docs/ledger.md documents every field for outside verifiers.
 */
export type LedgerEntry = {
  v: 1;
  log: string;
  seq: number;
  time: string;
  actor: { userId: string; username: string; roles: string[]; unitId: string | null } | null;
  action: string;
  subject: { type: string; id: string | null };
  summary: Record<string, JsonValue>;
  hashes: ContentHash[];
  requestId: string | null;
};

/** The exact bytes hashed into the log, and their text as stored. */
export function serialiseEntry(entry: LedgerEntry): { bytes: Uint8Array; text: string } {
  const bytes = encodeCanonicalJson(entry as unknown as JsonValue);
  return { bytes, text: new TextDecoder().decode(bytes) };
}
