import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileAvFileNamePattern } from '@liuhen/domain';

/** A file the server has confirmed, by the hash it computed itself. */
export type TransferredFile = {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  recordId: string;
  uploadedAt: string;
  /** The Upload-Metadata learnt for the file, and where each value came from (sidecar, layout, file name). */
  metadata?: Record<string, string>;
  metadataSources?: Record<string, string>;
  /** The sidecar file read for it, relative to the dock folder. */
  sidecar?: string;
};

export type IngestState = { version: 1; files: Record<string, TransferredFile> };

/** Writes JSON so that a crash leaves either the old or the new file, never half of one: temp file, then rename. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function readState(file: string): Promise<IngestState> {
  const data = (await readJson(file)) as IngestState | null;
  return data && typeof data === 'object' && data.files ? data : { version: 1, files: {} };
}

/** The upload-URL store tus-js-client resumes from, as one JSON file written atomically (survives kill -9). */
type PreviousUpload = {
  size: number | null;
  metadata: Record<string, string>;
  creationTime: string;
  urlStorageKey: string;
  uploadUrl: string | null;
  parallelUploadUrls: string[] | null;
};

export class JsonUrlStorage {
  private entries: Record<string, Omit<PreviousUpload, 'urlStorageKey'>> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  private async load() {
    this.entries ??= ((await readJson(this.file)) as typeof this.entries) ?? {};
    return this.entries;
  }

  private save(): Promise<void> {
    this.writing = this.writing.then(() => writeJsonAtomic(this.file, this.entries));
    return this.writing;
  }

  async findAllUploads(): Promise<PreviousUpload[]> {
    return this.findUploadsByFingerprint('');
  }

  async findUploadsByFingerprint(fingerprint: string): Promise<PreviousUpload[]> {
    const entries = await this.load();
    return Object.entries(entries)
      .filter(([key]) => key.startsWith(`tus::${fingerprint}`))
      .map(([key, value]) => ({ ...value, urlStorageKey: key }));
  }

  async removeUpload(urlStorageKey: string): Promise<void> {
    const entries = await this.load();
    delete entries[urlStorageKey];
    await this.save();
  }

  async addUpload(fingerprint: string, upload: PreviousUpload): Promise<string> {
    const entries = await this.load();
    const key = `tus::${fingerprint}::${randomBytes(6).toString('hex')}`;
    entries[key] = { ...upload, parallelUploadUrls: upload.parallelUploadUrls ?? null };
    await this.save();
    return key;
  }
}

export type FoundFile = { absolute: string; relative: string; size: number; mtimeMs: number };

/** Every regular file under `dir` (symbolic links are not followed), sorted, minus the ingester's own files. */
export async function walk(dir: string, isOwnFile: (absolute: string) => boolean): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  async function visit(folder: string) {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        await visit(absolute);
      } else if (entry.isFile() && !isOwnFile(absolute)) {
        const info = await stat(absolute).catch(() => null);
        if (!info?.isFile()) continue;
        const relative = path.relative(dir, absolute).split(path.sep).join('/');
        found.push({ absolute, relative, size: info.size, mtimeMs: info.mtimeMs });
      }
    }
  }
  await visit(dir);
  return found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/** Hashes a file by streaming it: memory stays flat whatever its size. */
export async function hashFile(file: string, algorithm: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash(algorithm);
  const stream = createReadStream(file, { highWaterMark: 1024 * 1024, ...(signal ? { signal } : {}) });
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const mediaTypes: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  avi: 'video/x-msvideo',
  mkv: 'video/x-matroska',
  ts: 'video/mp2t',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  aac: 'audio/aac',
  m4a: 'audio/mp4',
};

/** The media type from the extension, in any letter case; `application/octet-stream` otherwise. */
export function mediaTypeOf(fileName: string): string {
  return mediaTypes[path.extname(fileName).slice(1).toLowerCase()] ?? 'application/octet-stream';
}

/** An instant as local time in China (UTC+8, no daylight saving since 1991): `2026-11-23T09:30:15+08:00`. */
export function toShanghaiIso(instant: string): string {
  const local = new Date(Date.parse(instant) + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 19)}+08:00`;
}

/**
 * The Upload-Metadata derived from a file name by the domain's pattern parser (`compileAvFileNamePattern`): device
 * and officer numbers and the capture start, when the name matches; nothing otherwise.
 */
export function fileNameMetadata(pattern: string): (relative: string) => Record<string, string> {
  const parse = compileAvFileNamePattern(pattern);
  return (relative) => {
    const parsed = parse(relative);
    if (!parsed) return {};
    const metadata: Record<string, string> = {};
    if (parsed.deviceNumber) metadata.deviceNumber = parsed.deviceNumber;
    if (parsed.officerNumber) metadata.officerNumber = parsed.officerNumber;
    if (parsed.capturedFrom) metadata.capturedFrom = toShanghaiIso(parsed.capturedFrom);
    return metadata;
  };
}
