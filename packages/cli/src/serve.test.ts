import { afterEach, expect, it } from 'vitest';
import { login, type Running, runCli, serve, stop } from './testing/processes';
import { describeEachDatabase } from '../../server/src/test/databases';
import { useCliEnvironment } from './testing/environment';

describeEachDatabase('liuhen serve, as a process', (dialect) => {
  const environment = useCliEnvironment(dialect);
  const running: Running[] = [];
  afterEach(async () => {
    for (const r of running.splice(0)) await stop(r);
  });

  it('initialises on first start, prints the one-time password once, and serves health and the web UI', async () => {
    const first = await serve(environment.env);
    running.push(first);
    const password = /One-time password:\s+(\S+)/.exec(first.output())?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{14}$/);
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: dialect });
    const page = await fetch(`${first.url}/admin/users`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="zh-CN"');
    expect((await login(first.url, 'admin', password!)).status).toBe(200);
    expect(await stop(first)).toBe(0);
    running.pop();

    const second = await serve(environment.env);
    running.push(second);
    expect(second.output()).not.toMatch(/One-time password/);
    expect((await login(second.url, 'admin', password!)).status).toBe(200);
  });

  it('lets the CLI add a user while the server runs on the same data, and the server sees them at once', async () => {
    const server = await serve({ ...environment.env, LIUHEN_ADMIN_PASSWORD: 'Bootstrap-Pass-1' });
    running.push(server);
    const added = await runCli(
      environment.env,
      'user',
      'add',
      'field.officer',
      '--name',
      '外勤',
      '--role',
      'auditor',
      '--password',
      'Given-Pass-123',
    );
    expect(added.out).toContain('已创建用户 Created user: field.officer');
    expect(added.code).toBe(0);
    const res = await login(server.url, 'field.officer', 'Given-Pass-123');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
  });
});

it('prints help in Chinese and English', async () => {
  const { code, out } = await runCli({}, '--help');
  expect(code).toBe(0);
  expect(out).toContain('启动服务');
  expect(out).toContain('start the server');
  expect(out).toContain('LIUHEN_DATABASE_URL');
  const sub = await runCli({}, 'user', 'add', '--help');
  expect(sub.out).toContain('--role <role>');
  expect(sub.out).toContain('执法人员');
});
