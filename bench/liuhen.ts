import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { benchActor } from './acts';
import { type Config, loadConfig } from '../packages/server/src/config';
import { initialise, type Liuhen, openLiuhen } from '../packages/server/src/main';
import type { RequestContext } from '../packages/server/src/uow';

export type DialectName = 'sqlite' | 'postgres';

export const postgresUrl = process.env.LIUHEN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A Liuhen opened exactly as `liuhen serve` opens it, initialised, on a scratch database removed by `dispose`.
 * `liuhen` may be closed and replaced by `openLiuhen(config)` (to write the file behind its back in between).
 */
export type BenchLiuhen = {
  liuhen: Liuhen;
  config: Config;
  ctx: RequestContext;
  dataDir: string;
  dispose(): Promise<void>;
};

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function postgresAvailable(): Promise<boolean> {
  try {
    await withClient(postgresUrl, (c) => c.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

/**
 * SQLite: a file in a temp data directory (WAL, synchronous=FULL, as in production).
 * PostgreSQL: a schema of its own, reached through the connection's search_path, dropped afterwards.
 */
export async function openBenchLiuhen(dialect: DialectName): Promise<BenchLiuhen> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liuhen-bench-'));
  let databaseUrl: string | undefined;
  let schema: string | null = null;
  if (dialect === 'postgres') {
    schema = `liuhen_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withClient(postgresUrl, (c) => c.query(`create schema ${schema}`));
    const url = new URL(postgresUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = url.toString();
  }
  const config = loadConfig({}, { dataDir, databaseUrl, logLevel: 'silent', adminPassword: 'Bench-Chief-2026' });
  const removeScratch = async () => {
    if (schema) await withClient(postgresUrl, (c) => c.query(`drop schema if exists ${schema} cascade`));
    rmSync(dataDir, { recursive: true, force: true });
  };
  let liuhen: Liuhen | null = null;
  let agencyId: string;
  try {
    liuhen = await openLiuhen(config);
    agencyId = (await initialise(liuhen)).agencyId;
  } catch (error) {
    await liuhen?.close();
    await removeScratch();
    throw error;
  }
  const ctx: RequestContext = {
    actor: { ...benchActor, roles: ['admin'], agencyId },
    agencyId,
    requestId: null,
  };
  const bench: BenchLiuhen = {
    liuhen,
    config,
    ctx,
    dataDir,
    async dispose() {
      // The Liuhen may already be closed when a benchmark failed while it had the file to itself.
      await bench.liuhen.close().catch(() => undefined);
      await removeScratch();
    },
  };
  return bench;
}
