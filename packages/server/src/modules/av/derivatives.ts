import { avDerivativeKinds, type AvDerivativeBody, type AvDerivativeKind } from '@liuhen/contracts';
import type { HashAlgorithm } from '@liuhen/ledger';
import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { resolveBlobPath } from '../../adapters/blobs/fs.blob-store';
import type { Deps } from '../../deps';
import type { Db } from '../../uow';
import { ffprobePath, probeFile, type ProbeResult } from './probe';

const run = promisify(execFile);

/** The part of a probe that decides the derivatives. */
type Probed = Pick<ProbeResult, 'formatName' | 'durationSeconds' | 'video' | 'audio'>;

/** What an original gets: a poster and a thumbnail (video), a thumbnail (photo), a proxy when the browser can't play it. */
export type DerivativePlan = { poster: boolean; thumbnail: boolean; proxy: 'video' | 'audio' | null };

/**
 * What Chromium plays as it is, by container (a token of ffprobe's format name) and codec. Anything else is
 * transcoded to a proxy: MPEG-2 program streams, AVI, MPEG-TS, HEVC, AMR, PCM in odd containers…
 */
const playable: readonly { formats: string[]; video: string[]; audio: string[] }[] = [
  { formats: ['mp4', 'mov'], video: ['h264', 'vp8', 'vp9', 'av1'], audio: ['aac', 'mp3', 'opus', 'flac'] },
  { formats: ['webm'], video: ['h264', 'vp8', 'vp9', 'av1'], audio: ['opus', 'vorbis'] },
  { formats: ['mp3'], video: [], audio: ['mp3'] },
  { formats: ['ogg'], video: [], audio: ['opus', 'vorbis', 'flac'] },
  { formats: ['wav'], video: [], audio: ['pcm_u8', 'pcm_s16le', 'pcm_s24le', 'pcm_f32le'] },
  { formats: ['flac'], video: [], audio: ['flac'] },
  { formats: ['aac'], video: [], audio: ['aac'] },
];

function isPhoto(probe: Probed, mediaType: string): boolean {
  const format = probe.formatName ?? '';
  return mediaType.startsWith('image/') || format === 'image2' || format === 'gif' || format.endsWith('_pipe');
}

/** Whether Chromium's `<video>`/`<audio>` plays the original as it is (decided from the probe alone). */
export function playsInBrowser(probe: Probed): boolean {
  const formats = (probe.formatName ?? '').split(',');
  return playable.some(
    (entry) =>
      entry.formats.some((format) => formats.includes(format)) &&
      (probe.video === null || entry.video.includes(probe.video.codec)) &&
      (probe.audio === null || entry.audio.includes(probe.audio.codec)) &&
      (probe.video !== null || probe.audio !== null),
  );
}

/** Decides an original's derivatives from its probe (pure). */
export function planDerivatives(probe: Probed, mediaType: string): DerivativePlan {
  if (probe.video && isPhoto(probe, mediaType)) return { poster: false, thumbnail: true, proxy: null };
  const proxy = playsInBrowser(probe) ? null : probe.video ? 'video' : probe.audio ? 'audio' : null;
  return { poster: probe.video !== null, thumbnail: probe.video !== null, proxy };
}

/** The ffmpeg binary (Debian's `ffmpeg` package); null when it is not installed. */
export function ffmpegPath(): string | null {
  const candidate = process.env.LIUHEN_FFMPEG ?? '/usr/bin/ffmpeg';
  return existsSync(candidate) ? candidate : null;
}

/** An original's derivative file made by ffmpeg, before it is stored. */
type Made = { file: string; mediaType: string; width: number | null; height: number | null };

const quiet = ['-hide_banner', '-nostdin', '-v', 'error', '-y'];

/** ffmpeg arguments for one derivative. `-ss` before `-i` seeks by the index, so a poster costs one decoded frame. */
function ffmpegArgs(kind: AvDerivativeKind, input: { file: string; at: number; proxy: 'video' | 'audio' | null }) {
  const seek = input.at > 0 ? ['-ss', String(input.at)] : [];
  const frame = ['-map', '0:v:0', '-frames:v', '1', '-an', '-sn', '-dn', '-q:v', '3', '-update', '1', '-f', 'image2'];
  switch (kind) {
    case 'poster':
      return [...quiet, ...seek, '-i', input.file, ...frame, '-vf', "scale='min(1280,iw)':-2"];
    case 'thumbnail':
      return [...quiet, ...seek, '-i', input.file, ...frame, '-vf', 'scale=320:-2'];
    case 'proxy':
      return input.proxy === 'audio'
        ? [...quiet, '-i', input.file, '-map', '0:a:0', '-vn', '-c:a', 'aac', '-b:a', '128k']
        : [
            ...quiet,
            '-i',
            input.file,
            ...['-map', '0:v:0', '-map', '0:a:0?', '-sn', '-dn'],
            ...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-pix_fmt', 'yuv420p'],
            ...['-vf', 'scale=trunc(iw/2)*2:trunc(ih/2)*2', '-c:a', 'aac', '-b:a', '128k'],
          ];
  }
}

