import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import type { TestClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('units (GEN-07) over HTTP', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
  });
  afterEach(async () => {
    await t.close();
  });

  it('creates sections, the legal-affairs unit and the archive room, and lists them with user counts', async () => {
    for (const [name, kind] of [
      ['劳动保障监察科', 'enforcementSection'],
      ['法制股', 'legalAffairsUnit'],
      ['档案室', 'archiveRoom'],
    ]) {
      const res = await admin.post('/api/units', { name, kind });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name, kind, legalBasis: null, userCount: 0 });
    }
    const list = await admin.get('/api/units');
    expect(list.body.items.map((u: { name: string }) => u.name)).toEqual(['劳动保障监察科', '法制股', '档案室']);
    const created = await t.trail('unit.created');
    expect(created).toHaveLength(3);
    expect(created[0]).toMatchObject({ actor_username: 'admin', subject_type: 'unit' });
  });

  it('GEN-07: refuses an entrusted institution without its entrustment basis, and accepts one with it', async () => {
    const refused = await admin.post('/api/units', { name: '社会保险事业服务中心', kind: 'entrustedInstitution' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('unit.entrustment_basis_required');
    expect((await admin.get('/api/units')).body.items).toHaveLength(0);
    const accepted = await admin.post('/api/units', {
      name: '社会保险事业服务中心',
      kind: 'entrustedInstitution',
      legalBasis: '行政执法委托书（人社委〔2026〕3号）',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.legalBasis).toBe('行政执法委托书（人社委〔2026〕3号）');
  });

  it('GEN-07: an authorised institution cannot later lose its legal basis', async () => {
    const unit = await admin.post('/api/units', {
      name: '劳动人事争议仲裁院',
      kind: 'authorisedInstitution',
      legalBasis: '《劳动争议调解仲裁法》',
    });
    const res = await admin.patch(`/api/units/${unit.body.id}`, { legalBasis: null });
    expect(res.body.error.code).toBe('unit.entrustment_basis_required');
    expect((await admin.get('/api/units')).body.items[0].legalBasis).toBe('《劳动争议调解仲裁法》');
  });

  it('refuses a second active unit with the same name and changes nothing', async () => {
    await admin.post('/api/units', { name: '监察一科', kind: 'enforcementSection' });
    const dup = await admin.post('/api/units', { name: '监察一科', kind: 'office' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'unit.name_taken', message: '已有同名单位：监察一科' });
    expect((await admin.get('/api/units')).body.items).toHaveLength(1);
    expect(await t.trail('unit.created')).toHaveLength(1);
  });

  it('refuses to delete a unit that still has users, and dissolves an empty one', async () => {
    const unit = (await admin.post('/api/units', { name: '监察二科', kind: 'enforcementSection' })).body;
    await admin.post('/api/users', { username: 'li.si', displayName: '李四', roles: ['officer'], unitId: unit.id });
    const refused = await admin.delete(`/api/units/${unit.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'unit.has_users', details: { count: 1 } });
    expect((await admin.get('/api/units')).body.items).toHaveLength(1);

    const empty = (await admin.post('/api/units', { name: '临时专班', kind: 'enforcementSection' })).body;
    expect((await admin.delete(`/api/units/${empty.id}`)).status).toBe(200);
    expect((await admin.get('/api/units')).body.items.map((u: { name: string }) => u.name)).toEqual(['监察二科']);
    expect(await t.trail('unit.dissolved')).toHaveLength(1);
    expect((await admin.post('/api/units', { name: '临时专班', kind: 'enforcementSection' })).status).toBe(200);
    expect((await admin.delete(`/api/units/${empty.id}`)).body.error.code).toBe('unit.not_found');
  });

  it('never leaves a user in a dissolved unit when dissolving and adding a member race', async () => {
    for (let i = 0; i < 8; i++) {
      const unit = (await admin.post('/api/units', { name: `竞争科${i}`, kind: 'enforcementSection' })).body;
      const [dissolved, added] = await Promise.all([
        admin.delete(`/api/units/${unit.id}`),
        admin.post('/api/users', { username: `race.${i}`, displayName: '竞争', roles: ['officer'], unitId: unit.id }),
      ]);
      expect([dissolved.status, added.status].sort()).toContain(200);
      const outcome = dissolved.status === 200 ? [added.body.error.code] : [dissolved.body.error.code];
      expect(outcome).toEqual([dissolved.status === 200 ? 'unit.not_found' : 'unit.has_users']);
      const orphans = await t.db
        .selectFrom('users')
        .innerJoin('units', 'units.id', 'users.unit_id')
        .select('users.username')
        .where('units.dissolved_at', 'is not', null)
        .execute();
      expect(orphans).toEqual([]);
    }
  });

  it('lets every role list units but only administrators change them', async () => {
    const unit = (await admin.post('/api/units', { name: '监察三科', kind: 'enforcementSection' })).body;
    const { client: officer } = await t.userClient({ username: 'wang.wu', roles: ['officer'], unitId: unit.id });
    expect((await officer.get('/api/units')).body.items).toHaveLength(1);
    const denied = await officer.post('/api/units', { name: '新科室', kind: 'enforcementSection' });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 'auth.forbidden', message: '无权执行此操作' });
    expect((await officer.patch(`/api/units/${unit.id}`, { name: '改名' })).status).toBe(403);
    expect((await officer.delete(`/api/units/${unit.id}`)).status).toBe(403);
  });
});
