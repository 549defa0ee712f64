import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import type { TestClient } from '../test/http-client';
import { createTestApp, type TestApp } from '../test/test-app';

describeEachDatabase('bad input over HTTP', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
  });
  afterEach(async () => {
    await t.close();
  });

  const stored = async () => (await admin.get('/api/units')).body.items.length;

  it('names an unknown field, in Chinese and English, and stores nothing', async () => {
    const res = await admin.post('/api/units', { name: '监察科', kind: 'enforcementSection', secret: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('request.invalid');
    expect(res.body.error.message).toContain('body.secret');
    expect(res.body.error.message).toContain('未知');
    expect(res.body.error.messageEn).toContain('Unrecognized key');
    expect(res.body.error.details.issues[0].field).toBe('body.secret');
    expect(await stored()).toBe(0);
  });

  it('names a field of the wrong type or value', async () => {
    const res = await admin.post('/api/units', { name: 12, kind: 'castle' });
    expect(res.status).toBe(400);
    const fields = res.body.error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(['body.name', 'body.kind']);
    expect(await stored()).toBe(0);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await admin.post('/api/units', { name: 'x'.repeat(300 * 1024), kind: 'office' });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'request.too_large', details: { limit: 262144 } });
    expect(await stored()).toBe(0);
  });

  it('refuses malformed JSON and non-JSON bodies', async () => {
    const broken = await admin.request('POST', '/api/units', '{"name": "监察科",', {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('request.invalid');
    const text = await admin.request('POST', '/api/units', 'name=监察科', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('request.unsupported_media_type');
    expect(await stored()).toBe(0);
  });

  it('answers unknown API routes with a coded 404, and bad query values with 400', async () => {
    const res = await admin.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'request.not_found', message: '请求的接口不存在' });
    expect((await admin.get('/api/users?status=zombie')).body.error.code).toBe('request.invalid');
    expect((await admin.get('/api/audit-entries?limit=100000')).body.error.code).toBe('request.invalid');
  });

  it('gives every error a request id that matches the x-request-id header, and no stack trace', async () => {
    const res = await admin.post('/api/units', { kind: 'office' });
    expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('records every change in the trail in the same transaction, and nothing for a refused one', async () => {
    const before = (await t.trail()).length;
    await admin.post('/api/units', { name: '监察科', kind: 'enforcementSection' });
    await admin.post('/api/units', { name: '监察科', kind: 'enforcementSection' });
    const after = await t.trail();
    expect(after.length - before).toBe(1);
    expect(after.at(-1)).toMatchObject({ action: 'unit.created', actor_username: 'admin', actor_roles: '["admin"]' });
    const page = await admin.get('/api/audit-entries?action=unit.created');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0]).toMatchObject({
      action: 'unit.created',
      actorUsername: 'admin',
      summary: { name: '监察科' },
    });
  });
});
