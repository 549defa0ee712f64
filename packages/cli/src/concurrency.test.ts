import { loadConfig, openLiuhen, readLocalVerifierKey, verifyLedger } from '@liuhen/server';
import { afterEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../server/src/test/databases';
import { useCliEnvironment } from './testing/environment';
import { type Running, serve, stop } from './testing/processes';

/** A logged-in HTTP session against one server process. */
async function session(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = /liuhen_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

async function post(url: string, auth: { cookie: string; csrf: string }, route: string, body: unknown) {
  const res = await fetch(`${url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describeEachDatabase('two server processes appending at once', (dialect) => {
  const environment = useCliEnvironment(dialect, {
    LIUHEN_ADMIN_PASSWORD: 'Bootstrap-Pass-1',
    LIUHEN_CHECKPOINT_EVERY_ENTRIES: '16',
  });
  const running: Running[] = [];
  afterEach(async () => {
    for (const r of running.splice(0)) await stop(r);
  });

  it(
    'keeps one gap-free sequence and a valid, signed tree under 120 simultaneous acts',
    { timeout: 120_000 },
    async () => {
      const first = await serve(environment.env);
      running.push(first);
      const second = await serve(environment.env);
      running.push(second);
      const bootstrap = await session(first.url, 'admin', 'Bootstrap-Pass-1');
      await post(first.url, bootstrap, '/api/auth/password', {
        currentPassword: 'Bootstrap-Pass-1',
        newPassword: 'Chief-Pass-2026',
      });
      const auths = [
        await session(first.url, 'admin', 'Chief-Pass-2026'),
        await session(second.url, 'admin', 'Chief-Pass-2026'),
      ];
      const servers = [first.url, second.url];

      const results = await Promise.all(
        Array.from({ length: 120 }, (_, i) =>
          post(servers[i % 2]!, auths[i % 2]!, '/api/units', { name: `并发科室${i}`, kind: 'enforcementSection' }),
        ),
      );
      expect(results.filter((r) => r.status !== 200)).toEqual([]);

      await stop(first);
      await stop(second);
      running.splice(0);
      const liuhen = await openLiuhen(loadConfig());
      try {
        const agency = await liuhen.database.db.selectFrom('agencies').select('id').executeTakeFirstOrThrow();
        const rows = await liuhen.database.db.selectFrom('ledger_entries').select('seq').orderBy('seq').execute();
        expect(rows.map((r) => Number(r.seq))).toEqual([...rows.keys()]);
        const created = await liuhen.database.db
          .selectFrom('ledger_entries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', 'unit.created')
          .executeTakeFirstOrThrow();
        expect(Number(created.n)).toBe(120);
        const report = await verifyLedger(liuhen.database.db, {
          agencyId: agency.id,
          trustedVerifierKeys: [readLocalVerifierKey(environment.dir, agency.id)!],
          blobs: liuhen.deps.blobs,
        });
        expect(report).toMatchObject({ ok: true, problem: null, entries: rows.length });
        expect(report.checkpointsVerified).toBe(Math.floor(rows.length / 16));
      } finally {
        await liuhen.close();
      }
    },
  );
});
