import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('the agency over HTTP', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('SYS-01 groundwork: the first start recorded the agency and its bootstrap administrator in the trail', async () => {
    const [entry] = await t.trail('agency.initialised');
    expect(entry).toMatchObject({ subject_type: 'agency', subject_id: t.agencyId, actor_user_id: null });
    expect(JSON.parse(entry!.summary)).toMatchObject({ name: '测试市人力资源和社会保障局', adminUsername: 'admin' });
  });

  it('shows the agency to every role and lets only an administrator rename it, recording before and after', async () => {
    const admin = await t.admin();
    const { client: officer } = await t.userClient({ username: 'reader', roles: ['auditor'] });
    expect((await officer.get('/api/agency')).body).toMatchObject({
      id: t.agencyId,
      name: '测试市人力资源和社会保障局',
    });
    expect((await officer.patch('/api/agency', { name: '别的名字' })).status).toBe(403);
    const res = await admin.patch('/api/agency', { name: '本溪市人力资源和社会保障局', shortName: '本人社' });
    expect(res.body).toEqual({
      id: t.agencyId,
      name: '本溪市人力资源和社会保障局',
      shortName: '本人社',
      profileId: 'hengshan',
    });
    expect((await admin.get('/api/auth/session')).body.agency.name).toBe('本溪市人力资源和社会保障局');
    const [entry] = await t.trail('agency.updated');
    expect(JSON.parse(entry!.summary)).toMatchObject({
      before: { name: '测试市人力资源和社会保障局' },
      after: { name: '本溪市人力资源和社会保障局', shortName: '本人社' },
    });
  });

  it('refuses an empty or over-long name and keeps the old one', async () => {
    const admin = await t.admin();
    expect((await admin.patch('/api/agency', { name: '   ' })).body.error.code).toBe('request.invalid');
    expect((await admin.patch('/api/agency', { shortName: '短'.repeat(21) })).body.error.code).toBe('request.invalid');
    expect((await admin.get('/api/agency')).body.name).toBe('测试市人力资源和社会保障局');
  });
});
