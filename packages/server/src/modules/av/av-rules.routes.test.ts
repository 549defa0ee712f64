import { afterEach, expect, it } from 'vitest';
import { uploadAv } from '../../test/av-fixture';
import { approve, type CaseFixture, complaintCase, createCaseFixture, move } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('what a profile asks of each recording (AVS-01, AV-05, AV-06, AV-07, AV-08, AV-11)', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  afterEach(async () => {
    await t.close();
  });
  /** A test app under `profile` whose clock reads `at` (the time files are received) when the people log in. */
  async function start(profile: string, at?: string) {
    t = await createTestApp(dialect, { profile });
    if (at) t.clock.set(at);
    f = await createCaseFixture(t);
  }
  const get = async (id: string) => (await f.zhang.client.get(`/api/av/${id}`)).body;
  const patch = async (id: string, body: Record<string, unknown>) => {
    const current = await get(id);
    return f.zhang.client.patch(`/api/av/${id}`, { expectedVersion: current.version, ...body });
  };

  it('AVS-01 (BX 第二十四条): a recording stored 24 h + 90 s after it ended is late by exactly 90 s; one stored in time is not', async () => {
    await start('benxi-hrss', '2026-11-24T02:01:30.000Z');
    const late = await uploadAv(t, f.zhang.client, {
      deviceType: 'bodyCam',
      capturedFrom: '2026-11-23T09:00:00+08:00',
      capturedTo: '2026-11-23T10:00:00+08:00',
    });
    const body = await get(late);
    expect(body.profileId).toBe('benxi-hrss');
    expect(body.rules.storage).toMatchObject({
      rule: 'hours24',
      article: '000 第二十四条',
      dueAt: '2026-11-24T02:00:00.000Z',
      exceptionAllowed: false,
    });
    expect(body.rules.storage.lateBySeconds).toBeGreaterThanOrEqual(90);
    expect(body.rules.storage.lateBySeconds).toBeLessThan(92);
    const onTime = await uploadAv(t, f.zhang.client, {
      capturedFrom: '2026-11-24T09:00:00+08:00',
      capturedTo: '2026-11-24T09:30:00+08:00',
    });
    expect((await get(onTime)).rules.storage.lateBySeconds).toBe(0);
    // BX has no return-to-unit exception.
    const refused = await patch(late, {
      storageException: { reason: '连续执法', returnedAt: '2026-11-24T09:00:00+08:00' },
    });
    expect(refused.body.error.code).toBe('av.exception_not_allowed');
  });

  it('AVS-01 (HS 第三十条): late after two working days; the return-to-unit exception with reason and return time applies', async () => {
    await start('hengshan', '2026-11-25T02:00:00.000Z');
    const id = await uploadAv(t, f.zhang.client, {
      deviceType: 'bodyCam',
      capturedFrom: '2026-11-20T09:00:00+08:00',
      capturedTo: '2026-11-20T10:00:00+08:00',
    });
    expect((await get(id)).rules.storage).toMatchObject({
      rule: 'workingDays2',
      dueAt: '2026-11-24T16:00:00.000Z',
      lateBySeconds: expect.any(Number),
      exceptionAllowed: true,
    });
    // Received at 10:00 on Wednesday; due at 24:00 on Tuesday: about 10 hours late (the fixture's acts tick the clock).
    expect(Math.round((await get(id)).rules.storage.lateBySeconds / 60)).toBe(600);
    const before = await patch(id, {
      storageException: { reason: '赴偏远乡镇连续执法', returnedAt: '2026-11-20T09:30:00+08:00' },
    });
    expect(before.body.error.code).toBe('av.return_before_capture');
    const ok = await patch(id, {
      storageException: { reason: '赴偏远乡镇连续执法，无法及时存储', returnedAt: '2026-11-24T18:00:00+08:00' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.rules.storage).toMatchObject({
      rule: 'afterReturn24h',
      dueAt: '2026-11-25T10:00:00.000Z',
      lateBySeconds: 0,
    });
    const [entry] = (await t.trail('av.updated')).slice(-1);
    expect(entry!.entry.summary).toMatchObject({
      after: { storage_exception_reason: '赴偏远乡镇连续执法，无法及时存储' },
    });
  });

  it('AV-05 (HS 第十六条): the key-content checklist is the profile’s, answered item by item; unknown items are refused', async () => {
    await start('hengshan');
    const id = await uploadAv(t, f.zhang.client, { deviceType: 'bodyCam' });
    expect((await get(id)).rules.keyContent.items.map((item: { id: string }) => item.id)).toEqual([
      'siteEnvironment',
      'personsPresent',
      'keyEvidence',
      'measuresTaken',
      'serviceOfDocuments',
      'other',
    ]);
    const unknown = await patch(id, { keyContent: { siteSign: 'captured' } });
    expect(unknown.body.error).toMatchObject({ code: 'av.key_content_unknown', details: { item: 'siteSign' } });
    await patch(id, { keyContent: { siteEnvironment: 'captured' } });
    const answered = await patch(id, { keyContent: { serviceOfDocuments: 'notApplicable' } });
    expect(answered.body.keyContent).toEqual({ siteEnvironment: 'captured', serviceOfDocuments: 'notApplicable' });
    expect(answered.body.rules.keyContent.items[0]).toMatchObject({ id: 'siteEnvironment', value: 'captured' });
    expect((await patch(id, { keyContent: { other: 'maybe' } })).status).toBe(400);
  });

  it('AV-06, AV-07, AV-08 (LX): a body-cam recording shows its mounting and announcement; it joins a case only fully described', async () => {
    await start('linxi-hrss');
    const caseId = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id as string;
    const id = await uploadAv(t, f.zhang.client, {
      deviceType: 'bodyCam',
      capturedFrom: '2026-11-23T09:00:00+08:00',
      capturedTo: '2026-11-23T09:20:00+08:00',
    });
    const rules = (await get(id)).rules;
    expect(rules.mounting).toEqual({ article: '002 第二十一条', recorded: false });
    expect(rules.announcement).toEqual({
      article: '002 第二十二条(一)',
      wording: '为保护您的合法权益,监督我的执法行为,对本次执法事项将全程录音录像',
      given: false,
    });
    expect(rules.caseMetadata).toEqual({
      article: '002 第二十二条(三)',
      missing: ['place', 'purpose', 'persons', 'summary'],
    });
    const link = async () =>
      f.zhang.client.post(`/api/av/${id}/link`, { expectedVersion: (await get(id)).version, caseId });
    const refused = await link();
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'av.case_metadata_missing',
      details: { fields: 'place, purpose, persons, summary' },
    });
    expect((await get(id)).caseId).toBeNull();
    await patch(id, {
      place: '某公司生产车间',
      purpose: '证明现场检查时当事人未提供用工台账',
      persons: '当事人周某（法定代表人），证人钱某',
      summary: '执法人员出示证件、告知录像后检查车间和用工台账',
      mounting: 'leftShoulder',
      announcementOffsetSeconds: 4,
    });
    const linked = await link();
    expect(linked.status).toBe(200);
    expect(linked.body.caseId).toBe(caseId);
    expect(linked.body.rules).toMatchObject({ mounting: { recorded: true }, announcement: { given: true } });
    // An upload straight into a case is refused before its first byte when undescribed, and accepted when described.
    await expect(uploadAv(t, f.zhang.client, { caseId, deviceType: 'bodyCam' })).rejects.toThrow(
      /case_metadata_missing/,
    );
    const described = await uploadAv(t, f.zhang.client, {
      caseId,
      deviceType: 'bodyCam',
      capturedFrom: '2026-11-23T10:00:00+08:00',
      place: '某公司办公室',
      purpose: '证明询问过程',
      persons: '当事人周某',
      summary: '询问工资发放情况',
    });
    expect((await get(described)).caseId).toBe(caseId);
  });

  it('AV-07, AV-11 (XG 第十八条): a recording of questioning needs the announcement and the party’s review and signature', async () => {
    await start('dalian-xigang-hrss');
    const caseId = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id as string;
    await approve(f, caseId, 'registration');
    await move(f.zhang.client, caseId, 'register');
    const inquiry = await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
      type: 'inquiry',
      startedAt: '2026-11-24T09:00:00+08:00',
      endedAt: '2026-11-24T09:40:00+08:00',
      place: '劳动保障监察一科询问室',
      officers: [
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: true },
      ],
    });
    const id = await uploadAv(t, f.zhang.client, {
      caseId,
      activityId: inquiry.body.id,
      deviceType: 'videoCamera',
      capturedFrom: '2026-11-24T08:59:00+08:00',
      capturedTo: '2026-11-24T09:41:00+08:00',
    });
    expect((await get(id)).rules).toMatchObject({
      announcement: { article: '004 第十八条', wording: null, given: false },
      partyReview: { article: '004 第十八条', recorded: false },
    });
    const noNote = await patch(id, { partyReview: { reviewedAt: '2026-11-24T09:45:00+08:00', signed: false } });
    expect(noNote.status).toBe(400);
    const refusedToSign = await patch(id, {
      partyReview: { reviewedAt: '2026-11-24T09:45:00+08:00', signed: false, refusalNote: '当事人查阅后拒绝签字' },
    });
    expect(refusedToSign.body.rules.partyReview.recorded).toBe(true);
    expect(refusedToSign.body.partyReview).toMatchObject({ signed: false, refusalNote: '当事人查阅后拒绝签字' });
  });
});
