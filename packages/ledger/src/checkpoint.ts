import { decodeBase64, encodeBase64 } from './bytes';
import { LedgerError } from './errors';
import { type NoteSignature, type NoteSigner, type NoteVerifier, signNote, verifyNote } from './note';
import { hasControlCharacter } from './note-key';

/** A C2SP tlog-checkpoint (c2sp.org/tlog-checkpoint): the signed head of an RFC 9162 tree. */
export type Checkpoint = {
  /** Unique log identity, e.g. `liuhen.example.gov.cn/benxi-hrss/log-sm3`; it names the hash too. */
  origin: string;
  /** Number of leaves. */
  size: number;
  /** MTH(D[size]). */
  rootHash: Uint8Array;
  /** Opaque, optional, NOT RECOMMENDED by the spec; each non-empty. */
  extensions: readonly string[];
};

const SIZE = /^(?:0|[1-9][0-9]*)$/;

/** The checkpoint note text: origin, decimal size, base64 root, extension lines, each ending in "\n". */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, rootHash, extensions } = checkpoint;
  // We mint origins that also work as note key names (no spaces, no '+'), as the spec recommends.
  if (origin.length === 0 || /[\s+]/u.test(origin) || hasControlCharacter(origin)) {
    throw malformed(`origin ${JSON.stringify(origin)} must be non-empty, without spaces or '+'`);
  }
  if (!Number.isSafeInteger(size) || size < 0) throw malformed(`size ${size} is not a non-negative safe integer`);
  if (rootHash.length === 0) throw malformed('root hash is empty');
  for (const line of extensions) {
    if (line.length === 0 || line.includes('\n') || hasControlCharacter(line)) throw malformed('bad extension line');
  }
  return [origin, String(size), encodeBase64(rootHash), ...extensions].map((line) => `${line}\n`).join('');
}

/** Parse checkpoint note text (not the signed note; see verifyCheckpoint). */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw malformed('text must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  const [origin, size, root, ...extensions] = lines;
  if (origin === undefined || size === undefined || root === undefined) throw malformed('fewer than three lines');
  if (lines.some((line) => line.length === 0)) throw malformed('empty line');
  if (!SIZE.test(size) || !Number.isSafeInteger(Number(size))) throw malformed(`bad tree size ${size}`);
  let rootHash: Uint8Array;
  try {
    rootHash = decodeBase64(root);
  } catch {
    throw malformed('root hash is not canonical base64');
  }
  return { origin, size: Number(size), rootHash, extensions };
}

/** Sign a checkpoint into a C2SP signed note (typically Ed25519, plus SM2 for the SM3 tree). */
export function signCheckpoint(params: { checkpoint: Checkpoint; signers: readonly NoteSigner[] }): Promise<string> {
  return signNote({ text: formatCheckpoint(params.checkpoint), signers: params.signers });
}

/**
 * Verify a signed checkpoint note against known keys (see verifyNote) and parse its text. With
 * `origin`, a checkpoint from another log is 'checkpoint.origin_mismatch'.
 */
export async function verifyCheckpoint(params: {
  note: string | Uint8Array;
  verifiers: readonly NoteVerifier[];
  origin?: string;
}): Promise<{ checkpoint: Checkpoint; verified: NoteSignature[] }> {
  const { text, verified } = await verifyNote(params);
  const checkpoint = parseCheckpoint(text);
  if (params.origin !== undefined && checkpoint.origin !== params.origin) {
    throw new LedgerError('checkpoint.origin_mismatch', `expected ${params.origin}, got ${checkpoint.origin}`);
  }
  return { checkpoint, verified };
}

function malformed(reason: string): LedgerError {
  return new LedgerError('checkpoint.malformed', reason);
}
