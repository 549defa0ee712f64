import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NotFound,
  NoSuchKey,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertBlobRef, type BlobDriver, type BlobRef, type BlobStore, createBlobStore } from './blob-store';

export type S3BlobStoreSettings = {
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  /** Where a blob is staged on local disk while it is hashed (the key is its hash, known only at the end). */
  stagingDir?: string | undefined;
};

/** The object key of a blob: `<alg>/<hex[0:2]>/<hex[2:4]>/<hex>`, the same layout as on disk. */
export function blobKey(ref: BlobRef): string {
  assertBlobRef(ref);
  return `${ref.alg}/${ref.hex.slice(0, 2)}/${ref.hex.slice(2, 4)}/${ref.hex}`;
}

/**
 * An S3 client that works with every S3-compatible store we target. Checksums only when required: with the SDK's
 * default, streamed bodies go out as aws-chunked with trailers, which OpenStack Swift's s3api refuses.
 */
export function createS3Client(settings: S3BlobStoreSettings): S3Client {
  const config: S3ClientConfig = {
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
  };
  return new S3Client(config);
}

function isMissing(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return error instanceof NoSuchKey || error instanceof NotFound || status === 404;
}

/** A blob store on S3-compatible object storage (MinIO, Ceph, Swift, cloud OSS). */
export function createS3BlobStore(settings: S3BlobStoreSettings): BlobStore {
  return createBlobStore(createS3BlobDriver(settings, createS3Client(settings)));
}

/**
 * Staging happens on local disk: the hash, and so the key, is known only once the last byte arrived, and S3 has
 * no rename (a server-side copy is limited to 5 GiB). The object is then uploaded under its key in 16 MiB parts
 * unless one is already there: a stored object is never overwritten by Liuhen.
 */
function createS3BlobDriver(settings: S3BlobStoreSettings, s3: S3Client): BlobDriver {
  const stagingDir = settings.stagingDir ?? path.join(tmpdir(), 'liuhen-s3-staging');
  // S3 has no create-if-absent that every compatible store honours, so commits of one key are serialised here:
  // the second of two racing puts of the same bytes finds the object and reports created: false. Across
  // processes two such puts may both upload; the bytes are identical, so the object is the same either way.
  const committing = new Map<string, Promise<unknown>>();
  const oneAtATime = async <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = committing.get(key) ?? Promise.resolve();
    const current = previous.catch(() => {}).then(work);
    committing.set(key, current);
    try {
      return await current;
    } finally {
      if (committing.get(key) === current) committing.delete(key);
    }
  };
  const head = async (ref: BlobRef) => {
    try {
      const result = await s3.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: blobKey(ref) }));
      return { size: result.ContentLength ?? 0 };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };
  return {
    async stage(chunks) {
      await mkdir(stagingDir, { recursive: true, mode: 0o700 });
      const file = path.join(stagingDir, `${randomUUID()}.part`);
      const discard = () => rm(file, { force: true });
      const handle = await open(file, 'wx', 0o600);
      try {
        await writeFile(handle, chunks); // one chunk at a time: back-pressure without buffering the file
      } catch (error) {
        await handle.close().catch(() => {});
        await discard();
        throw error;
      }
      await handle.close();
      return {
        commit: (ref) =>
          oneAtATime(blobKey(ref), async () => {
            try {
              if (await head(ref)) return false;
              const upload = new Upload({
                client: s3,
                params: {
                  Bucket: settings.bucket,
                  Key: blobKey(ref),
                  Body: createReadStream(file, { highWaterMark: 1024 * 1024 }),
                  ContentType: 'application/octet-stream',
                },
                partSize: 16 * 1024 * 1024,
                queueSize: 4,
              });
              await upload.done();
              return true;
            } finally {
              await discard();
            }
          }),
        discard,
      };
    },

    async open(ref, range) {
      try {
        const result = await s3.send(
          new GetObjectCommand({
            Bucket: settings.bucket,
            Key: blobKey(ref),
            ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
          }),
        );
        return result.Body as Readable;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    stat: head,
  };
}

/** Every key in the bucket (tests use it to prove a failed put left nothing behind). */
export async function listBlobKeys(s3: S3Client, bucket: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}
