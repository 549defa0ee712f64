import { encodeHex, isEqualBytes } from './bytes';
import { type Checkpoint, parseCheckpoint } from './checkpoint';
import { createCompactRange } from './compact-range';
import { isLedgerError, LedgerError } from './errors';
import type { Hasher } from './hash';
import { type ContentHash, decodeLogEntry } from './log-entry';
import { hashLeaf } from './merkle';
import { type NoteVerifier, parseNote, verifyNote } from './note';

/** Every way a stored log can diverge from what its checkpoints and its own entries promise. */
export type LogProblemKind =
  /** A row is missing: the next row's seq is higher than its position. */
  | 'entry.gap'
  /** A row repeats or comes back: its seq is lower than its position. */
  | 'entry.out_of_order'
  /** The row's seq differs from the seq inside its entry bytes (for example two entries swapped). */
  | 'entry.seq_mismatch'
  /** The stored leaf hash is not HASH(0x00 || entry bytes). */
  | 'entry.leaf_hash_mismatch'
  /** The bytes are not JSON, or not in their RFC 8785 canonical form. */
  | 'entry.not_canonical'
  /** Canonical JSON, but an entry version this verifier does not know (upgrade the verifier). */
  | 'entry.unsupported_version'
  /** Canonical JSON with v = 1, but fields missing, extra or of the wrong type. */
  | 'entry.malformed'
  /** The entry names another log. */
  | 'entry.wrong_log'
  /** Not a signed note holding a checkpoint. */
  | 'checkpoint.malformed'
  /** A trusted key's signature does not verify: the signed text was edited. */
  | 'checkpoint.bad_signature'
  /** No signature by a trusted key: a checkpoint anyone could have made. */
  | 'checkpoint.unknown_key'
  /** Signed by a trusted key, but for another log. */
  | 'checkpoint.wrong_origin'
  /** Smaller than a checkpoint before it: logs only grow. */
  | 'checkpoint.not_increasing'
  /** Signed for more entries than the log holds: entries were removed from the end. */
  | 'checkpoint.beyond_log'
  /** The root recomputed from the entries differs from the signed root. */
  | 'checkpoint.root_mismatch';

/** The first divergence found. `expected` is what the verifier derived; `found` is what the data holds. */
export type LogProblem = {
  kind: LogProblemKind;
  /** Position (0-based) of the entry row where the log diverges. */
  seq?: number;
  /** The tree size the checkpoint claims. */
  checkpointSize?: number;
  /** A decimal number, a hex hash or a log name, as text. */
  expected?: string;
  found?: string;
  message: string;
};

/** A file hash the log refers to, with the first entry that refers to it. */
export type BlobReference = ContentHash & { seq: number };

/** The outcome of verifying a whole log. Only entries up to latestCheckpointSize are vouched for by a signature. */
export type VerificationReport = {
  /** True when no problem was found. */
  ok: boolean;
  /** Rows read. */
  entries: number;
  /** Leaves of the recomputed tree (one per row). */
  treeSize: number;
  /** Hex MTH over HASH(0x00 || entry bytes) of every row as read. */
  rootHash: string;
  checkpointsVerified: number;
  latestCheckpointSize: number | null;
  /** Every content hash the entries refer to, once each, for the caller to check against storage. */
  blobs: BlobReference[];
  problem: LogProblem | null;
};

/** One stored row: its sequence number, the entry bytes and the stored leaf hash. */
export type LogRow = { seq: number; entry: Uint8Array; leafHash: Uint8Array };

/**
 * A streaming verifier of one log. Feed rows in stored order and add each checkpoint before the row count
 * passes its size (at the latest when it equals it, or at the end); then finish. Memory is O(log n) plus the
 * blob list and any checkpoints added ahead of their size.
 */
export type LogVerifier = {
  addEntry(row: LogRow): void;
  /** The signature is checked in the background (a verifier may be async, e.g. an HSM); finish() waits for it. */
  addCheckpoint(note: string | Uint8Array): void;
  /** Settle every check and report the first problem. Calling anything else afterwards is 'verifier.misuse'. */
  finish(): Promise<VerificationReport>;
};

/**
 * Create a verifier for the log `origin`, hashed with `hasher`, whose checkpoints `verifiers` may sign.
 *
 * Consistency between successive checkpoints (RFC 9162 §2.1.4) needs no proof here: both roots are
 * recomputed from the same leaf stream, so D[0:m] is by construction a prefix of D[0:n], and when both
 * signed roots match, the log signed at size n extends the one signed at size m. The server additionally
 * checks its stored interior nodes, which it serves proofs from; this verifier never reads them, so it
 * need not trust them.
 */
