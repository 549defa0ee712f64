import {
  type AvProbeFinding,
  deviceNumberContradictions,
  mediaKindOfMimeType,
  timeContradictions,
} from '@liuhen/domain';
import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { resolveBlobPath } from '../../adapters/blobs/fs.blob-store';
import type { Deps } from '../../deps';
import { type PhotoExif, readPhotoExif } from './exif';

const run = promisify(execFile);

/** What a media file says of itself (ffprobe; EXIF for photos), and where that contradicts what was declared. */
export type ProbeResult = {
  formatName: string | null;
  durationSeconds: number | null;
  creationTime: string | null;
  video: { codec: string; width: number | null; height: number | null } | null;
  audio: { codec: string } | null;
  /** Photos only (null for audio and video): what the EXIF says. */
  exif: PhotoExif | null;
  findings: AvProbeFinding[];
  error: string | null;
};

type FfprobeOutput = {
  format?: { format_name?: string; duration?: string; tags?: Record<string, string> };
  streams?: {
    codec_type?: string;
    codec_name?: string;
    width?: number;
    height?: number;
    tags?: Record<string, string>;
  }[];
};

/** The ffprobe binary (Debian's `ffmpeg` package); null when it is not installed. */
export function ffprobePath(): string | null {
  const candidate = process.env.LIUHEN_FFPROBE ?? '/usr/bin/ffprobe';
  return existsSync(candidate) ? candidate : null;
}

/** ffprobe's names for still-image demuxers: `image2` by extension, `jpeg_pipe`, `png_pipe` … by content. */
const isImageFormat = (formatName: string | null | undefined) =>
  formatName === 'image2' || /(^|,)\w+_pipe($|,)/.test(formatName ?? '');

/**
 * Reads a media file's container, duration, creation time and codecs, and for a photo (an `image/*` media type, or
 * a file ffprobe reads as a still image) its EXIF; never changes the file. ffprobe passes a damaged still image
 * with only a logged error, so a photo in which it finds no picture with a size is a failure here.
 */
export async function probeFile(
  file: string,
  ffprobe: string,
  mediaType = 'application/octet-stream',
): Promise<Omit<ProbeResult, 'findings'>> {
  try {
    const { stdout, stderr } = await run(
      ffprobe,
      ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
      { maxBuffer: 8 * 1024 * 1024, timeout: 120_000 },
    );
    const output = JSON.parse(stdout) as FfprobeOutput;
    const streams = output.streams ?? [];
    const video = streams.find((stream) => stream.codec_type === 'video');
    const audio = streams.find((stream) => stream.codec_type === 'audio');
    const duration = Number(output.format?.duration);
    const creationTime =
      output.format?.tags?.creation_time ?? video?.tags?.creation_time ?? audio?.tags?.creation_time ?? null;
    const photo = mediaKindOfMimeType(mediaType) === 'photo' || isImageFormat(output.format?.format_name);
    const noPicture = photo && !(video?.width && video.height);
    return {
      formatName: output.format?.format_name ?? null,
      durationSeconds: Number.isFinite(duration) ? duration : null,
      creationTime,
      video: video?.codec_name
        ? { codec: video.codec_name, width: video.width ?? null, height: video.height ?? null }
        : null,
      audio: audio?.codec_name ? { codec: audio.codec_name } : null,
      exif: photo ? await readPhotoExif(file) : null,
      error: noPicture ? (stderr.trim() || 'ffprobe found no picture in the file').slice(0, 500) : null,
    };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    return {
      formatName: null,
      durationSeconds: null,
      creationTime: null,
      video: null,
      audio: null,
      // A photo ffprobe cannot read (an HEIC variant it does not know) may still carry readable EXIF.
      exif: mediaKindOfMimeType(mediaType) === 'photo' ? await readPhotoExif(file) : null,
      error: (stderr || String(error)).slice(0, 500),
    };
  }
}

