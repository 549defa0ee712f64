import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import type { TestClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('users over HTTP', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let unitA: string;
  let unitB: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
    unitA = (await admin.post('/api/units', { name: '监察一科', kind: 'enforcementSection' })).body.id;
    unitB = (await admin.post('/api/units', { name: '监察二科', kind: 'enforcementSection' })).body.id;
  });
  afterEach(async () => {
    await t.close();
  });

  it('creates a user with a generated one-time password that must be changed at first login', async () => {
    const res = await admin.post('/api/users', {
      username: 'Zhang.San',
      displayName: '张三',
      roles: ['officer'],
      unitId: unitA,
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      username: 'zhang.san',
      roles: ['officer'],
      unitName: '监察一科',
      mustChangePassword: true,
    });
    expect(res.body.initialPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    const c = t.client();
    expect((await c.login('ZHANG.SAN', res.body.initialPassword)).body.user.mustChangePassword).toBe(true);
    const entry = (await t.trail('user.created'))[0]!;
    expect(JSON.parse(entry.summary)).toEqual({
      username: 'zhang.san',
      displayName: '张三',
      roles: ['officer'],
      unitId: unitA,
    });
    expect(entry.summary).not.toContain(res.body.initialPassword);
  });

  it('refuses a duplicate username (case-insensitively) and stores nothing', async () => {
    await admin.post('/api/users', { username: 'li.si', displayName: '李四', roles: ['auditor'] });
    const dup = await admin.post('/api/users', { username: 'LI.SI', displayName: '李四二', roles: ['auditor'] });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'user.username_taken', message: '用户名已被使用：li.si' });
    expect((await admin.get('/api/users?q=li')).body.items).toHaveLength(1);
    expect(await t.trail('user.created')).toHaveLength(1);
  });

  it('refuses bad user input with a clear error: username, roles, unit', async () => {
    const cases: [unknown, string][] = [
      [{ username: '张三', displayName: '张三', roles: ['auditor'] }, 'user.username_invalid'],
      [{ username: 'ab', displayName: '张三', roles: ['auditor'] }, 'user.username_invalid'],
      [{ username: 'zhang', displayName: '张三', roles: [] }, 'request.invalid'],
      [{ username: 'zhang', displayName: '张三', roles: ['sheriff'] }, 'request.invalid'],
      [{ username: 'zhang', displayName: '张三', roles: ['officer'] }, 'user.unit_required'],
      [{ username: 'zhang', displayName: '张三', roles: ['officer'], unitId: 'no-such-unit' }, 'unit.not_found'],
      [{ username: 'zhang', displayName: '张三', roles: ['auditor'], password: 'weak' }, 'password.too_weak'],
      [{ username: 'zhang', displayName: '张三', roles: ['auditor'], admin: true }, 'request.invalid'],
      [{ username: 'zhang', displayName: 42, roles: ['auditor'] }, 'request.invalid'],
    ];
    for (const [body, code] of cases) {
      const res = await admin.post('/api/users', body);
      expect(res.body.error?.code, JSON.stringify(body)).toBe(code);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await admin.get('/api/users')).body.items.map((u: { username: string }) => u.username)).toEqual(['admin']);
  });

  it('scopes the user list: officers and unit heads see their unit, auditors the agency', async () => {
    await admin.post('/api/users', { username: 'b.officer', displayName: '乙', roles: ['officer'], unitId: unitB });
    const { client: officer } = await t.userClient({ username: 'a.officer', roles: ['officer'], unitId: unitA });
    const { client: auditor } = await t.userClient({ username: 'auditor1', roles: ['auditor'] });
    const seenByOfficer = (await officer.get('/api/users')).body.items.map((u: { username: string }) => u.username);
    expect(seenByOfficer).toEqual(['a.officer']);
    const other = (await admin.get('/api/users?q=b.officer')).body.items[0];
    expect((await officer.get(`/api/users/${other.id}`)).status).toBe(403);
    const seenByAuditor = (await auditor.get('/api/users')).body.items.map((u: { username: string }) => u.username);
    expect(seenByAuditor).toEqual(['a.officer', 'admin', 'auditor1', 'b.officer']);
    expect((await auditor.post('/api/users', { username: 'x.y', displayName: 'x', roles: ['auditor'] })).status).toBe(
      403,
    );
    expect((await admin.get(`/api/users?unitId=${unitB}`)).body.items).toHaveLength(1);
    expect((await admin.get('/api/users?role=auditor')).body.items).toHaveLength(1);
  });

  it('disables a user: their open session stops working at once, and they cannot log in', async () => {
    const { client: officer, user } = await t.userClient({ username: 'zhao.liu', roles: ['officer'], unitId: unitA });
    expect((await officer.get('/api/units')).status).toBe(200);
    const res = await admin.post(`/api/users/${user.id}/disable`);
    expect(res.body.status).toBe('disabled');
    const old = await officer.get('/api/units');
    expect(old.status).toBe(401);
    expect(old.body.error.code).toBe('auth.session_expired');
    expect((await t.client().login('zhao.liu', 'Own-Password-9')).body.error.code).toBe('auth.account_disabled');
    expect((await admin.post(`/api/users/${user.id}/enable`)).body.status).toBe('active');
    expect((await t.client().login('zhao.liu', 'Own-Password-9')).status).toBe(200);
  });

  it('never leaves the agency without an active administrator', async () => {
    const me = (await admin.get('/api/auth/session')).body.user;
    expect((await admin.post(`/api/users/${me.id}/disable`)).body.error.code).toBe('user.cannot_disable_self');
    expect((await admin.patch(`/api/users/${me.id}`, { roles: ['auditor'] })).body.error.code).toBe('user.last_admin');
    await admin.post('/api/users', { username: 'second.admin', displayName: '副管理员', roles: ['admin'] });
    expect((await admin.patch(`/api/users/${me.id}`, { roles: ['admin', 'auditor'] })).status).toBe(200);
  });

  it('resets a password: the user is unlocked, logged out everywhere, and must change it again', async () => {
    const { client: officer, user } = await t.userClient({ username: 'qian.qi', roles: ['officer'], unitId: unitA });
    for (let i = 0; i < 5; i++) await t.client().login('qian.qi', `Wrong-pass-${i}`);
    expect((await t.client().login('qian.qi', 'Own-Password-9')).body.error.code).toBe('auth.account_locked');
    const reset = await admin.post(`/api/users/${user.id}/reset-password`, {});
    expect(reset.body.temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    expect((await officer.get('/api/units')).status).toBe(401);
    const again = await t.client().login('qian.qi', reset.body.temporaryPassword);
    expect(again.body.user.mustChangePassword).toBe(true);
  });

  it('moves a user to another unit and records before and after', async () => {
    const created = await admin.post('/api/users', {
      username: 'sun.ba',
      displayName: '孙八',
      roles: ['officer'],
      unitId: unitA,
    });
    const res = await admin.patch(`/api/users/${created.body.user.id}`, {
      unitId: unitB,
      roles: ['officer', 'unitHead'],
    });
    expect(res.body).toMatchObject({ unitId: unitB, unitName: '监察二科', roles: ['officer', 'unitHead'] });
    const entry = (await t.trail('user.updated'))[0]!;
    expect(JSON.parse(entry.summary)).toMatchObject({ before: { unitId: unitA }, after: { unitId: unitB } });
  });
});