/**
 * Makes one derivative of a local copy of the original, in `scratch`, and checks the result with ffprobe: a
 * truncated or corrupt original fails here (ffmpeg's error, or an empty or unreadable output) and is never altered.
 */
async function makeDerivative(input: {
  kind: AvDerivativeKind;
  original: string;
  scratch: string;
  probe: Probed;
  plan: DerivativePlan;
  tools: { ffmpeg: string; ffprobe: string };
}): Promise<Made> {
  const { kind, probe, tools } = input;
  const isVideo = kind === 'proxy' && input.plan.proxy === 'video';
  const out = path.join(input.scratch, kind === 'proxy' ? (isVideo ? 'proxy.mp4' : 'proxy.m4a') : `${kind}.jpg`);
  // A proxy may take a while on a long recording: ten minutes plus four times its duration (an hour when unknown).
  const timeout = kind === 'proxy' ? Math.ceil(600_000 + 4_000 * (probe.durationSeconds ?? 3600)) : 120_000;
  const ffmpeg = async (at: number) => {
    const args = ffmpegArgs(kind, { file: input.original, at, proxy: input.plan.proxy });
    if (kind === 'proxy') args.push('-movflags', '+faststart', '-f', 'mp4');
    await run(tools.ffmpeg, [...args, out], { timeout, maxBuffer: 4 * 1024 * 1024 });
    return existsSync(out) && statSync(out).size > 0;
  };
  // A frame at about 1 s, past a fade-in or a black first frame; the first frame when the clip is shorter or
  // the seek lands past the last readable frame.
  const at = kind !== 'proxy' && (probe.durationSeconds ?? 0) >= 2 ? 1 : 0;
  const madeAtSeek = at > 0 ? await ffmpeg(at).catch(() => false) : false;
  if (!madeAtSeek && !(await ffmpeg(0))) throw new Error('ffmpeg produced no output (truncated or unreadable media)');
  const checked = await probeFile(out, tools.ffprobe);
  if (checked.error) throw new Error(checked.error);
  if (kind === 'proxy' && (isVideo ? checked.video?.codec !== 'h264' : checked.audio?.codec !== 'aac')) {
    throw new Error('the proxy is not H.264/AAC');
  }
  return {
    file: out,
    mediaType: kind === 'proxy' ? (isVideo ? 'video/mp4' : 'audio/mp4') : 'image/jpeg',
    width: checked.video?.width ?? null,
    height: checked.video?.height ?? null,
  };
}

