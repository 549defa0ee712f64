import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../server/src/test/databases';
import { useCliEnvironment } from './testing/environment';
import { runCommand as run } from './testing/in-process';

describeEachDatabase('the liuhen CLI, in process', (dialect) => {
  useCliEnvironment(dialect);

  it('init prints the one-time admin password once; a second init changes nothing', async () => {
    const first = await run('init');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/一次性密码 One-time password:\s+[A-Za-z0-9]{14}/);
    const second = await run('init');
    expect(second.code).toBe(0);
    expect(second.out).toContain('已初始化');
    expect(second.out).not.toMatch(/One-time password/);
  });

  it('init takes LIUHEN_ADMIN_PASSWORD, and refuses a weak one naming the setting', async () => {
    process.env.LIUHEN_ADMIN_PASSWORD = 'short';
    const weak = await run('init');
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('LIUHEN_ADMIN_PASSWORD');
    process.env.LIUHEN_ADMIN_PASSWORD = 'Bootstrap-Pass-1';
    const ok = await run('init');
    expect(ok.out).toContain('LIUHEN_ADMIN_PASSWORD');
    expect(ok.out).not.toContain('Bootstrap-Pass-1');
  });

  it('adds users with roles by code or Chinese name, lists them, and refuses duplicates in zh-CN and English', async () => {
    await run('init');
    const added = await run(
      'user',
      'add',
      'Wang.Fang',
      '--name',
      '王芳',
      '--role',
      '法制机构人员',
      '--role',
      'auditor',
    );
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/初始密码 Initial password: [A-Za-z0-9]{14}/);
    const dup = await run(
      'user',
      'add',
      'wang.fang',
      '--name',
      '王芳',
      '--role',
      'auditor',
      '--password',
      'Given-Pass-123',
    );
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('错误 [user.username_taken]：用户名已被使用：wang.fang');
    expect(dup.err).toContain('Error [user.username_taken]');
    const list = await run('user', 'list', '--json');
    const users = JSON.parse(list.out) as { username: string; roles: string[] }[];
    expect(users.map((u) => [u.username, u.roles])).toEqual([
      ['admin', ['admin']],
      ['wang.fang', ['legalAffairs', 'auditor']],
    ]);
    const table = await run('user', 'list');
    expect(table.out).toContain('王芳');
    expect(table.out).toContain('法制机构人员,审计员（只读）');
  });

  it('refuses an unknown role or unit, and an officer without a unit', async () => {
    await run('init');
    expect((await run('user', 'add', 'a.b', '--name', '甲', '--role', 'sheriff')).err).toContain('user.role_unknown');
    expect((await run('user', 'add', 'a.b', '--name', '甲', '--role', 'officer', '--unit', '无此科')).err).toContain(
      'unit.not_found',
    );
    expect((await run('user', 'add', 'a.b', '--name', '甲', '--role', 'officer')).err).toContain('user.unit_required');
    const list = JSON.parse((await run('user', 'list', '--json')).out) as unknown[];
    expect(list).toHaveLength(1);
  });

  it('disables, enables and resets passwords by username', async () => {
    await run('init');
    await run('user', 'add', 'li.na', '--name', '李娜', '--role', 'auditor', '--password', 'Given-Pass-123');
    expect((await run('user', 'disable', 'li.na')).out).toContain('已停用 Disabled: li.na');
    let users = JSON.parse((await run('user', 'list', '--json')).out) as { username: string; status: string }[];
    expect(users.find((u) => u.username === 'li.na')?.status).toBe('disabled');
    await run('user', 'enable', 'li.na');
    users = JSON.parse((await run('user', 'list', '--json')).out);
    expect(users.find((u) => u.username === 'li.na')?.status).toBe('active');
    const reset = await run('user', 'reset-password', 'li.na');
    expect(reset.out).toMatch(/临时密码 Temporary password: [A-Za-z0-9]{14}/);
    expect((await run('user', 'disable', 'nobody')).err).toContain('user.not_found');
  });

  it('GEN-07: adds units by kind, requiring the legal basis of an entrusted institution, and places officers in them', async () => {
    await run('init');
    const refused = await run('unit', 'add', '社保中心', '--kind', '受委托组织');
    expect(refused.err).toContain('unit.entrustment_basis_required');
    expect(
      (await run('unit', 'add', '社保中心', '--kind', '受委托组织', '--legal-basis', '委托书〔2026〕1号')).code,
    ).toBe(0);
    expect((await run('unit', 'add', '监察大队', '--kind', 'enforcementSection')).code).toBe(0);
    expect((await run('unit', 'add', '监察大队', '--kind', 'castle')).err).toContain('request.invalid');
    const added = await run('user', 'add', 'zhou.li', '--name', '周丽', '--role', 'officer', '--unit', '监察大队');
    expect(added.code).toBe(0);
    const units = JSON.parse((await run('unit', 'list', '--json')).out) as { name: string; userCount: number }[];
    expect(units.map((u) => [u.name, u.userCount])).toEqual([
      ['社保中心', 0],
      ['监察大队', 1],
    ]);
  });

  it('refuses user commands before init with a hint to run init', async () => {
    const res = await run('user', 'list');
    expect(res.code).toBe(1);
    expect(res.err).toContain('liuhen init');
  });
});
