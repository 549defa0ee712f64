import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../config';
import { createDeps, type Deps } from '../deps';
import { createHttpServer } from '../http/server';
import type { LedgerEntry } from '../ledger/entry';
import { initialiseAgency } from '../modules/organisation/bootstrap.usecases';
import { createTestClock } from './clock';
import { createTestDatabase, type DialectName } from './databases';
import { TestClient } from './http-client';

export const bootstrapPassword = 'Bootstrap-2026';
export const adminPassword = 'Chief-Changed-2026';

/** A log sink: the logger (and its redaction) runs in tests, but its lines are kept for assertions, not printed. */
export function createLogSink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { stream, lines };
}

/**
 * A whole Liuhen over a real database (SQLite in memory or a PostgreSQL schema of its own), with a hand-moved clock,
 * real Argon2id, and the HTTP app driven through `inject`.
 */
export async function createTestApp(dialect: DialectName, settings: Record<string, unknown> = {}) {
  const testDb = await createTestDatabase(dialect);
  const clock = createTestClock();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liuhen-test-'));
  // Tests run under the Hengshan profile unless they choose another (GEN-01); `profile: undefined` leaves it unselected.
  const config = loadConfig({}, { dataDir, logLevel: 'info', profile: 'hengshan', ...settings });
  const deps: Deps = createDeps({ database: testDb.database, config, clock });
  const bootstrap = await initialiseAgency(deps, {
    agencyName: '测试市人力资源和社会保障局',
    adminPassword: bootstrapPassword,
  });
  const logs = createLogSink();
  const app = await createHttpServer(deps, { logLevel: 'info', logStream: logs.stream });
  const client = () => new TestClient(app);

  /** Logs in as the bootstrap administrator and does the forced password change. */
  async function admin(): Promise<TestClient> {
    const c = client();
    const first = await c.login('admin', bootstrapPassword);
    if (first.status === 200) {
      const changed = await c.post('/api/auth/password', {
        currentPassword: bootstrapPassword,
        newPassword: adminPassword,
      });
      if (changed.status !== 200) throw new Error(`password change failed: ${JSON.stringify(changed.body)}`);
      return c;
    }
    const again = await c.login('admin', adminPassword);
    if (again.status !== 200) throw new Error(`admin login failed: ${JSON.stringify(again.body)}`);
    return c;
  }

  /** Creates a user through the API (as admin) and returns a logged-in client that has changed its password. */
  async function userClient(input: {
    username: string;
    roles: string[];
    unitId?: string | null;
    displayName?: string;
  }) {
    const a = await admin();
    const created = await a.post('/api/users', {
      username: input.username,
      displayName: input.displayName ?? input.username,
      roles: input.roles,
      unitId: input.unitId ?? null,
      password: 'Initial-Pass-1',
    });
    if (created.status !== 200) throw new Error(`user creation failed: ${JSON.stringify(created.body)}`);
    const c = client();
    await c.login(input.username, 'Initial-Pass-1');
    const changed = await c.post('/api/auth/password', {
      currentPassword: 'Initial-Pass-1',
      newPassword: 'Own-Password-9',
    });
    if (changed.status !== 200) throw new Error(`password change failed: ${JSON.stringify(changed.body)}`);
    return { client: c, user: created.body.user as { id: string; username: string } };
  }

  /** The agency's ledger entries in order, with the entry's fields spelled out for assertions. */
  async function trail(action?: string) {
    let query = testDb.database.db.selectFrom('ledger_entries').selectAll().orderBy('seq');
    if (action) query = query.where('action', '=', action);
    const rows = await query.execute();
    return rows.map((row) => {
      const entry = JSON.parse(row.entry) as LedgerEntry;
      return {
        seq: Number(row.seq),
        entry,
        action: entry.action,
        subject_type: entry.subject.type,
        subject_id: entry.subject.id,
        actor_user_id: entry.actor?.userId ?? null,
        actor_username: entry.actor?.username ?? null,
        actor_roles: entry.actor ? JSON.stringify(entry.actor.roles) : null,
        summary: JSON.stringify(entry.summary),
      };
    });
  }

  return {
    app,
    deps,
    clock,
    db: testDb.database.db,
    agencyId: bootstrap.agencyId,
    logs,
    dataDir,
    database: testDb.database,
    client,
    admin,
    userClient,
    trail,
    async close() {
      await app.close();
      await testDb.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
