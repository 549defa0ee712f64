import { getHashes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultAvFileNamePattern, domainError } from '@liuhen/domain';
import { DetailedError, Upload } from 'tus-js-client';
import {
  type FoundFile,
  hashFile,
  type IngestState,
  JsonUrlStorage,
  mediaTypeOf,
  readState,
  walk,
  writeJsonAtomic,
} from '../ingest/files';
import { describeSources, isSidecarFile, type LearntMetadata, metadataLearner } from '../ingest/metadata';
import { type Io, processIo } from '../io';

export type IngestOptions = {
  server: string;
  token: string;
  watch?: boolean;
  state?: string;
  /** MiB per PATCH request. */
  chunkSize: number;
  namePattern?: string;
  /** Dock folder layout, e.g. `{device}/{officer}/*` (domain `compileDockLayout`). */
  layout?: string;
  /** Seconds between scans with --watch. */
  interval: number;
  /** Seconds to keep waiting for an unreachable server, per file. */
  retryFor: number;
  /** MiB/s, at most. */
  limitRate?: number;
  hash: string;
};

const MiB = 1024 * 1024;
const mib = (bytes: number) => (bytes / MiB).toFixed(1);

/** Thrown inside an upload when the operator asked to stop (SIGINT/SIGTERM). */
class Stopped extends Error {}

/** What went wrong with an upload: no answer at all, a server error worth retrying, or a refusal. */
type Failure = {
  kind: 'network' | 'server' | 'refused';
  status: number;
  code: string | null;
  message: string;
  messageEn: string | null;
};

function classify(error: unknown): Failure {
  const response = error instanceof DetailedError ? error.originalResponse : null;
  if (!response) {
    const cause = error instanceof DetailedError && error.causingError ? error.causingError : error;
    const message = cause instanceof Error ? cause.message : String(cause);
    return { kind: 'network', status: 0, code: null, message, messageEn: null };
  }
  const status = response.getStatus();
  const body = response.getBody() ?? '';
  let parsed: { code?: string; message?: string; messageEn?: string } | undefined;
  try {
    parsed = (JSON.parse(body) as { error?: typeof parsed }).error;
  } catch {
    parsed = undefined;
  }
  const retryable = status >= 500 || status === 409 || status === 423;
  return {
    kind: retryable ? 'server' : 'refused',
    status,
    code: parsed?.code ?? null,
    message: parsed?.message ?? `HTTP ${status} ${body.slice(0, 200)}`.trim(),
    messageEn: parsed?.messageEn ?? null,
  };
}

function printFailure(io: Io, file: string, failure: Failure): void {
  const code = failure.code ?? (failure.status ? `HTTP ${failure.status}` : 'network');
  io.err(`✗ ${file}`);
  io.err(`  错误 [${code}]：${failure.message}`);
  if (failure.messageEn) io.err(`  Error [${code}]: ${failure.messageEn}`);
}

/** Per-file progress: a line redrawn in place on a terminal, else one line per 10 %. */
function progressPrinter(io: Io, label: string) {
  const tty = io === processIo && Boolean(process.stdout.isTTY);
  let base: { at: number; bytes: number } | null = null;
  let lastDecile = -1;
  let lastDraw = 0;
  return {
    update(sent: number, total: number) {
      const now = Date.now();
      base ??= { at: now, bytes: sent };
      const seconds = (now - base.at) / 1000;
      const speed = seconds > 0 ? (sent - base.bytes) / MiB / seconds : 0;
      const percent = total > 0 ? Math.floor((sent / total) * 100) : 100;
      const line = `  [${String(percent).padStart(3)}%] ${label} ${mib(sent)}/${mib(total)} MiB ${speed.toFixed(1)} MiB/s`;
      if (tty) {
        if (now - lastDraw < 200 && sent < total) return;
        lastDraw = now;
        io.write(`\r${line}\u001b[K`);
        return;
      }
      const decile = Math.floor(percent / 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        io.out(line);
      }
    },
    /** A new attempt (after an error): speed is measured afresh. */
    restart() {
      base = null;
    },
    end() {
      if (tty) io.write('\n');
    },
  };
}

type Control = {
  stopping: boolean;
  /** The upload under way: stop after its chunk, or abort it at once. */
  current: { stopAfterChunk(): void; stopNow(): void } | null;
  hashing: AbortController | null;
  wake: (() => void) | null;
};

