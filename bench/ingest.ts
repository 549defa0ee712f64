import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tus from 'tus-js-client';
import { loadConfig } from '../packages/server/src/config';
import { openLiuhen } from '../packages/server/src/main';
import { createStation } from '../packages/server/src/modules/av/stations.usecases';
import { createUnit } from '../packages/server/src/modules/organisation/units.usecases';
import { findFirstAgency } from '../packages/server/src/modules/organisation/agency.repository';
import { nowMs, progress, round } from './stats';

const MiB = 1024 * 1024;
const bin = fileURLToPath(new URL('../packages/cli/bin/liuhen.mjs', import.meta.url));

/** Writes `mib` MiB of random data (distinct 1 MiB blocks, so nothing dedupes or compresses) and fsyncs it. */
function writeRandomFile(file: string, mib: number): void {
  const fd = openSync(file, 'w');
  for (let i = 0; i < mib; i++) writeSync(fd, randomBytes(MiB));
  closeSync(fd);
}

/** Peak and current resident memory of a process, in MiB, from /proc (Linux). */
function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMiB: round(kib('VmRSS') / 1024, 1), peakMiB: round(kib('VmHWM') / 1024, 1) };
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: {
      ...process.env,
      LIUHEN_DATA_DIR: dataDir,
      LIUHEN_PORT: '0',
      LIUHEN_LOG_LEVEL: 'warn',
      LIUHEN_ADMIN_PASSWORD: 'Bench-Chief-2026',
      LIUHEN_DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', () => {
      const match = /Liuhen is running: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

/** A unit and an ingest station on the server's data directory, created beside the running server. */
async function stationToken(dataDir: string): Promise<string> {
  const liuhen = await openLiuhen(loadConfig({ LIUHEN_DATA_DIR: dataDir, LIUHEN_LOG_LEVEL: 'warn' }, {}));
  try {
    const agency = (await findFirstAgency(liuhen.database.db))!;
    const actor = {
      userId: 'cli:bench',
      username: 'cli:bench',
      agencyId: agency.id,
      unitId: null,
      roles: ['admin' as const],
    };
    const ctx = { actor, agencyId: agency.id, requestId: null };
    await createUnit(liuhen.deps, ctx, { name: '基准测试科', kind: 'enforcementSection', legalBasis: null });
    return (await createStation(liuhen.deps, ctx, { name: '基准采集站', unitName: '基准测试科' })).token;
  } finally {
    await liuhen.close();
  }
}

function upload(url: string, token: string, file: string, chunkSize: number): Promise<{ hash: string | null }> {
  const size = statSync(file).size;
  return new Promise((resolve, reject) => {
    const request = new tus.Upload(createReadStream(file), {
      endpoint: `${url}/api/uploads`,
      uploadSize: size,
      chunkSize,
      headers: { authorization: `Bearer ${token}` },
      metadata: { filename: path.basename(file), filetype: 'video/mp4' },
      retryDelays: [],
      onSuccess: (payload) => resolve({ hash: payload.lastResponse.getHeader('Liuhen-Content-Hash') ?? null }),
      onError: reject,
    });
    request.start();
  });
}

/**
 * Issue 5: ingest over loopback through tus into the disk store, against `sha256sum` plus a plain `cp` of the same
 * file in the same run (the least any ingest must do: read, hash, write). Also the server's peak resident memory,
 * sampled from /proc while the upload runs, and many concurrent uploads.
 */
export async function benchIngest(options: { fileMiB: number; concurrent: number; concurrentMiB: number }) {
  const work = mkdtempSync(path.join(tmpdir(), 'liuhen-bench-ingest-'));
  const dataDir = path.join(work, 'data');
  const server = await startServer(dataDir);
  try {
    const token = await stationToken(dataDir);
    const file = path.join(work, 'footage.bin');
    progress(`ingest: writing a ${options.fileMiB} MiB file`);
    writeRandomFile(file, options.fileMiB);
    // Warm the page cache for both sides alike.
    spawnSync('cat', [file], { stdio: 'ignore' });

    let t0 = nowMs();
    const sum = spawnSync('sha256sum', [file], { encoding: 'utf8' });
    const copy = spawnSync('cp', [file, path.join(work, 'copy.bin')]);
    spawnSync('sync');
    const baselineSeconds = (nowMs() - t0) / 1000;
    if (sum.status !== 0 || copy.status !== 0) throw new Error('sha256sum or cp failed');
    rmSync(path.join(work, 'copy.bin'));
    const expected = `sha256:${sum.stdout.split(' ')[0]}`;

    const pid = server.child.pid!;
    const before = memoryOf(pid);
    let peakRss = before.rssMiB;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, memoryOf(pid).rssMiB);
    }, 100);
    progress(`ingest: uploading ${options.fileMiB} MiB through tus`);
    t0 = nowMs();
    const result = await upload(server.url, token, file, 64 * MiB);
    const ingestSeconds = (nowMs() - t0) / 1000;
    clearInterval(sampler);
    if (result.hash !== expected) throw new Error(`hash mismatch: ${result.hash} ≠ ${expected}`);

    progress(`ingest: ${options.concurrent} concurrent uploads of ${options.concurrentMiB} MiB`);
    const files = Array.from({ length: options.concurrent }, (_, i) => path.join(work, `clip-${i}.bin`));
    for (const name of files) writeRandomFile(name, options.concurrentMiB);
    const sums = files.map(
      (name) => `sha256:${spawnSync('sha256sum', [name], { encoding: 'utf8' }).stdout.split(' ')[0]}`,
    );
    const beforeMany = memoryOf(pid);
    let peakMany = beforeMany.rssMiB;
    const manySampler = setInterval(() => {
      peakMany = Math.max(peakMany, memoryOf(pid).rssMiB);
    }, 100);
    t0 = nowMs();
    const results = await Promise.allSettled(files.map((name) => upload(server.url, token, name, 8 * MiB)));
    const manySeconds = (nowMs() - t0) / 1000;
    clearInterval(manySampler);
    const correct = results.filter(
      (outcome, i) => outcome.status === 'fulfilled' && outcome.value.hash === sums[i],
    ).length;

    return {
      file: { mib: options.fileMiB },
      baseline: {
        what: 'sha256sum + cp of the same file (cache warm), then sync',
        seconds: round(baselineSeconds),
        mibPerSecond: round(options.fileMiB / baselineSeconds, 1),
      },
      liuhen: {
        what: 'tus upload over loopback (64 MiB chunks), hashed and stored under its hash in the disk store, ledgered',
        seconds: round(ingestSeconds),
        mibPerSecond: round(options.fileMiB / ingestSeconds, 1),
      },
      ratioToBaseline: round(baselineSeconds / ingestSeconds, 2),
      serverMemory: { beforeMiB: before.rssMiB, peakDuringUploadMiB: peakRss, processPeakMiB: memoryOf(pid).peakMiB },
      concurrent: {
        uploads: options.concurrent,
        mibEach: options.concurrentMiB,
        completedWithRightHash: correct,
        seconds: round(manySeconds),
        totalMibPerSecond: round((options.concurrent * options.concurrentMiB) / manySeconds, 1),
        serverRssBeforeMiB: beforeMany.rssMiB,
        serverPeakRssMiB: peakMany,
      },
    };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.on('exit', resolve));
    rmSync(work, { recursive: true, force: true });
  }
}
