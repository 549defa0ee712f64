import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { domainError } from '@liuhen/domain';
import type { HashAlgorithm } from '@liuhen/ledger';

/** A stored file's address: its content hash (the same `{ alg, hex }` a ledger entry lists). */
export type BlobRef = { alg: HashAlgorithm; hex: string };

/** Byte offsets, both inclusive, as in an HTTP Range header. */
export type ByteRange = { start: number; end: number };

/** What put() stored, or found already stored (`created: false`). */
export type PutBlobResult = BlobRef & { size: number; created: boolean };

/**
 * Content-addressed file storage. A file is hashed while it streams in (never buffered whole), kept under
 * that hash, and never replaced: the same bytes twice are stored once. Blobs have no delete here;
 * disposal under a retention class will be its own, ledgered, operation.
 */
export type BlobStore = {
  /** Store a stream; with `expectedHash`, a mismatch is 'blob.hash_mismatch' and nothing is kept. */
  put(input: {
    stream: AsyncIterable<Uint8Array>;
    algorithm: HashAlgorithm;
    expectedHash?: string;
  }): Promise<PutBlobResult>;
  /**
   * Store a complete local file (a finished upload), which the store may take over instead of copying: on local disk
   * it is hashed in place, synced and moved under its hash, so its bytes are written once. The file is gone
   * afterwards (moved or copied and removed by the caller); with `expectedHash`, a mismatch stores nothing.
   */
  putFile(input: { file: string; algorithm: HashAlgorithm; expectedHash?: string }): Promise<PutBlobResult>;
  /** Read a blob, or the inclusive `range` of it; 'blob.not_found' or 'blob.invalid_range' otherwise. */
  open(ref: BlobRef, range?: ByteRange): Promise<Readable>;
  /** The blob's size, or null when it is not stored. */
  stat(ref: BlobRef): Promise<{ size: number } | null>;
};

/** A file written to a temporary place by a driver, waiting to be moved under its hash or dropped. */
export type StagedBlob = {
  /** Move into place under `ref` unless a blob is already there (then drop this copy): true when moved. */
  commit(ref: BlobRef): Promise<boolean>;
  /** Remove the temporary copy; safe to call twice. */
  discard(): Promise<void>;
};

/**
 * What a storage backend implements (disk, memory, S3). Hashing and every check live in createBlobStore,
 * once, so a driver only moves bytes. Each driver passes blob-store.contract.ts.
 */
export type BlobDriver = {
  /** Write every chunk to a temporary place. If the chunks fail, remove what was written and rethrow. */
  stage(chunks: AsyncIterable<Uint8Array>): Promise<StagedBlob>;
  /**
   * Take over a complete local file as a staged blob without copying it (same filesystem), or null when it cannot
   * (then the store streams the file through `stage`). Optional: only the disk driver has it.
   */
  adopt?(file: string): Promise<StagedBlob | null>;
  /** A stream of the blob (or the inclusive range, already checked to lie within it); null when absent. */
  open(ref: BlobRef, range?: ByteRange): Promise<Readable | null>;
  stat(ref: BlobRef): Promise<{ size: number } | null>;
};

const ALGORITHMS: readonly string[] = ['sha256', 'sm3'] satisfies HashAlgorithm[];
const HEX = /^[0-9a-f]{64}$/;

/** Throw 'blob.invalid_hash' unless `ref` names a supported hash with 64 lower-case hex digits (safe in a path). */
export function assertBlobRef(ref: { alg: string; hex: string }): asserts ref is BlobRef {
  if (!ALGORITHMS.includes(ref.alg) || !HEX.test(ref.hex)) throw invalidHash(ref.alg, ref.hex);
}

/** Wrap a driver with hashing while streaming, hash verification and argument checks: the BlobStore port. */
export function createBlobStore(driver: BlobDriver): BlobStore {
  const store: BlobStore = {
    async put({ stream, algorithm, expectedHash }) {
      if (!ALGORITHMS.includes(algorithm) || (expectedHash !== undefined && !HEX.test(expectedHash))) {
        throw invalidHash(algorithm, expectedHash ?? '');
      }
      const hash = createHash(algorithm);
      let size = 0;
      let complete = false;
      // The tap sees each chunk on its way to the driver, so the hash costs no second pass and no buffer.
      const tap = async function* () {
        for await (const chunk of stream) {
          if (!(chunk instanceof Uint8Array)) throw new TypeError('blob streams must carry bytes');
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
        complete = true;
      };
      const staged = await driver.stage(tap());
      try {
        if (!complete) throw new Error('the blob driver stopped reading before the end of the stream');
        const hex = hash.digest('hex');
        if (expectedHash !== undefined && hex !== expectedHash) {
          throw domainError('blob.hash_mismatch', { algorithm, expected: expectedHash, actual: hex });
        }
        const created = await staged.commit({ alg: algorithm, hex });
        return { alg: algorithm, hex, size, created };
      } catch (error) {
        await staged.discard();
        throw error;
      }
    },

    async putFile({ file, algorithm, expectedHash }) {
      if (!ALGORITHMS.includes(algorithm) || (expectedHash !== undefined && !HEX.test(expectedHash))) {
        throw invalidHash(algorithm, expectedHash ?? '');
      }
      if (driver.adopt) {
        // One read to hash (the file was just written, so usually from the page cache), no second write.
        const hash = createHash(algorithm);
        let size = 0;
        for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
          hash.update(chunk as Buffer);
          size += (chunk as Buffer).length;
        }
        const hex = hash.digest('hex');
        if (expectedHash !== undefined && hex !== expectedHash) {
          throw domainError('blob.hash_mismatch', { algorithm, expected: expectedHash, actual: hex });
        }
        const staged = await driver.adopt(file);
        if (staged) {
          try {
            const created = await staged.commit({ alg: algorithm, hex });
            return { alg: algorithm, hex, size, created };
          } catch (error) {
            await staged.discard();
            throw error;
          }
        }
      }
      return store.put({ stream: createReadStream(file, { highWaterMark: 1024 * 1024 }), algorithm, expectedHash });
    },

    async open(ref, range) {
      assertBlobRef(ref);
      if (range !== undefined) {
        const size = (await driver.stat(ref))?.size;
        if (size === undefined) throw notFound(ref);
        const { start, end } = range;
        if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start <= end && end < size)) {
          throw domainError('blob.invalid_range', { start, end, size });
        }
      }
      const stream = await driver.open(ref, range);
      if (stream === null) throw notFound(ref);
      return stream;
    },

    async stat(ref) {
      assertBlobRef(ref);
      return driver.stat(ref);
    },
  };
  return store;
}

// Details echo the caller's input, so they are cut short.
function invalidHash(alg: unknown, hex: unknown) {
  return domainError('blob.invalid_hash', { algorithm: String(alg).slice(0, 16), hash: String(hex).slice(0, 80) });
}

function notFound(ref: BlobRef) {
  return domainError('blob.not_found', { algorithm: ref.alg, hash: ref.hex });
}