function sleep(ms: number, control: Control): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      control.wake = null;
      resolve();
    }
    control.wake = done;
  });
}

/**
 * `liuhen ingest`: the camera-dock uploader. Sends every file under DIR that the server has not yet confirmed over
 * tus (resumable across restarts of this command and of the server), and records a file as transferred only when
 * the server's own hash of what it stored equals the hash computed here.
 */
export async function ingestCommand(io: Io, dir: string, options: IngestOptions): Promise<number> {
  const root = path.resolve(dir);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`目录不存在 / not a directory: ${root}`);
  if (!getHashes().includes(options.hash)) throw domainError('request.invalid', { issues: `--hash ${options.hash}` });
  if (!(options.chunkSize > 0)) throw domainError('request.invalid', { issues: `--chunk-size ${options.chunkSize}` });
  const endpoint = `${options.server.replace(/\/+$/, '')}/api/uploads`;
  const learn = metadataLearner({
    root,
    namePattern: options.namePattern ?? defaultAvFileNamePattern,
    layout: options.layout,
  });
  const stateFile = path.resolve(options.state ?? path.join(root, '.liuhen-ingest.json'));
  const urlFile = `${stateFile.replace(/\.json$/, '')}.uploads.json`;
  const isOwnFile = (absolute: string) =>
    absolute === stateFile ||
    absolute === urlFile ||
    absolute.startsWith(`${stateFile}.`) ||
    absolute.startsWith(`${urlFile}.`) ||
    path.basename(absolute).startsWith('.liuhen-ingest');
  const urlStorage = new JsonUrlStorage(urlFile);
  const state: IngestState = await readState(stateFile);
  const chunkSize = Math.round(options.chunkSize * MiB);

  const uploaded = new Set<string>();
  const skipped = new Set<string>();
  const failed = new Map<string, { size: number; mtimeMs: number; at: number }>();
  const control: Control = { stopping: false, current: null, hashing: null, wake: null };
  let fatal = false;

  /** One tus upload of one file, resuming a stored upload URL when there is one. */
  function attempt(file: FoundFile, metadata: Record<string, string>, fingerprint: string, progress: Progress) {
    return new Promise<{ recordId: string | null; hash: string | null }>((resolve, reject) => {
      const source = createReadStream(file.absolute);
      let inFlight = false;
      let aborted = false;
      const rate = { at: Date.now(), bytes: 0 };
      let headSeen = false;
      let announced = false;
      const settle = (fn: () => void) => {
        source.destroy();
        control.current = null;
        fn();
      };
      const upload = new Upload(source, {
        endpoint,
        uploadSize: file.size,
        chunkSize,
        metadata,
        headers: { Authorization: `Bearer ${options.token}` },
        retryDelays: [0, 1000, 3000, 5000],
        storeFingerprintForResuming: true,
        removeFingerprintOnSuccess: true,
        urlStorage,
        fingerprint: async () => fingerprint,
        async onBeforeRequest(req) {
          const method = req.getMethod();
          if (method === 'HEAD') headSeen = true;
          if (method !== 'PATCH') return;
          if (options.limitRate) {
            const due = rate.at + (rate.bytes / (options.limitRate * MiB)) * 1000;
            if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
          }
          if (aborted) throw new Stopped('stopped');
          inFlight = true;
        },
        onAfterResponse() {
          inFlight = false;
        },
        onShouldRetry(error) {
          inFlight = false;
          if (control.stopping) return false;
          const status = error.originalResponse?.getStatus() ?? 0;
          const retry = !(status >= 400 && status < 500) || status === 409 || status === 423;
          if (retry) {
            const failure = classify(error);
            io.err(`  连接中断，正在重试 / connection failed, retrying: ${failure.code ?? ''} ${failure.message}`);
          }
          return retry;
        },
        onProgress(sent, total) {
          if (headSeen && !announced && sent > 0) {
            announced = true;
            io.out(`  续传 Resuming at ${mib(sent)} MiB (${Math.floor((sent / total) * 100)}%)`);
          }
          progress.update(sent, total);
        },
        onChunkComplete(chunk, accepted, total) {
          rate.bytes += chunk;
          if (control.stopping && accepted < total) stopNow();
        },
        onSuccess({ lastResponse }) {
          settle(() =>
            resolve({
              recordId: lastResponse.getHeader('Liuhen-Av-Record-Id') ?? null,
              hash: lastResponse.getHeader('Liuhen-Content-Hash') ?? null,
            }),
          );
        },
        onError(error) {
          settle(() => reject(error));
        },
      });
      function stopNow() {
        if (aborted) return;
        aborted = true;
        void upload.abort();
        settle(() => reject(new Stopped('stopped')));
      }
      control.current = {
        stopAfterChunk: () => {
          if (!inFlight) stopNow();
        },
        stopNow,
      };
      upload.findPreviousUploads().then(
        (previous) => {
          if (aborted) return;
          const last = previous.at(-1);
          if (last) upload.resumeFromPreviousUpload(last);
          rate.at = Date.now();
          upload.start();
        },
        (error: unknown) => settle(() => reject(error)),
      );
    });
  }

  type Progress = ReturnType<typeof progressPrinter>;

  /** Says what was learnt of a file and from where; an invalid sidecar is reported, the file still goes. */
  function report(learnt: LearntMetadata): void {
    if (learnt.issues.length > 0) {
      io.err(`⚠ 旁路文件有误，已忽略有误的字段 / invalid sidecar, its invalid fields ignored: ${learnt.sidecar}`);
      for (const issue of learnt.issues) io.err(`  ${issue.zh} / ${issue.en}`);
    }
    if (learnt.notSent.length > 0) {
      io.out(
        `  ${learnt.notSent.join('、')}：上传暂不携带，请在记录页补充 / not carried by the upload yet; complete them on the record page`,
      );
    }
    const sources = describeSources(learnt);
    if (sources) io.out(`  元数据 Metadata: ${sources}`);
  }

  /** Hashes, uploads with retries, checks the server's hash and records the file. */
  async function transfer(file: FoundFile): Promise<'uploaded' | 'failed' | 'stopped'> {
    io.out(`上传 Uploading ${file.relative} (${mib(file.size)} MiB)`);
    const learnt = await learn(file);
    report(learnt);
    const hashing = new AbortController();
    control.hashing = hashing;
    let hex: string;
    try {
      hex = await hashFile(file.absolute, options.hash, hashing.signal);
    } catch (error) {
      if (control.stopping) return 'stopped';
      io.err(`✗ ${file.relative}`);
      io.err(`  无法读取文件 Cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
      return 'failed';
    } finally {
      control.hashing = null;
    }
    const localHash = `${options.hash}:${hex}`;
    const metadata: Record<string, string> = {
      filename: file.relative,
      filetype: mediaTypeOf(file.relative),
      hash: localHash,
      ...learnt.upload,
    };
    const fingerprint = ['liuhen', endpoint, file.relative, file.size, file.mtimeMs, localHash].join('|');
    const progress = progressPrinter(io, file.relative);
    const started = Date.now();
    let delay = 1000;
    let serverErrors = 0;
    for (;;) {
      if (control.stopping) return 'stopped';
      try {
        progress.restart();
        const result = await attempt(file, metadata, fingerprint, progress);
        progress.end();
        if (!result.hash) {
          // Resumed an upload that had already reached its last byte: no record id or hash to check against.
          io.err(
            `  服务器未确认内容哈希，将重新上传 / the server did not confirm the content hash; uploading again: ${file.relative}`,
          );
          if (++serverErrors > 3) return 'failed';
          continue;
        }
        if (result.hash !== localHash) {
          io.err(`✗ ${file.relative}`);
          io.err(`  哈希不一致 Hash mismatch: 本地 local ${localHash}，服务器 server ${result.hash}`);
          return 'failed';
        }
        const now = await stat(file.absolute).catch(() => null);
        if (!now || now.size !== file.size || now.mtimeMs !== file.mtimeMs) {
          io.err(`✗ ${file.relative}`);
          io.err('  文件在上传期间被修改或删除 / the file changed or vanished during the upload');
          return 'failed';
        }
        state.files[file.relative] = {
          path: file.relative,
          size: file.size,
          mtimeMs: file.mtimeMs,
          hash: result.hash,
          recordId: result.recordId ?? '',
          uploadedAt: new Date().toISOString(),
          metadata: learnt.upload,
          metadataSources: learnt.sources,
          ...(learnt.sidecar ? { sidecar: learnt.sidecar } : {}),
        };
        await writeJsonAtomic(stateFile, state);
        io.out(`✓ 已上传 Uploaded ${file.relative} → 记录 record ${result.recordId ?? '-'} ${result.hash}`);
        return 'uploaded';
      } catch (error) {
        progress.end();
        if (error instanceof Stopped || control.stopping) return 'stopped';
        const failure = classify(error);
        if (failure.kind === 'refused') {
          printFailure(io, file.relative, failure);
          if (failure.status === 401 || failure.code === 'station.token_invalid') fatal = true;
          return 'failed';
        }
        const outOfTime = Date.now() - started > options.retryFor * 1000;
        if ((failure.kind === 'server' && ++serverErrors > 5) || outOfTime) {
          printFailure(io, file.relative, failure);
          return 'failed';
        }
        io.err(
          `  服务器暂时不可用，${delay / 1000} 秒后重试 / server unavailable, retrying in ${delay / 1000} s: ${failure.code ?? ''} ${failure.message}`.trimEnd(),
        );
        await sleep(delay, control);
        delay = Math.min(delay * 2, 30_000);
      }
    }
  }

  /** Files not yet confirmed. With --watch, a file counts only once its size and time held still for a scan. */
  const lastSeen = new Map<string, string>();
  async function scan(): Promise<FoundFile[]> {
    const files = (await walk(root, isOwnFile)).filter((file) => !isSidecarFile(file.relative));
    const pending: FoundFile[] = [];
    const now = Date.now();
    for (const file of files) {
      const done = state.files[file.relative];
      if (done && done.size === file.size && done.mtimeMs === file.mtimeMs) {
        if (!uploaded.has(file.relative)) skipped.add(file.relative);
        continue;
      }
      const failure = failed.get(file.relative);
      const unchanged = failure && failure.size === file.size && failure.mtimeMs === file.mtimeMs;
      if (options.watch && unchanged && now - failure.at < 10 * 60_000) continue;
      if (options.watch) {
        const signature = `${file.size}:${file.mtimeMs}`;
        const settled = lastSeen.get(file.relative) === signature || now - file.mtimeMs > 2 * options.interval * 1000;
        lastSeen.set(file.relative, signature);
        if (!settled) continue;
      }
      pending.push(file);
    }
    return pending;
  }

  const onSignal = () => {
    if (!control.stopping) {
      control.stopping = true;
      io.err(
        '正在停止：当前数据块传完后退出（再按一次 Ctrl+C 立即中止） / stopping after the current chunk (Ctrl+C again to abort now)',
      );
      control.current?.stopAfterChunk();
      control.hashing?.abort();
    } else {
      control.current?.stopNow();
    }
    control.wake?.();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let interrupted = false;
  try {
    io.out(
      options.watch
        ? `监视目录 Watching ${root}（每 ${options.interval} 秒扫描 / scanning every ${options.interval} s; Ctrl+C 停止 to stop）`
        : `扫描目录 Scanning ${root}`,
    );
    for (;;) {
      const pending = await scan();
      if (!options.watch) io.out(`待上传 To upload: ${pending.length}，已传输 already transferred: ${skipped.size}`);
      for (const file of pending) {
        if (control.stopping || fatal) break;
        const outcome = await transfer(file);
        if (outcome === 'uploaded') {
          uploaded.add(file.relative);
          failed.delete(file.relative);
        } else if (outcome === 'failed') {
          failed.set(file.relative, { size: file.size, mtimeMs: file.mtimeMs, at: Date.now() });
        } else {
          interrupted = true;
        }
      }
      if (!options.watch || control.stopping || fatal) break;
      await sleep(options.interval * 1000, control);
      if (control.stopping) break;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (fatal) io.err('已停止：采集站令牌被拒绝 / stopped: the station token was refused');
  if (interrupted)
    io.out('已中断，未完成的上传下次运行时续传 / interrupted; unfinished uploads resume on the next run');
  io.out(`完成：已上传 ${uploaded.size} 个，已传输而跳过 ${skipped.size} 个，失败 ${failed.size} 个`);
  io.out(`Done: ${uploaded.size} uploaded, ${skipped.size} skipped (already transferred), ${failed.size} failed`);
  if (failed.size > 0) return 1;
  return interrupted && !options.watch ? 130 : 0;
}
