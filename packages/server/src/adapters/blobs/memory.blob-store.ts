import { Readable } from 'node:stream';
import { type BlobDriver, type BlobStore, createBlobStore } from './blob-store';

/**
 * A blob store in memory, for tests. `objects` holds committed blobs under `<alg>/<hex>` and staged ones
 * under `tmp/<n>`, as the disk store does, so tests can see that a failed put leaves nothing behind.
 */
export function createMemoryBlobStore(params: { objects?: Map<string, Uint8Array> } = {}): BlobStore {
  return createBlobStore(createMemoryBlobDriver(params.objects ?? new Map()));
}

function createMemoryBlobDriver(objects: Map<string, Uint8Array>): BlobDriver {
  let staged = 0;
  return {
    async stage(chunks) {
      const parts: Uint8Array[] = [];
      // Copies: a producer may reuse its buffers once a chunk has been consumed.
      for await (const chunk of chunks) parts.push(Uint8Array.from(chunk));
      const temporaryKey = `tmp/${staged++}`;
      objects.set(temporaryKey, Buffer.concat(parts));
      const discard = async () => void objects.delete(temporaryKey);
      return {
        async commit(ref) {
          const key = `${ref.alg}/${ref.hex}`;
          const bytes = objects.get(temporaryKey)!;
          await discard();
          if (objects.has(key)) return false;
          objects.set(key, bytes);
          return true;
        },
        discard,
      };
    },

    async open(ref, range) {
      const bytes = objects.get(`${ref.alg}/${ref.hex}`);
      if (bytes === undefined) return null;
      const slice = range ? bytes.subarray(range.start, range.end + 1) : bytes;
      return Readable.from([Buffer.from(slice)], { objectMode: false });
    },

    async stat(ref) {
      const bytes = objects.get(`${ref.alg}/${ref.hex}`);
      return bytes === undefined ? null : { size: bytes.length };
    },
  };
}
