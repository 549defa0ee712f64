import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

// Module augmentation needs an interface: a type alias cannot merge with vitest's declaration.
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** The PostgreSQL server for database tests, or null when none answers (skipped unless CI=true). */
    postgresUrl: string | null;
    /** The S3 endpoint of the OpenStack Swift started for this run, or null when Swift is not installed. */
    s3Endpoint: string | null;
  }
}

const run = promisify(execFile);

export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/test';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A test schema younger than this is never dropped by another run: its process may live in another PID namespace. */
const staleAfterMs = 6 * 3_600_000;

/**
 * Drops the schemas of test runs that were killed before they could clean up (`liuhen_test_<pid>_…` and
 * `liuhen_e2e_<pid>_…`, whose process is gone and which were created more than six hours ago, as their comment says).
 * A run still going keeps its schemas, even when it runs in another container sharing the database server.
 */
async function dropStaleSchemas(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; note: string | null }>(
      `select nspname as name, obj_description(oid, 'pg_namespace') as note from pg_namespace
       where nspname ~ '^liuhen_(test|e2e)_[0-9]+_[0-9a-f]+$'`,
    );
    for (const { name, note } of rows) {
      const pid = Number(name.split('_')[2]);
      const createdAt = Number(/^liuhen test (\d+)$/.exec(note ?? '')?.[1] ?? 0);
      if (!isAlive(pid) && Date.now() - createdAt > staleAfterMs) {
        await client.query(`drop schema if exists ${name} cascade`);
      }
    }
  } finally {
    await client.end();
  }
}

/** Checks once per run whether PostgreSQL is there. With CI=true it must be; locally its absence skips, said once. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.LIUHEN_TEST_DATABASE_URL ?? defaultPostgresUrl;
  const ok = await answers(url);
  if (!ok && process.env.CI === 'true') {
    throw new Error(`PostgreSQL is required with CI=true but does not answer at ${url}`);
  }
  if (!ok) console.warn(`[liuhen] PostgreSQL does not answer at ${url}: PostgreSQL database tests are skipped.`);
  if (ok) await dropStaleSchemas(url);
  project.provide('postgresUrl', ok ? url : null);
  project.provide('s3Endpoint', await startSwift());
  return stopSwift;
}

const swiftBase = path.join(tmpdir(), `liuhen-swift-${process.pid}`);
// Ports PORT..PORT+13 per run, spread by process id so that two runs (or a leftover) do not collide.
const swiftPort = 30000 + (process.pid % 1000) * 20;
const scripts = fileURLToPath(new URL('../../../../scripts/', import.meta.url));

/** A real S3-compatible store for the S3 blob driver: OpenStack Swift with s3api on 127.0.0.1 (scripts/swift-s3-up.sh). */
async function startSwift(): Promise<string | null> {
  if (!existsSync('/usr/bin/swift-proxy-server')) {
    if (process.env.CI === 'true')
      throw new Error('OpenStack Swift is required with CI=true (apt-get install swift swift-proxy …)');
    console.warn('[liuhen] OpenStack Swift is not installed: S3 blob store tests are skipped.');
    return null;
  }
  await run('bash', [path.join(scripts, 'swift-s3-up.sh'), swiftBase, String(swiftPort)]);
  return `http://127.0.0.1:${swiftPort}`;
}

/** Stops Swift and removes its data. */
async function stopSwift(): Promise<void> {
  if (!existsSync(swiftBase)) return;
  await run('bash', [path.join(scripts, 'swift-s3-down.sh'), swiftBase]).catch(() => {});
  rmSync(swiftBase, { recursive: true, force: true });
}