export function createLogVerifier(params: {
  hasher: Hasher;
  origin: string;
  verifiers: readonly NoteVerifier[];
}): LogVerifier {
  const { hasher, origin, verifiers } = params;
  const range = createCompactRange(hasher);
  const blobs = new Map<string, BlobReference>();
  const inflight = new Set<Promise<void>>();
  // Checkpoints waiting for the log to reach their size. Accepted sizes never decrease: a FIFO queue.
  let pending: { size: number; reach(root: Uint8Array | null): void }[] = [];
  let first: { order: number; arrival: number; problem: LogProblem } | null = null;
  let arrivals = 0;
  let lastCheckpointSize = 0;
  let checkpointsVerified = 0;
  let latestCheckpointSize: number | null = null;
  let failure: { error: unknown } | null = null;
  let result: Promise<VerificationReport> | null = null;

  // Problems rank by where they sit in the log, not by when they were found (signatures settle late):
  // a checkpoint of size s sits after entry s - 1 and before entry s. Ties go to the earlier call.
  const record = (order: number, arrival: number, problem: LogProblem) => {
    if (first === null || order < first.order || (order === first.order && arrival < first.arrival)) {
      first = { order, arrival, problem };
    }
  };
  const assertOpen = () => {
    if (result !== null) throw new LedgerError('verifier.misuse', 'the verifier has already finished');
  };
  const track = (check: Promise<void>) => {
    const tracked = check.catch((error: unknown) => void (failure ??= { error }));
    inflight.add(tracked);
    void tracked.finally(() => inflight.delete(tracked));
  };
  const collectBlobs = (hashes: readonly ContentHash[], seq: number) => {
    for (const hash of hashes) {
      const key = `${hash.alg}:${hash.hex}`;
      if (!blobs.has(key)) blobs.set(key, { ...hash, seq });
    }
  };

  return {
    addEntry(row) {
      assertOpen();
      const position = range.size;
      const leafHash = hashLeaf(hasher, row.entry);
      range.append(leafHash);
      const problem = checkEntry({ row, position, leafHash, origin, collectBlobs });
      if (problem) record(2 * position + 1, arrivals++, problem);
      while (pending[0]?.size === range.size) pending.shift()!.reach(range.root());
    },

    addCheckpoint(note) {
      assertOpen();
      const arrival = arrivals++;
      let checkpoint: Checkpoint;
      try {
        checkpoint = parseCheckpoint(parseNote(note).text);
      } catch (error) {
        if (!isLedgerError(error)) throw error;
        record(2 * range.size, arrival, { kind: 'checkpoint.malformed', message: error.message });
        return;
      }
      const { size } = checkpoint;
      const decreasing = size < lastCheckpointSize;
      if (size < range.size && !decreasing) {
        throw new LedgerError('verifier.misuse', `checkpoint ${size} added after ${range.size} entries`);
      }
      // A decreasing checkpoint ranks with the larger one before it: if that one was forged, it is the culprit.
      const order = 2 * Math.max(size, lastCheckpointSize, range.size);
      const verdict = createVerdict((problem) => {
        if (problem) return record(order, arrival, problem);
        checkpointsVerified += 1;
        latestCheckpointSize = Math.max(latestCheckpointSize ?? 0, size);
      });
      track(checkSignature({ note, size, verifiers }).then(verdict.setSignature));

      const at = { checkpointSize: size };
      if (checkpoint.origin !== origin) {
        const message = `checkpoint ${size} is for log ${checkpoint.origin}`;
        return verdict.setTree({
          kind: 'checkpoint.wrong_origin',
          ...at,
          expected: origin,
          found: checkpoint.origin,
          message,
        });
      }
      if (decreasing) {
        const message = `checkpoint ${size} follows checkpoint ${lastCheckpointSize}`;
        return verdict.setTree({
          kind: 'checkpoint.not_increasing',
          ...at,
          expected: String(lastCheckpointSize),
          found: String(size),
          message,
        });
      }
      lastCheckpointSize = size;
      const waiting = {
        size,
        reach: (root: Uint8Array | null) => verdict.setTree(compareRoot(checkpoint, root, range.size)),
      };
      if (size === range.size) waiting.reach(range.root());
      else pending.push(waiting);
    },

    finish() {
      result ??= (async () => {
        for (const waiting of pending) waiting.reach(null);
        pending = [];
        while (inflight.size > 0) await Promise.all(inflight);
        if (failure) throw failure.error;
        return {
          ok: first === null,
          entries: range.size,
          treeSize: range.size,
          rootHash: encodeHex(range.root()),
          checkpointsVerified,
          latestCheckpointSize,
          blobs: [...blobs.values()],
          problem: first?.problem ?? null,
        };
      })();
      return result;
    },
  };
}

