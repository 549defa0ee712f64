import { type ContentHash, encodeCanonicalJson, type JsonValue, type LogEntry } from '@liuhen/ledger';

export type { ContentHash };

/**
 * One ledger entry, schema version 1, as `@liuhen/ledger` defines it for every verifier (docs/ledger.md).
 * Serialised as RFC 8785 canonical JSON; those bytes are the Merkle leaf.
 */
export type LedgerEntry = Omit<LogEntry, 'summary'> & { summary: Record<string, JsonValue> };

/** The exact bytes hashed into the log, and their text as stored. */
export function serialiseEntry(entry: LedgerEntry): { bytes: Uint8Array; text: string } {
  const bytes = encodeCanonicalJson(entry as unknown as JsonValue);
  return { bytes, text: new TextDecoder().decode(bytes) };
}
