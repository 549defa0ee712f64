import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { BlobReference } from '@liuhen/ledger';

/** What `liuhen verify` needs of a blob store: the size of a stored file and its bytes. */
export type BlobReader = {
  stat(ref: { alg: 'sha256' | 'sm3'; hex: string }): Promise<{ size: number } | null>;
  open(ref: { alg: 'sha256' | 'sm3'; hex: string }): Promise<Readable>;
};

export type BlobCheck = {
  kind: 'blob.missing' | 'blob.truncated' | 'blob.hash_mismatch';
  seq: number;
  blob: { alg: string; hex: string };
  expected: string;
  found: string;
  message: string;
};

async function hashStream(stream: Readable, alg: 'sha256' | 'sm3'): Promise<{ hex: string; size: number }> {
  const hash = createHash(alg);
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { hex: hash.digest('hex'), size };
}

/** PROH-03: every file the log refers to must still hash to the value recorded when it was stored. */
export async function checkBlobs(input: {
  store: BlobReader;
  references: readonly BlobReference[];
  onProgress?: (progress: { phase: 'blobs'; done: number; total: number }) => void;
}): Promise<{ checked: number; problem: BlobCheck | null }> {
  let checked = 0;
  for (const ref of input.references) {
    const blob = { alg: ref.alg, hex: ref.hex };
    const name = `${ref.alg}:${ref.hex}`;
    const stat = await input.store.stat(ref);
    checked++;
    input.onProgress?.({ phase: 'blobs', done: checked, total: input.references.length });
    if (!stat) {
      return {
        checked,
        problem: {
          kind: 'blob.missing',
          seq: ref.seq,
          blob,
          expected: `${ref.size} bytes`,
          found: 'no file',
          message: `file ${name} (entry ${ref.seq}) is missing`,
        },
      };
    }
    const actual = await hashStream(await input.store.open(ref), ref.alg);
    if (actual.size < ref.size) {
      return {
        checked,
        problem: {
          kind: 'blob.truncated',
          seq: ref.seq,
          blob,
          expected: `${ref.size} bytes`,
          found: `${actual.size} bytes`,
          message: `file ${name} (entry ${ref.seq}) has ${actual.size} bytes, ${ref.size} were recorded`,
        },
      };
    }
    if (actual.hex !== ref.hex) {
      return {
        checked,
        problem: {
          kind: 'blob.hash_mismatch',
          seq: ref.seq,
          blob,
          expected: ref.hex,
          found: actual.hex,
          message: `file ${name} (entry ${ref.seq}) now hashes to ${actual.hex}`,
        },
      };
    }
  }
  return { checked, problem: null };
}