/** Seconds a declared capture time may differ from the file's own before it is flagged. */
export const captureToleranceSeconds = 120;

/**
 * Probes one pending record. Files on local disk are read in place; from S3 they are copied to a temporary file
 * first (MP4 indexes may sit at the end, so ffprobe needs to seek). A file ffprobe cannot read is kept as received
 * — it is evidence — and flagged `failed` with ffprobe's message.
 */
export async function probeRecord(deps: Deps, recordId: string, ffprobe: string): Promise<void> {
  const db = deps.database.db;
  const row = await db.selectFrom('av_records').selectAll().where('id', '=', recordId).executeTakeFirst();
  if (!row) return;
  const [alg, hex] = row.hash.split(':') as ['sha256' | 'sm3', string];
  let file: string;
  let scratch: string | null = null;
  if (deps.config.blobStore === 'disk') {
    file = resolveBlobPath(path.join(deps.config.dataDir, 'blobs'), { alg, hex });
  } else {
    scratch = mkdtempSync(path.join(tmpdir(), 'liuhen-probe-'));
    file = path.join(scratch, 'media');
    await pipeline(await deps.blobs.open({ alg, hex }), createWriteStream(file));
  }
  try {
    const probed = await probeFile(file, ffprobe, row.media_type);
    const findings: AvProbeFinding[] = [];
    const exif = probed.exif;
    if (!probed.error && row.captured_from && exif) {
      // A photo: its EXIF capture time stands where a video's creation time does; it has no duration to compare.
      findings.push(
        ...timeContradictions({
          declared: { from: row.captured_from, to: row.captured_to ?? row.captured_from },
          embedded: {
            creationTime: exif.capturedAt ?? exif.dateTimeOriginal,
            source: 'exif',
            timeZoneAssumed: exif.timeZoneAssumed,
          },
          toleranceSeconds: captureToleranceSeconds,
        }),
      );
    } else if (!probed.error && row.captured_from) {
      const to =
        row.captured_to ?? new Date(Date.parse(row.captured_from) + (probed.durationSeconds ?? 0) * 1000).toISOString();
      findings.push(
        ...timeContradictions({
          declared: { from: row.captured_from, to },
          embedded: {
            creationTime: probed.creationTime,
            durationSeconds: row.captured_to ? probed.durationSeconds : null,
          },
          toleranceSeconds: captureToleranceSeconds,
        }),
      );
    }
    if (!probed.error && exif) {
      findings.push(...deviceNumberContradictions({ declared: row.device_number, embeddedSerial: exif.serialNumber }));
    }
    const result: ProbeResult = { ...probed, findings };
    await db
      .updateTable('av_records')
      .set((eb) => ({
        probe: JSON.stringify(result),
        probe_status: probed.error ? 'failed' : 'done',
        probe_attempts: eb('probe_attempts', '+', 1),
      }))
      .where('id', '=', row.id)
      .execute();
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** Probes the oldest pending records, a few at a time; returns how many were probed. */
export async function probePending(deps: Deps, limit = 4): Promise<number> {
  const ffprobe = ffprobePath();
  const pending = await deps.database.db
    .selectFrom('av_records')
    .select('id')
    .where('probe_status', '=', 'pending')
    .where('probe_attempts', '<', 3)
    .orderBy('received_at')
    .limit(limit)
    .execute();
  for (const { id } of pending) {
    if (!ffprobe) {
      await deps.database.db
        .updateTable('av_records')
        .set({ probe_status: 'unavailable' })
        .where('id', '=', id)
        .execute();
      continue;
    }
    try {
      await probeRecord(deps, id, ffprobe);
    } catch {
      // A storage hiccup: count the attempt and leave it pending for the next round (three attempts at most).
      await deps.database.db
        .updateTable('av_records')
        .set((eb) => ({ probe_attempts: eb('probe_attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    }
  }
  return pending.length;
}
