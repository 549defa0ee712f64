import { concatBytes, decodeBase64, decodeUtf8, encodeBase64, encodeUtf8 } from './bytes';
import { LedgerError } from './errors';
import { hasControlCharacter, isValidKeyName } from './note-key';

/** Produces note signatures; implement it over node:crypto, a library, or an HSM (GM/T 0018 SDF) call. */
export type NoteSigner = {
  readonly name: string;
  readonly keyId: number;
  /** Signature over the note text bytes (final newline included), without the key ID prefix. */
  sign(text: Uint8Array): Uint8Array | Promise<Uint8Array>;
};

/** Checks note signatures made by one known key. */
export type NoteVerifier = {
  readonly name: string;
  readonly keyId: number;
  verify(text: Uint8Array, signature: Uint8Array): boolean | Promise<boolean>;
};

/** One signature line: key name, key ID, and the signature bytes after the 4-byte key ID. */
export type NoteSignature = { name: string; keyId: number; signature: Uint8Array };

/** A C2SP signed note: the text (ending in "\n") and its signature lines. */
export type Note = { text: string; signatures: NoteSignature[] };

/** C2SP signed-note asks verifiers to accept at least 16; Go's sumdb/note caps at 100. */
const MAX_SIGNATURES = 100;
const DASH = '\u2014 ';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parse a C2SP signed note (c2sp.org/signed-note): text, a blank line, then `— <name> <base64>` lines. */
export function parseNote(input: string | Uint8Array): Note {
  const note = typeof input === 'string' ? input : decodeNoteBytes(input);
  assertNoteText(note);
  // Signature lines are never empty, so the last blank line separates text from signatures.
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw malformed('no blank line before the signatures');
  const block = note.slice(split + 2);
  if (!block.endsWith('\n')) throw malformed('signature block must end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw malformed(`more than ${MAX_SIGNATURES} signatures`);
  return { text: note.slice(0, split + 1), signatures: lines.map(parseSignatureLine) };
}

/** Serialise a note: text, blank line, one `— <name> base64(key ID || signature)` line per signature. */
export function formatNote(note: Note): string {
  assertSignableText(note.text);
  if (note.signatures.length === 0) throw malformed('a note needs at least one signature');
  const lines = note.signatures.map(({ name, keyId, signature }) => {
    if (!isValidKeyName(name)) throw malformed(`invalid key name ${JSON.stringify(name)}`);
    const id = new Uint8Array(4);
    new DataView(id.buffer).setUint32(0, keyId);
    return `${DASH}${name} ${encodeBase64(concatBytes(id, signature))}\n`;
  });
  return `${note.text}\n${lines.join('')}`;
}

/** Sign `text` with every signer and return the signed note. */
export async function signNote(params: { text: string; signers: readonly NoteSigner[] }): Promise<string> {
  assertSignableText(params.text);
  const bytes = encodeUtf8(params.text);
  const signatures = await Promise.all(
    params.signers.map(async (s) => ({ name: s.name, keyId: s.keyId, signature: await s.sign(bytes) })),
  );
  return formatNote({ text: params.text, signatures });
}

/**
 * Verify a signed note per C2SP signed-note: lines from unknown keys are ignored; a known key's
 * failing signature rejects the note ('note.bad_signature'); with no verified line the note is
 * rejected as 'note.key_id_mismatch' (a known name with another key ID) or 'note.unknown_key'.
 */
export async function verifyNote(params: {
  note: string | Uint8Array;
  verifiers: readonly NoteVerifier[];
}): Promise<Note & { verified: NoteSignature[] }> {
  const parsed = parseNote(params.note);
  const bytes = encodeUtf8(parsed.text);
  const verified: NoteSignature[] = [];
  let knownName = false;
  for (const sig of parsed.signatures) {
    const verifier = params.verifiers.find((v) => v.name === sig.name && v.keyId === sig.keyId);
    if (verifier === undefined) {
      knownName ||= params.verifiers.some((v) => v.name === sig.name);
      continue;
    }
    if (!(await verifier.verify(bytes, sig.signature))) {
      throw new LedgerError('note.bad_signature', `signature by ${sig.name} does not verify`);
    }
    verified.push(sig);
  }
  if (verified.length === 0) {
    if (knownName) throw new LedgerError('note.key_id_mismatch', 'a known key name signed with an unknown key ID');
    throw new LedgerError('note.unknown_key', 'no signature from a known key');
  }
  return { ...parsed, verified };
}

function parseSignatureLine(line: string): NoteSignature {
  if (!line.startsWith(DASH)) throw malformed('signature line must start with an em dash and a space');
  const parts = line.slice(DASH.length).split(' ');
  const [name, encoded] = parts;
  if (parts.length !== 2 || name === undefined || encoded === undefined || !isValidKeyName(name)) {
    throw malformed('signature line must be "— <name> <base64>"');
  }
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(encoded);
  } catch {
    throw malformed(`signature by ${name} is not canonical base64`);
  }
  if (bytes.length < 5) throw malformed(`signature by ${name} is too short`);
  const keyId = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  return { name, keyId, signature: bytes.slice(4) };
}

function assertSignableText(text: string): void {
  assertNoteText(text);
  if (!text.endsWith('\n')) throw malformed('note text must end with a newline');
}

function assertNoteText(text: string): void {
  if (hasControlCharacter(text)) throw malformed('control characters other than newline are not allowed');
  if (LONE_SURROGATE.test(text)) throw malformed('text is not valid Unicode');
}

function decodeNoteBytes(bytes: Uint8Array): string {
  try {
    return decodeUtf8(bytes);
  } catch {
    throw malformed('note is not valid UTF-8');
  }
}

function malformed(reason: string): LedgerError {
  return new LedgerError('note.malformed', reason);
}
