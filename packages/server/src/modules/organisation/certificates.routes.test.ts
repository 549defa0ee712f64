import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import type { TestClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';

// The test clock starts at 2026-11-23 10:00 in Asia/Shanghai.
describeEachDatabase('enforcement certificates (ROLE-01) over HTTP', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let officerId: string;
  const certification = async () => (await admin.get(`/api/users/${officerId}`)).body.certification;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
    const unit = (await admin.post('/api/units', { name: '劳动保障监察大队', kind: 'enforcementSection' })).body;
    const res = await admin.post('/api/users', {
      username: 'zhou.jiu',
      displayName: '周九',
      roles: ['officer'],
      unitId: unit.id,
    });
    officerId = res.body.user.id;
  });
  afterEach(async () => {
    await t.close();
  });

  it('ROLE-01: shows an officer with no certificate as not certified', async () => {
    expect(await certification()).toEqual({ certified: false, reason: 'missing', certificateNumber: null });
  });

  it('ROLE-01: an officer with a certificate in force is certified', async () => {
    const res = await admin.post(`/api/users/${officerId}/certificates`, {
      number: '辽A-2026-000123',
      issuingBody: '本溪市人民政府',
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      establishmentStaff: true,
      passedUnifiedExam: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      number: '辽A-2026-000123',
      status: 'valid',
      inForce: true,
      establishmentStaff: true,
    });
    expect(await certification()).toEqual({ certified: true, reason: null, certificateNumber: '辽A-2026-000123' });
    const entry = (await t.trail('certificate.registered'))[0]!;
    expect(JSON.parse(entry.summary)).toMatchObject({ userId: officerId, number: '辽A-2026-000123', status: 'valid' });
  });

  it('ROLE-01: an expired certificate leaves the officer not certified', async () => {
    await admin.post(`/api/users/${officerId}/certificates`, {
      number: 'EXP-1',
      issuingBody: '某市司法局',
      validFrom: '2020-01-01',
      validTo: '2026-11-22',
    });
    expect(await certification()).toMatchObject({ certified: false, reason: 'expired' });
  });

  it('ROLE-01: suspending and revoking a certificate take the officer out of service, restoring brings them back', async () => {
    const cert = (
      await admin.post(`/api/users/${officerId}/certificates`, {
        number: 'SUS-1',
        issuingBody: '某市司法局',
        validFrom: '2025-01-01',
        validTo: '2028-01-01',
      })
    ).body;
    const suspended = await admin.patch(`/api/certificates/${cert.id}`, { status: 'suspended' });
    expect(suspended.body).toMatchObject({ status: 'suspended', inForce: false });
    expect(await certification()).toMatchObject({ certified: false, reason: 'suspended' });
    await admin.patch(`/api/certificates/${cert.id}`, { status: 'revoked' });
    expect(await certification()).toMatchObject({ certified: false, reason: 'revoked' });
    await admin.patch(`/api/certificates/${cert.id}`, { status: 'valid' });
    expect(await certification()).toMatchObject({ certified: true });
    const updates = await t.trail('certificate.updated');
    expect(updates.map((u) => JSON.parse(u.summary).after.status)).toEqual(['suspended', 'revoked', 'valid']);
  });

  it('refuses a certificate number registered before, even for another officer, and stores nothing', async () => {
    const body = { number: 'DUP-1', issuingBody: '某市司法局', validFrom: '2025-01-01', validTo: '2028-01-01' };
    await admin.post(`/api/users/${officerId}/certificates`, body);
    const dup = await admin.post(`/api/users/${officerId}/certificates`, { ...body, issuingBody: '另一机关' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'certificate.number_taken', message: '执法证号已被登记：DUP-1' });
    expect((await admin.get(`/api/users/${officerId}/certificates`)).body.items).toHaveLength(1);
    expect(await t.trail('certificate.registered')).toHaveLength(1);
  });

  it('refuses impossible dates and reversed validity periods', async () => {
    const base = { number: 'BAD-1', issuingBody: '某市司法局' };
    const reversed = await admin.post(`/api/users/${officerId}/certificates`, {
      ...base,
      validFrom: '2027-01-01',
      validTo: '2026-01-01',
    });
    expect(reversed.body.error.code).toBe('certificate.invalid_period');
    const impossible = await admin.post(`/api/users/${officerId}/certificates`, {
      ...base,
      validFrom: '2025-02-30',
      validTo: '2026-01-01',
    });
    expect(impossible.body.error.code).toBe('request.invalid');
    const malformed = await admin.post(`/api/users/${officerId}/certificates`, {
      ...base,
      validFrom: '2025/01/01',
      validTo: '2026-01-01',
    });
    expect(malformed.body.error.code).toBe('request.invalid');
    expect((await admin.get(`/api/users/${officerId}/certificates`)).body.items).toHaveLength(0);
  });

  it('registers certificates only for officers, and only administrators may', async () => {
    const auditor = await admin.post('/api/users', { username: 'wu.shi', displayName: '吴十', roles: ['auditor'] });
    const res = await admin.post(`/api/users/${auditor.body.user.id}/certificates`, {
      number: 'N-1',
      issuingBody: '某市司法局',
      validFrom: '2025-01-01',
      validTo: '2028-01-01',
    });
    expect(res.body.error.code).toBe('certificate.holder_not_officer');
    const { client: officer } = await t.userClient({ username: 'self.cert', roles: ['auditor'] });
    const denied = await officer.post(`/api/users/${officerId}/certificates`, {
      number: 'N-2',
      issuingBody: 'x',
      validFrom: '2025-01-01',
      validTo: '2028-01-01',
    });
    expect(denied.status).toBe(403);
  });
});
