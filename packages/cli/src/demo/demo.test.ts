import { caseSources, type CaseStage, caseStages } from '@liuhen/domain';
import { loadConfig, openLiuhen } from '@liuhen/server';
import { expect, it } from 'vitest';
import { authenticate, login } from '../../../server/src/modules/auth/auth.usecases';
import { describeEachDatabase } from '../../../server/src/test/databases';
import { useCliEnvironment } from '../testing/environment';
import { runCommand as run } from '../testing/in-process';
import { demoCases, demoPeople } from './demo-data';
import { getWorkbench } from './server-use-cases';

/** The accounts table the demo prints: username → password. */
function printedPasswords(out: string): Map<string, string> {
  const passwords = new Map<string, string>();
  for (const match of out.matchAll(/^ {2}([a-z]+) .* ([A-Za-z0-9]{14})$/gm)) passwords.set(match[1]!, match[2]!);
  return passwords;
}

async function snapshot() {
  const liuhen = await openLiuhen(loadConfig());
  try {
    const db = liuhen.database.db;
    const cases = await db.selectFrom('cases').select(['number', 'source', 'stage']).orderBy('number').execute();
    const users = await db.selectFrom('users').select(['username', 'roles', 'must_change_password']).execute();
    const entries = await db.selectFrom('ledger_entries').select('seq').execute();
    return { cases, users, entries: entries.length };
  } finally {
    await liuhen.close();
  }
}

describeEachDatabase('liuhen demo', (dialect) => {
  useCliEnvironment(dialect);

  it('loads the demonstration agency: every stage and source, accounts that log in, a ledger that verifies', async () => {
    const res = await run('demo');
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    expect(res.out).toContain('示例市人力资源和社会保障局');
    expect(res.out).toMatch(/首次登录时都必须修改密码/);
    expect(res.out).toMatch(/must change its password at first login/);
    expect(res.out.match(/^ {2}\[\d\d\/\d\d\] /gm)).toHaveLength(demoCases.length);

    const { cases, users } = await snapshot();
    expect(cases).toHaveLength(demoCases.length);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(cases[0]!.number).toBe('示人社〔2026〕001号');
    expect(new Set(cases.map((c) => c.source))).toEqual(new Set(caseSources));
    const planned = new Set<CaseStage>(demoCases.map((c) => c.stage));
    expect(planned).toEqual(new Set(caseStages));
    expect(new Set(cases.map((c) => c.stage))).toEqual(planned);
    expect(cases.map((c) => c.stage)).toEqual(demoCases.map((c) => c.stage));

    // Every person of the plan exists with their role, keeps the forced change at first login, and logs in.
    const passwords = printedPasswords(res.out);
    expect([...passwords.keys()].sort()).toEqual(['admin', ...Object.keys(demoPeople)].sort());
    for (const person of Object.values(demoPeople)) {
      const user = users.find((u) => u.username === person.username);
      expect(JSON.parse(user!.roles)).toEqual([person.role]);
      expect(user!.must_change_password).toBe(1);
    }
    const liuhen = await openLiuhen(loadConfig());
    try {
      for (const [username, password] of passwords) {
        const session = await login(liuhen.deps, { username, password, requestId: null });
        expect(session.session.user.mustChangePassword).toBe(true);
        if (username === 'liuyang' || username === 'zhaomin' || username === 'sunqiang') {
          const { actor } = await authenticate(liuhen.deps, session.token);
          const workbench = await getWorkbench(liuhen.deps, actor);
          expect(workbench.pendingApprovals.length, username).toBe(1);
        }
      }
    } finally {
      await liuhen.close();
    }

    const verified = await run('verify');
    expect(verified.code, verified.err).toBe(0);
  });

  it('refuses a second run and changes nothing', async () => {
    expect((await run('demo')).code).toBe(0);
    const before = await snapshot();
    const again = await run('demo');
    expect(again.code).toBe(1);
    expect(again.err).toContain('演示数据只载入空的数据目录或空数据库');
    expect(again.err).toContain('The demo loads only into an empty data directory or empty database');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses where init has already created an agency', async () => {
    expect((await run('init')).code).toBe(0);
    const before = await snapshot();
    const res = await run('demo');
    expect(res.code).toBe(1);
    expect(res.err).toContain('nothing was changed');
    expect(await snapshot()).toEqual(before);
  });
});
