import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import {
  createTestDatabase,
  type DialectName,
  type TestDatabase,
  withSearchPath,
} from '../../../server/src/test/databases';

/**
 * Gives each test a fresh data directory and, on PostgreSQL, a schema of its own, as the LIUHEN_* settings a
 * spawned process takes (`env`) and that in-process commands read from `process.env`. Register it first, so its
 * clean-up runs after the test's own (vitest runs after-hooks in reverse).
 */
export function useCliEnvironment(dialect: DialectName, extra: NodeJS.ProcessEnv = {}) {
  const state = { dir: '', env: {} as NodeJS.ProcessEnv };
  let pg: TestDatabase | null = null;
  beforeEach(async () => {
    state.dir = mkdtempSync(path.join(tmpdir(), 'liuhen-cli-'));
    pg = dialect === 'postgres' ? await createTestDatabase('postgres', { migrate: false }) : null;
    const url = pg ? withSearchPath(pg.url!, pg.schema!) : '';
    state.env = { LIUHEN_DATA_DIR: state.dir, LIUHEN_DATABASE_URL: url, LIUHEN_ADMIN_PASSWORD: '', ...extra };
    for (const [key, value] of Object.entries(state.env)) {
      if (value) process.env[key] = value;
      else delete process.env[key];
    }
  });
  afterEach(async () => {
    for (const key of Object.keys(state.env)) delete process.env[key];
    rmSync(state.dir, { recursive: true, force: true });
    await pg?.drop();
    pg = null;
  });
  return state;
}
