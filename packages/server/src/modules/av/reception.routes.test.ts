import { afterEach, beforeEach, expect, it } from 'vitest';
import { uploadAv } from '../../test/av-fixture';
import { approve, type CaseFixture, complaintCase, createCaseFixture, move } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('reception-point surveillance of applications (INIT-02, GEN-05)', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  beforeEach(async () => {
    t = await createTestApp(dialect, { profile: 'hengshan' });
    f = await createCaseFixture(t);
  });
  afterEach(async () => {
    await t.close();
  });

  /** A licence application received at the reception point at 09:31:05 on 23 November. */
  const application = () =>
    complaintCase(f, {
      act: 'licensing',
      source: 'onApplication',
      realName: undefined,
      cause: '劳务派遣经营许可申请',
      intake: {
        receivedAt: '2026-11-23T09:31:05+08:00',
        summary: '申请人提交劳务派遣经营许可申请材料。',
        complainant: { name: '某人力资源公司（申请人）' },
        materials: ['申请书', '营业执照复印件'],
      },
    });

  it('INIT-02: the surveillance recording covering the registration is found with the offset; acceptance outside it is shown uncovered', async () => {
    const created = await f.zhang.client.post('/api/cases', application());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const caseId = created.body.id as string;
    // GEN-05: video surveillance (视频监控) is a device type of its own.
    const morning = await uploadAv(t, f.zhang.client, {
      deviceType: 'surveillance',
      deviceNumber: 'NVR-受理窗口-01',
      capturedFrom: '2026-11-23T08:30:00+08:00',
      capturedTo: '2026-11-23T09:45:00+08:00',
    });
    await uploadAv(t, f.zhang.client, {
      deviceType: 'bodyCam',
      capturedFrom: '2026-11-23T09:00:00+08:00',
      capturedTo: '2026-11-23T10:00:00+08:00',
    });
    const receipt = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'applicationReceipt',
      data: {
        caseReference: created.body.number,
        documentNumber: '人社许收〔2026〕1号',
        issueDate: '2026-11-23',
        body: '收到劳务派遣经营许可申请材料 2 件。',
        applicant: { name: '某人力资源公司' },
      },
      finalise: true,
    });
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
    await approve(f, caseId, 'registration');
    const registered = await move(f.zhang.client, caseId, 'register');
    expect(registered.body.stage, JSON.stringify(registered.body)).toBe('investigation');

    const footage = await f.zhang.client.get(`/api/cases/${caseId}/reception-footage`);
    expect(footage.status).toBe(200);
    expect(footage.body.applicable).toBe(true);
    const [registration, acceptance] = footage.body.moments;
    expect(registration).toMatchObject({
      kind: 'registration',
      label: '登记',
      at: '2026-11-23T01:31:05.000Z',
      covering: [{ recordId: morning, deviceNumber: 'NVR-受理窗口-01', offsetSeconds: 3665 }],
    });
    // The acceptance is recorded at 10:00 and later (the test clock): after the recording ended at 09:45.
    expect(acceptance).toMatchObject({ kind: 'acceptance', label: '受理', covering: [] });
  });

  it('INIT-02: a case not started on application has no reception point; a stranger cannot read the case', async () => {
    const complaint = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id as string;
    expect((await f.zhang.client.get(`/api/cases/${complaint}/reception-footage`)).body).toEqual({
      applicable: false,
      moments: [],
    });
    const applicationId = (await f.zhang.client.post('/api/cases', application())).body.id as string;
    expect((await f.stranger.client.get(`/api/cases/${applicationId}/reception-footage`)).status).toBe(404);
  });
});
