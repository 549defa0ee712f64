import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { adminPassword, bootstrapPassword, createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('authentication over HTTP', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('answers health without a session, naming the database', async () => {
    const res = await t.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', version: expect.any(String), database: dialect });
  });

  it('logs the bootstrap admin in with an httpOnly SameSite cookie and demands a password change first', async () => {
    const c = t.client();
    const res = await c.login('admin', bootstrapPassword);
    expect(res.status).toBe(200);
    expect(res.body.user.mustChangePassword).toBe(true);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const blocked = await c.get('/api/units');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('auth.password_change_required');
    expect((await c.get('/api/auth/session')).status).toBe(200);
  });

  it('changes the password, ends other sessions, and opens the rest of the API', async () => {
    const other = t.client();
    await other.login('admin', bootstrapPassword);
    const c = t.client();
    await c.login('admin', bootstrapPassword);
    const weak = await c.post('/api/auth/password', { currentPassword: bootstrapPassword, newPassword: 'short1' });
    expect(weak.body.error.code).toBe('password.too_weak');
    const wrong = await c.post('/api/auth/password', { currentPassword: 'not-it-123', newPassword: adminPassword });
    expect(wrong.body.error.code).toBe('auth.wrong_current_password');
    const ok = await c.post('/api/auth/password', { currentPassword: bootstrapPassword, newPassword: adminPassword });
    expect(ok.status).toBe(200);
    expect(ok.body.user.mustChangePassword).toBe(false);
    expect((await c.get('/api/units')).status).toBe(200);
    expect((await other.get('/api/auth/session')).body.error.code).toBe('auth.session_expired');
    expect((await t.client().login('admin', bootstrapPassword)).status).toBe(401);
    expect(await t.trail('user.password_changed')).toHaveLength(1);
  });

  it('refuses a wrong password and an unknown user with the same error, and records the failure', async () => {
    const wrong = await t.client().login('admin', 'Wrong-Password-1');
    const unknown = await t.client().login('nobody', 'Wrong-Password-1');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 'auth.invalid_credentials', message: '用户名或密码错误' });
    expect(unknown.body.error.code).toBe('auth.invalid_credentials');
    const failures = await t.trail('user.login_failed');
    expect(failures).toHaveLength(1);
    expect(JSON.parse(failures[0]!.summary)).toEqual({ username: 'admin', reason: 'wrong_password' });
  });

  it('locks an account after five failures in a row, even for the right password, until the lock expires', async () => {
    for (let i = 0; i < 4; i++) expect((await t.client().login('admin', `Wrong-${i}-password`)).status).toBe(401);
    const fifth = await t.client().login('admin', 'Wrong-5-password');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.code).toBe('auth.account_locked');
    expect(fifth.body.error.message).toContain('账号已锁定');
    expect((await t.client().login('admin', bootstrapPassword)).body.error.code).toBe('auth.account_locked');
    expect(await t.trail('user.locked')).toHaveLength(1);
    t.clock.advance(15 * 60_000 + 1000);
    expect((await t.client().login('admin', bootstrapPassword)).status).toBe(200);
  });

  it('ends a session after the idle timeout and after the absolute lifetime', async () => {
    const c = await t.admin();
    t.clock.advance(29 * 60_000);
    expect((await c.get('/api/units')).status).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await c.get('/api/units')).status).toBe(200);
    t.clock.advance(31 * 60_000);
    const idle = await c.get('/api/units');
    expect(idle.status).toBe(401);
    expect(idle.body.error.code).toBe('auth.session_expired');

    const d = await t.admin();
    for (let hour = 0; hour < 12; hour++) {
      t.clock.advance(20 * 60_000);
      await d.get('/api/units');
      t.clock.advance(20 * 60_000);
      await d.get('/api/units');
      t.clock.advance(20 * 60_000);
      await d.get('/api/units');
    }
    expect((await d.get('/api/units')).body.error.code).toBe('auth.session_expired');
  });

  it('refuses a state change without the CSRF token, or with another session’s token', async () => {
    const c = await t.admin();
    const noToken = await c.request(
      'POST',
      '/api/units',
      { name: '劳动监察科', kind: 'enforcementSection' },
      {
        'x-csrf-token': '',
      },
    );
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('auth.csrf_failed');
    const other = await t.admin();
    const foreign = await c.request(
      'POST',
      '/api/units',
      { name: '劳动监察科', kind: 'enforcementSection' },
      {
        'x-csrf-token': other.csrfToken!,
      },
    );
    expect(foreign.body.error.code).toBe('auth.csrf_failed');
    expect((await c.get('/api/units')).body.items).toHaveLength(0);
  });

  it('refuses a login posted from another origin', async () => {
    const res = await t.client().request(
      'POST',
      '/api/auth/login',
      { username: 'admin', password: bootstrapPassword },
      {
        origin: 'https://evil.example',
        host: 'localhost:8080',
      },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('auth.csrf_failed');
  });

  it('logs out: the cookie is cleared and the old token no longer works', async () => {
    const c = await t.admin();
    const token = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect(c.cookie).toBeNull();
    c.cookie = token;
    expect((await c.get('/api/units')).status).toBe(401);
    expect(await t.trail('user.logged_out')).toHaveLength(1);
  });

  it('requires a session for the API but not for the docs', async () => {
    expect((await t.client().get('/api/units')).body.error.code).toBe('auth.required');
    expect((await t.client().get('/api/docs')).status).toBe(200);
    const spec = await t.client().get('/api/openapi.json');
    expect(spec.status).toBe(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users', '/api/units']),
    );
  });

  it('keeps passwords and session tokens out of the logs', async () => {
    const c = await t.admin();
    await c.get('/api/units');
    const log = t.logs.lines.join('\n');
    expect(log).toContain('request completed');
    expect(log).not.toContain(bootstrapPassword);
    expect(log).not.toContain(adminPassword);
    expect(log).not.toContain(c.cookie!);
    expect(log).not.toContain(c.csrfToken!);
  });
});
