import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { HashAlgorithm } from '@liuhen/ledger';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore } from './blob-store';

/** One implementation under test, with a view of everything it holds (temporary objects included). */
export type BlobStoreHarness = {
  store: BlobStore;
  /** Every object or file the backend holds, so a test can prove a failed put left nothing behind. */
  listObjects(): Promise<string[]>;
  dispose?(): Promise<void>;
};

const MiB = 1024 * 1024;

/** Deterministic pseudo-random bytes (xorshift32), so failures reproduce. */
export function makeBytes(size: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** Yield `bytes` in chunks of `chunkSize`, as an upload arrives. */
export async function* streamOf(bytes: Uint8Array, chunkSize = 100_000): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
}

/** Read a whole stream into one buffer. */
export async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const hashOf = (algorithm: HashAlgorithm, bytes: Uint8Array) => createHash(algorithm).update(bytes).digest('hex');

/** The behaviour every BlobStore must have (STYLE §6): run by the disk, memory and S3 tests. */
export function runBlobStoreContract(name: string, createHarness: () => Promise<BlobStoreHarness>): void {
  describe(`${name} blob store contract`, () => {
    let harness: BlobStoreHarness;
    let store: BlobStore;
    beforeEach(async () => {
      harness = await createHarness();
      store = harness.store;
    });
    afterEach(async () => {
      await harness.dispose?.();
    });

    it('stores a finished local file (putFile) under its hash, once; a wrong expected hash stores nothing', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-putfile-'));
      try {
        const bytes = makeBytes(2 * MiB + 7);
        const hex = hashOf('sha256', bytes);
        const wrongFile = path.join(dir, 'wrong');
        writeFileSync(wrongFile, bytes);
        await expect(
          store.putFile({ file: wrongFile, algorithm: 'sha256', expectedHash: '0'.repeat(64) }),
        ).rejects.toMatchObject({
          code: 'blob.hash_mismatch',
        });
        expect(await store.stat({ alg: 'sha256', hex })).toBeNull();
        const file = path.join(dir, 'upload');
        writeFileSync(file, bytes);
        expect(await store.putFile({ file, algorithm: 'sha256', expectedHash: hex })).toEqual({
          alg: 'sha256',
          hex,
          size: bytes.length,
          created: true,
        });
        expect((await readAll(await store.open({ alg: 'sha256', hex }))).equals(bytes)).toBe(true);
        const again = path.join(dir, 'again');
        writeFileSync(again, bytes);
        expect((await store.putFile({ file: again, algorithm: 'sha256' })).created).toBe(false);
        expect(await harness.listObjects()).toHaveLength(1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it.each(['sha256', 'sm3'] as const)(
      'stores a few MiB under their %s hash and reads back exactly those bytes',
      async (algorithm) => {
        const bytes = makeBytes(3 * MiB + 123);
        const hex = hashOf(algorithm, bytes);
        expect(await store.put({ stream: streamOf(bytes), algorithm })).toEqual({
          alg: algorithm,
          hex,
          size: 3 * MiB + 123,
          created: true,
        });
        const read = await readAll(await store.open({ alg: algorithm, hex }));
        expect(read.length).toBe(bytes.length);
        expect(read.equals(bytes)).toBe(true);
        expect(await store.stat({ alg: algorithm, hex })).toEqual({ size: 3 * MiB + 123 });
        expect(await harness.listObjects()).toHaveLength(1);
      },
    );

    it('stores an empty file', async () => {
      const result = await store.put({ stream: streamOf(new Uint8Array()), algorithm: 'sha256' });
      expect(result).toEqual({
        alg: 'sha256',
        hex: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        size: 0,
        created: true,
      });
      expect((await readAll(await store.open(result))).length).toBe(0);
    });

    it('reads byte ranges with both ends inclusive, across chunk boundaries', async () => {
      const bytes = makeBytes(3 * MiB, 7);
      const ref = await store.put({ stream: Readable.from(streamOf(bytes, 65_536)), algorithm: 'sm3' });
      for (const [start, end] of [
        [0, 0],
        [MiB - 5, 2 * MiB + 5],
        [3 * MiB - 1, 3 * MiB - 1],
        [0, 3 * MiB - 1],
      ] as const) {
        const read = await readAll(await store.open(ref, { start, end }));
        expect([start, end, read.equals(bytes.subarray(start, end + 1))]).toEqual([start, end, true]);
      }
    });

    it('refuses a range outside the file or upside down with blob.invalid_range', async () => {
      const ref = await store.put({ stream: streamOf(makeBytes(1000)), algorithm: 'sha256' });
      for (const range of [
        { start: 1000, end: 1000 },
        { start: 0, end: 1000 },
        { start: 5, end: 4 },
        { start: -1, end: 3 },
        { start: 0.5, end: 3 },
      ]) {
        await expect(store.open(ref, range)).rejects.toMatchObject({
          code: 'blob.invalid_range',
          details: { ...range, size: 1000 },
        });
      }
    });

    it('stores the same bytes once, and says the second put created nothing', async () => {
      const bytes = makeBytes(MiB + 1, 3);
      const first = await store.put({ stream: streamOf(bytes), algorithm: 'sha256' });
      const second = await store.put({ stream: Readable.from(streamOf(bytes)), algorithm: 'sha256' });
      expect(first.created).toBe(true);
      expect(second).toEqual({ ...first, created: false });
      expect(await harness.listObjects()).toHaveLength(1);
    });

    it('stores the same bytes once when two puts race', async () => {
      const bytes = makeBytes(2 * MiB, 5);
      const results = await Promise.all([1, 2].map(() => store.put({ stream: streamOf(bytes), algorithm: 'sm3' })));
      expect(results.map((result) => result.created).sort()).toEqual([false, true]);
      expect(await harness.listObjects()).toHaveLength(1);
    });

    it('accepts a file whose hash is the expected one', async () => {
      const bytes = makeBytes(4096);
      const expectedHash = hashOf('sm3', bytes);
      const result = await store.put({ stream: streamOf(bytes), algorithm: 'sm3', expectedHash });
      expect(result).toEqual({ alg: 'sm3', hex: expectedHash, size: 4096, created: true });
    });

    it('rejects a file whose hash is not the expected one and keeps nothing, not even a temporary file', async () => {
      const bytes = makeBytes(2 * MiB);
      const actual = hashOf('sha256', bytes);
      const expectedHash = hashOf('sha256', makeBytes(2 * MiB, 2));
      await expect(store.put({ stream: streamOf(bytes), algorithm: 'sha256', expectedHash })).rejects.toMatchObject({
        code: 'blob.hash_mismatch',
        details: { algorithm: 'sha256', expected: expectedHash, actual },
      });
      expect(await harness.listObjects()).toEqual([]);
      expect(await store.stat({ alg: 'sha256', hex: actual })).toBeNull();
      expect(await store.stat({ alg: 'sha256', hex: expectedHash })).toBeNull();
    });

    it('keeps nothing when the input stream fails halfway', async () => {
      async function* failing() {
        yield* streamOf(makeBytes(2 * MiB));
        throw new Error('connection reset by peer');
      }
      await expect(store.put({ stream: failing(), algorithm: 'sha256' })).rejects.toThrow('connection reset by peer');
      expect(await harness.listObjects()).toEqual([]);
    });

    it('answers stat of a missing blob with null and open with blob.not_found', async () => {
      const ref = { alg: 'sm3', hex: hashOf('sm3', makeBytes(10)) } as const;
      expect(await store.stat(ref)).toBeNull();
      await expect(store.open(ref)).rejects.toMatchObject({
        code: 'blob.not_found',
        details: { algorithm: 'sm3', hash: ref.hex },
      });
      await expect(store.open(ref, { start: 0, end: 0 })).rejects.toMatchObject({ code: 'blob.not_found' });
    });

    it('refuses malformed hashes with blob.invalid_hash before touching storage', async () => {
      const good = hashOf('sha256', makeBytes(10));
      for (const ref of [
        { alg: 'sha256', hex: good.toUpperCase() },
        { alg: 'sha256', hex: good.slice(2) },
        { alg: 'sha256', hex: `../../${good.slice(6)}` },
        { alg: 'md5', hex: good },
      ]) {
        await expect(store.stat(ref as never)).rejects.toMatchObject({ code: 'blob.invalid_hash' });
        await expect(store.open(ref as never)).rejects.toMatchObject({ code: 'blob.invalid_hash' });
      }
      const put = store.put({ stream: streamOf(makeBytes(10)), algorithm: 'sha256', expectedHash: 'ABC' });
      await expect(put).rejects.toMatchObject({ code: 'blob.invalid_hash' });
      expect(await harness.listObjects()).toEqual([]);
    });
  });
}