/** Checks one row in order of directness: its place, its leaf hash, its bytes, then what the entry says. */
function checkEntry(input: {
  row: LogRow;
  position: number;
  leafHash: Uint8Array;
  origin: string;
  collectBlobs(hashes: readonly ContentHash[], seq: number): void;
}): LogProblem | null {
  const { row, position, leafHash, origin } = input;
  const decoded = decodeLogEntry(row.entry);
  if (decoded.ok) input.collectBlobs(decoded.entry.hashes, position);
  const at = { seq: position };
  if (row.seq !== position) {
    const gap = row.seq > position;
    const message = `row ${position} is ${gap ? 'missing' : 'repeated or out of order'}: found seq ${row.seq}`;
    return {
      kind: gap ? 'entry.gap' : 'entry.out_of_order',
      ...at,
      expected: String(position),
      found: String(row.seq),
      message,
    };
  }
  if (!isEqualBytes(leafHash, row.leafHash)) {
    const [expected, found] = [encodeHex(leafHash), encodeHex(row.leafHash)];
    const message = `entry ${position} hashes to ${expected}, its stored leaf hash is ${found}`;
    return { kind: 'entry.leaf_hash_mismatch', ...at, expected, found, message };
  }
  if (!decoded.ok) return { kind: `entry.${decoded.defect}`, ...at, message: `entry ${position}: ${decoded.reason}` };
  const { entry } = decoded;
  if (entry.log !== origin) {
    const message = `entry ${position} belongs to log ${entry.log}`;
    return { kind: 'entry.wrong_log', ...at, expected: origin, found: entry.log, message };
  }
  if (entry.seq !== position) {
    const message = `row ${position} holds the entry with seq ${entry.seq}`;
    return { kind: 'entry.seq_mismatch', ...at, expected: String(position), found: String(entry.seq), message };
  }
  return null;
}

/** C2SP signed-note verification mapped to problems; anything but a LedgerError (a failing HSM) is thrown. */
async function checkSignature(input: {
  note: string | Uint8Array;
  size: number;
  verifiers: readonly NoteVerifier[];
}): Promise<LogProblem | null> {
  const at = { checkpointSize: input.size };
  try {
    await verifyNote({ note: input.note, verifiers: input.verifiers });
    return null;
  } catch (error) {
    if (!isLedgerError(error)) throw error;
    switch (error.code) {
      case 'note.bad_signature':
        return { kind: 'checkpoint.bad_signature', ...at, message: `checkpoint ${input.size}: ${error.message}` };
      case 'note.unknown_key':
      case 'note.key_id_mismatch':
        return { kind: 'checkpoint.unknown_key', ...at, message: `checkpoint ${input.size}: ${error.message}` };
      default:
        return { kind: 'checkpoint.malformed', ...at, message: error.message };
    }
  }
}

/** The tree verdict once the log reached the checkpoint's size (root) or ended before it (null). */
function compareRoot(checkpoint: Checkpoint, root: Uint8Array | null, entries: number): LogProblem | null {
  const at = { checkpointSize: checkpoint.size };
  if (root === null) {
    const message = `checkpoint ${checkpoint.size} signs more entries than the ${entries} in the log`;
    return { kind: 'checkpoint.beyond_log', ...at, expected: String(entries), found: String(checkpoint.size), message };
  }
  const [expected, found] = [encodeHex(root), encodeHex(checkpoint.rootHash)];
  if (expected === found) return null;
  const message = `the first ${checkpoint.size} entries hash to ${expected}, the checkpoint signs ${found}`;
  return { kind: 'checkpoint.root_mismatch', ...at, expected, found, message };
}

/**
 * A checkpoint's single verdict from its two checks, whichever settles last: the signature first (an
 * unsigned claim proves nothing, whatever it says), then the tree (origin, order, size, root).
 */
function createVerdict(onSettled: (problem: LogProblem | null) => void) {
  let signature: LogProblem | null | undefined;
  let tree: LogProblem | null | undefined;
  const settle = () => {
    if (signature !== undefined && tree !== undefined) onSettled(signature ?? tree);
  };
  return {
    setSignature(problem: LogProblem | null) {
      signature = problem;
      settle();
    },
    setTree(problem: LogProblem | null) {
      tree = problem;
      settle();
    },
  };
}
