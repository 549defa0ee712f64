import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nowMs, progress, round, summarise } from './stats';

const MiB = 1024 * 1024;

/** MiB/s of one node:crypto hash over `totalMiB` MiB fed in 1 MiB chunks (one random chunk, reused). */
function streamThroughput(algorithm: 'sha256' | 'sm3', chunk: Buffer, totalMiB: number) {
  createHash(algorithm).update(chunk).digest(); // warm the provider
  const t0 = nowMs();
  const hash = createHash(algorithm);
  for (let i = 0; i < totalMiB; i++) hash.update(chunk);
  hash.digest();
  const seconds = (nowMs() - t0) / 1000;
  return { mib: totalMiB, seconds: round(seconds), mibPerSecond: round(totalMiB / seconds, 1) };
}

/** Digests per second of many small inputs, the shape of ledger work (a ~300-byte entry, a 65-byte node). */
function smallDigests(algorithm: 'sha256' | 'sm3', bytes: number, count: number) {
  const input = randomBytes(bytes);
  const t0 = nowMs();
  for (let i = 0; i < count; i++) createHash(algorithm).update(input).digest();
  const seconds = (nowMs() - t0) / 1000;
  return { inputBytes: bytes, digests: count, digestsPerSecond: Math.round(count / seconds) };
}

/** `sha256sum` of a temp file written (and fsynced) just before, so it reads from the page cache. */
function sha256sumFile(chunk: Buffer, totalMiB: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-bench-hash-'));
  const file = path.join(dir, 'data.bin');
  try {
    const fd = openSync(file, 'w');
    for (let i = 0; i < totalMiB; i++) writeSync(fd, chunk);
    fsyncSync(fd);
    closeSync(fd);
    const t0 = nowMs();
    const result = spawnSync('sha256sum', [file], { encoding: 'utf8' });
    const seconds = (nowMs() - t0) / 1000;
    if (result.status !== 0) return { skipped: `sha256sum failed: ${result.error?.message ?? result.stderr}` };
    return { mib: totalMiB, seconds: round(seconds), mibPerSecond: round(totalMiB / seconds, 1) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How long one durable write takes on this disk: what every committed transaction pays at least once. */
export function measureFsync(count = 200) {
  const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-bench-fsync-'));
  try {
    const fd = openSync(path.join(dir, 'f'), 'w');
    const page = Buffer.alloc(4096, 1);
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const t0 = nowMs();
      writeSync(fd, page);
      fsyncSync(fd);
      samples.push(nowMs() - t0);
    }
    closeSync(fd);
    return { writes: count, bytesPerWrite: page.length, ...summarise(samples) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchHashing(totalMiB = 256) {
  const chunk = randomBytes(MiB);
  progress(`hashing: SHA-256 and SM3 over ${totalMiB} MiB, sha256sum of a ${totalMiB} MiB file`);
  return {
    sha256: streamThroughput('sha256', chunk, totalMiB),
    sm3: streamThroughput('sm3', chunk, totalMiB),
    sha256sum: sha256sumFile(chunk, totalMiB),
    smallInputs: {
      sha256Entry: smallDigests('sha256', 300, 200_000),
      sm3Entry: smallDigests('sm3', 300, 200_000),
      sha256Node: smallDigests('sha256', 65, 200_000),
      sm3Node: smallDigests('sm3', 65, 200_000),
    },
  };
}
