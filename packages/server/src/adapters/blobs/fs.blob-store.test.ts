import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBytes, runBlobStoreContract, streamOf } from './blob-store.contract';
import { createFsBlobStore, resolveBlobPath } from './fs.blob-store';

const createRoot = () => mkdtemp(path.join(tmpdir(), 'liuhen-blobs-'));

runBlobStoreContract('disk', async () => {
  const root = await createRoot();
  return {
    store: createFsBlobStore({ root }),
    // Files only: the store may keep its empty directories (tmp/, sha256/ab/cd/).
    async listObjects() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});

describe('createFsBlobStore', () => {
  let root: string;
  beforeEach(async () => {
    root = await createRoot();
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keeps a blob read-only at <root>/<alg>/<hex[0:2]>/<hex[2:4]>/<hex>', async () => {
    const bytes = makeBytes(5000);
    const hex = createHash('sm3').update(bytes).digest('hex');
    await createFsBlobStore({ root }).put({ stream: streamOf(bytes), algorithm: 'sm3' });
    const file = path.join(root, 'sm3', hex.slice(0, 2), hex.slice(2, 4), hex);
    expect(resolveBlobPath(root, { alg: 'sm3', hex })).toBe(file);
    expect((await readFile(file)).equals(bytes)).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o400);
    expect(await readdir(path.join(root, 'tmp'))).toEqual([]);
  });

  it('never replaces a stored file, even one altered on disk: the alteration stays for the verifier to find', async () => {
    const store = createFsBlobStore({ root });
    const bytes = makeBytes(5000);
    const ref = await store.put({ stream: streamOf(bytes), algorithm: 'sha256' });
    const file = resolveBlobPath(root, ref);
    await chmod(file, 0o600);
    await writeFile(file, 'altered');
    expect(await store.put({ stream: streamOf(bytes), algorithm: 'sha256' })).toEqual({ ...ref, created: false });
    expect(await readFile(file, 'utf8')).toBe('altered');
  });

  it('refuses to build a path from anything but a supported algorithm and 64 hex digits', () => {
    for (const hex of ['../../../etc/passwd', 'a'.repeat(63), 'A'.repeat(64)]) {
      expect(() => resolveBlobPath(root, { alg: 'sha256', hex })).toThrow(
        expect.objectContaining({ code: 'blob.invalid_hash' }),
      );
    }
  });
});