/** The original as a local file: read in place on disk, copied from S3 first (ffmpeg needs to seek). */
async function withLocalOriginal<T>(deps: Deps, hash: string, work: (file: string, scratch: string) => Promise<T>) {
  const [alg, hex] = hash.split(':') as [HashAlgorithm, string];
  const scratch = mkdtempSync(path.join(tmpdir(), 'liuhen-derive-'));
  try {
    let file = path.join(scratch, 'original');
    if (deps.config.blobStore === 'disk') file = resolveBlobPath(path.join(deps.config.dataDir, 'blobs'), { alg, hex });
    else await pipeline(await deps.blobs.open({ alg, hex }), createWriteStream(file));
    return await work(file, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Adds the derivative rows of newly probed originals: `pending` for what is to be made, `notNeeded` for what the
 * original does not need (a photo's poster, a proxy of what the browser plays). Keyed by the original's hash, so a
 * second upload of the same bytes finds its rows there already.
 */
async function planNewOriginals(deps: Deps, limit: number): Promise<number> {
  const db = deps.database.db;
  const originals = await db
    .selectFrom('av_records')
    .select(['agency_id', 'hash', 'media_type', 'probe'])
    .where('probe_status', '=', 'done')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('av_derivatives')
            .select('av_derivatives.id')
            .whereRef('av_derivatives.original_hash', '=', 'av_records.hash')
            .whereRef('av_derivatives.agency_id', '=', 'av_records.agency_id'),
        ),
      ),
    )
    .orderBy('received_at')
    .limit(limit)
    .execute();
  const now = deps.clock.now().toISOString();
  for (const original of originals) {
    const plan = planDerivatives(JSON.parse(original.probe!) as Probed, original.media_type);
    const wanted = { poster: plan.poster, thumbnail: plan.thumbnail, proxy: plan.proxy !== null };
    await db
      .insertInto('av_derivatives')
      .values(
        avDerivativeKinds.map((kind) => ({
          id: deps.ids.newId(),
          agency_id: original.agency_id,
          original_hash: original.hash,
          kind,
          status: wanted[kind] ? 'pending' : 'notNeeded',
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['original_hash', 'kind', 'agency_id']).doNothing())
      .execute();
  }
  return originals.length;
}

/** Attempts per derivative; an attempt is counted before ffmpeg starts, so one that kills the process counts too. */
export const maxDeriveAttempts = 3;

/** Makes one pending derivative: claim an attempt, run ffmpeg on the original, store the output under its own hash. */
async function deriveOne(deps: Deps, id: string, tools: { ffmpeg: string; ffprobe: string }): Promise<void> {
  const db = deps.database.db;
  const row = await db.selectFrom('av_derivatives').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const claimed = await db
    .updateTable('av_derivatives')
    .set({ attempts: row.attempts + 1, updated_at: deps.clock.now().toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('attempts', '=', row.attempts)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return;
  const attempts = row.attempts + 1;
  try {
    const original = await db
      .selectFrom('av_records')
      .select(['media_type', 'probe'])
      .where('agency_id', '=', row.agency_id)
      .where('hash', '=', row.original_hash)
      .where('probe_status', '=', 'done')
      .executeTakeFirstOrThrow();
    const probe = JSON.parse(original.probe!) as Probed;
    const plan = planDerivatives(probe, original.media_type);
    const stored = await withLocalOriginal(deps, row.original_hash, async (file, scratch) => {
      const kind = row.kind as AvDerivativeKind;
      const made = await makeDerivative({ kind, original: file, scratch, probe, plan, tools });
      const algorithm = row.original_hash.split(':')[0] as HashAlgorithm;
      return { made, blob: await deps.blobs.putFile({ file: made.file, algorithm }) };
    });
    await db
      .updateTable('av_derivatives')
      .set({
        status: 'done',
        hash: `${stored.blob.alg}:${stored.blob.hex}`,
        size: stored.blob.size,
        media_type: stored.made.mediaType,
        width: stored.made.width,
        height: stored.made.height,
        error: null,
        updated_at: deps.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    const message = stderr || (error instanceof Error ? error.message : String(error));
    await db
      .updateTable('av_derivatives')
      .set({
        status: attempts >= maxDeriveAttempts ? 'failed' : 'pending',
        error: message.slice(-500),
        updated_at: deps.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }
}

/**
 * One round of the derive job: plan the derivatives of newly probed originals, then make a few pending ones
 * (posters and thumbnails before proxies). The database is the work list, so a restart loses nothing; an attempt
 * interrupted three times (ffmpeg killed with the process) ends `failed`. The original is only ever read.
 * Returns how much work was found, so the job keeps going while there is more.
 */
export async function derivePending(deps: Deps, limit = 4): Promise<number> {
  const db = deps.database.db;
  const planned = await planNewOriginals(deps, 20);
  const ffmpeg = ffmpegPath();
  const ffprobe = ffprobePath();
  // Without ffmpeg the rows wait as `pending` until it is installed.
  if (!ffmpeg || !ffprobe) return planned;
  await db
    .updateTable('av_derivatives')
    .set({ status: 'failed', error: 'interrupted three times' })
    .where('status', '=', 'pending')
    .where('attempts', '>=', maxDeriveAttempts)
    .execute();
  const pending = await db
    .selectFrom('av_derivatives')
    .select('id')
    .where('status', '=', 'pending')
    .orderBy((eb) => eb.case().when('kind', '=', 'proxy').then(1).else(0).end())
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  for (const { id } of pending) await deriveOne(deps, id, { ffmpeg, ffprobe });
  return planned + pending.length;
}

/** The derivatives of these originals, by `<agency> <original hash>`, in kind order (for the record presenter). */
export async function derivativesOf(db: Db, hashes: readonly string[]): Promise<Map<string, AvDerivativeBody[]>> {
  const byOriginal = new Map<string, AvDerivativeBody[]>();
  if (hashes.length === 0) return byOriginal;
  const rows = await db
    .selectFrom('av_derivatives')
    .selectAll()
    .where('original_hash', 'in', [...new Set(hashes)])
    .execute();
  rows.sort((a, b) => avDerivativeKinds.indexOf(a.kind as never) - avDerivativeKinds.indexOf(b.kind as never));
  for (const row of rows) {
    const key = `${row.agency_id} ${row.original_hash}`;
    const list = byOriginal.get(key) ?? [];
    list.push({
      kind: row.kind as AvDerivativeKind,
      status: row.status as AvDerivativeBody['status'],
      mediaType: row.media_type,
      width: row.width,
      height: row.height,
      size: row.size === null ? null : Number(row.size),
    });
    byOriginal.set(key, list);
  }
  return byOriginal;
}

/** One finished derivative of an original, or undefined (pending, failed, not needed or unknown). */
export async function findDoneDerivative(
  db: Db,
  input: { agencyId: string; originalHash: string; kind: AvDerivativeKind },
) {
  return db
    .selectFrom('av_derivatives')
    .selectAll()
    .where('agency_id', '=', input.agencyId)
    .where('original_hash', '=', input.originalHash)
    .where('kind', '=', input.kind)
    .where('status', '=', 'done')
    .executeTakeFirst();
}
