import { randomUUID } from 'node:crypto';
import { link, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assertBlobRef,
  type BlobDriver,
  type BlobRef,
  type BlobStore,
  createBlobStore,
  type StagedBlob,
} from './blob-store';

/** Large reads: evidence files are often hundreds of MiB, and 64 KiB default chunks cost many syscalls. */
const READ_CHUNK_BYTES = 1024 * 1024;

/** The path of a blob under `root`: `<root>/<alg>/<hex[0:2]>/<hex[2:4]>/<hex>`. The verifier reads it directly. */
export function resolveBlobPath(root: string, ref: BlobRef): string {
  assertBlobRef(ref); // the path is built from the hash, so only 64 hex digits may reach it
  return path.join(root, ref.alg, ref.hex.slice(0, 2), ref.hex.slice(2, 4), ref.hex);
}

/** A blob store on local disk under `root`. Files are written durably and are read-only once in place. */
export function createFsBlobStore(params: { root: string }): BlobStore {
  return createBlobStore(createFsBlobDriver(params.root));
}

function createFsBlobDriver(rootPath: string): BlobDriver {
  const root = path.resolve(rootPath);
  // Temporary files live under the same root so that link() never crosses a filesystem.
  const temporaryDirectory = path.join(root, 'tmp');

  /** A durable temporary file, waiting to be linked under its hash (never replacing a stored blob) or dropped. */
  function stagedAt(temporaryPath: string): StagedBlob {
    const discard = () => rm(temporaryPath, { force: true });
    return {
      async commit(ref) {
        const target = resolveBlobPath(root, ref);
        await makeDirectoryDurably(path.dirname(target));
        // link() fails with EEXIST instead of replacing, unlike rename(): a stored blob is never overwritten,
        // and two puts of the same bytes racing each other both succeed, one of them creating the file.
        try {
          await link(temporaryPath, target);
        } catch (error) {
          if (errorCode(error) !== 'EEXIST') throw error;
          await discard();
          return false;
        }
        await discard();
        await syncDirectory(path.dirname(target));
        return true;
      },
      discard,
    };
  }

  return {
    async stage(chunks) {
      await mkdir(temporaryDirectory, { recursive: true });
      const temporaryPath = path.join(temporaryDirectory, `${randomUUID()}.part`);
      const file = await open(temporaryPath, 'wx', 0o600);
      try {
        await writeFile(file, chunks); // pulls one chunk at a time: back-pressure without buffering the file
        await file.chmod(0o400);
        await file.sync();
      } catch (error) {
        await file.close().catch(() => {});
        await rm(temporaryPath, { force: true });
        throw error;
      }
      await file.close();
      return stagedAt(temporaryPath);
    },

    async adopt(source) {
      await mkdir(temporaryDirectory, { recursive: true });
      const temporaryPath = path.join(temporaryDirectory, `${randomUUID()}.part`);
      try {
        await rename(source, temporaryPath);
      } catch (error) {
        if (errorCode(error) === 'EXDEV') return null; // another filesystem: the caller copies instead
        throw error;
      }
      const file = await open(temporaryPath, 'r');
      try {
        await file.chmod(0o400);
        await file.sync();
      } finally {
        await file.close();
      }
      return stagedAt(temporaryPath);
    },

    async open(ref, range) {
      let file;
      try {
        file = await open(resolveBlobPath(root, ref), 'r');
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null;
        throw error;
      }
      return file.createReadStream({ ...range, highWaterMark: READ_CHUNK_BYTES });
    },

    async stat(ref) {
      try {
        return { size: (await stat(resolveBlobPath(root, ref))).size };
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null;
        throw error;
      }
    },
  };
}

/** mkdir -p, then fsync the parent of each directory it created, so the new entries survive a power cut. */
async function makeDirectoryDurably(directory: string): Promise<void> {
  const firstCreated = await mkdir(directory, { recursive: true });
  if (firstCreated === undefined) return;
  for (let created = directory; created !== path.dirname(created); created = path.dirname(created)) {
    await syncDirectory(path.dirname(created));
    if (created === firstCreated) return;
  }
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
