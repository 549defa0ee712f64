import pg from 'pg';
import type { TestProject } from 'vitest/node';

// Module augmentation needs an interface: a type alias cannot merge with vitest's declaration.
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** The PostgreSQL server for database tests, or null when none answers (skipped unless CI=true). */
    postgresUrl: string | null;
  }
}

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

/** Checks once per run whether PostgreSQL is there. With CI=true it must be; locally its absence skips, said once. */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.LIUHEN_TEST_DATABASE_URL ?? defaultPostgresUrl;
  const ok = await answers(url);
  if (!ok && process.env.CI === 'true') {
    throw new Error(`PostgreSQL is required with CI=true but does not answer at ${url}`);
  }
  if (!ok) console.warn(`[liuhen] PostgreSQL does not answer at ${url}: PostgreSQL database tests are skipped.`);
  project.provide('postgresUrl', ok ? url : null);
}
