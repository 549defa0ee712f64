import { localDateOf } from '@liuhen/domain';
import { afterEach, expect, it } from 'vitest';
import { uploadAv } from '../../test/av-fixture';
import {
  approve,
  type CaseFixture,
  complaintCase,
  createCaseFixture,
  move,
  readyToClose,
} from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('jurisdiction profiles over HTTP (GEN-01, GEN-02, AV-01, AV-02, AV-10)', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  afterEach(async () => {
    await t.close();
  });
  async function start(profile: string | undefined) {
    t = await createTestApp(dialect, { profile });
    f = await createCaseFixture(t);
  }

  /** A registered case with one site inspection recorded 2026-11-24 09:00–10:00 (Beijing time). */
  async function caseWithInspection(overrides: Record<string, unknown> = {}, context?: Record<string, unknown>) {
    const created = await f.zhang.client.post('/api/cases', complaintCase(f, overrides));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const caseId = created.body.id as string;
    await approve(f, caseId, 'registration');
    expect((await move(f.zhang.client, caseId, 'register')).body.stage).toBe('investigation');
    const activity = await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
      type: 'siteInspection',
      startedAt: '2026-11-24T09:00:00+08:00',
      endedAt: '2026-11-24T10:00:00+08:00',
      place: '某公司生产车间',
      officers: [
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: true },
      ],
      ...(context ? { avContext: context } : {}),
    });
    expect(activity.status, JSON.stringify(activity.body)).toBe(201);
    return { caseId, activity: activity.body };
  }

  it('GEN-01: without a selected profile no case can be opened; the administrator selects one, with a reason, ledgered', async () => {
    await start(undefined);
    const refused = await f.zhang.client.post('/api/cases', complaintCase(f));
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('profile.not_selected');
    expect((await f.zhang.client.get('/api/cases')).body.total).toBe(0);

    const listed = await f.admin.get('/api/profiles');
    expect(listed.body.selectedId).toBeNull();
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain('linxi-hrss');

    expect(
      (await f.zhang.client.put('/api/agency/profile', { profileId: 'linxi-hrss', reason: '本局适用' })).status,
    ).toBe(403);
    expect((await f.admin.put('/api/agency/profile', { profileId: 'atlantis', reason: '试' })).body.error.code).toBe(
      'profile.not_found',
    );
    expect((await f.admin.put('/api/agency/profile', { profileId: 'linxi-hrss' })).status).toBe(400);
    const selected = await f.admin.put('/api/agency/profile', {
      profileId: 'linxi-hrss',
      reason: '本局为临西县人社局',
    });
    expect(selected.body.selectedId).toBe('linxi-hrss');
    expect((await f.admin.get('/api/agency')).body.profileId).toBe('linxi-hrss');
    const [entry] = await t.trail('agency.profile_selected');
    expect(entry!.entry.summary).toMatchObject({
      before: null,
      after: 'linxi-hrss',
      reason: '本局为临西县人社局',
      version: 1,
    });

    const opened = await f.zhang.client.post('/api/cases', complaintCase(f));
    expect(opened.status).toBe(201);
    const [opening] = await t.trail('case.opened');
    expect(opening!.entry.summary).toMatchObject({ profile: { id: 'linxi-hrss', version: 1 } });
  });

  it('GEN-01: a profile change applies to new cases only; existing cases keep theirs', async () => {
    await start('hengshan');
    const { caseId, activity } = await caseWithInspection();
    expect(activity.av).toMatchObject({ level: 'C', article: '001 第十五条' });
    await f.admin.put('/api/agency/profile', { profileId: 'benxi-hrss', reason: '机构调整' });
    const old = (await f.zhang.client.get(`/api/cases/${caseId}`)).body;
    expect(old.activities[0].av).toMatchObject({ level: 'C', article: '001 第十五条' });
    const fresh = await caseWithInspection();
    expect(fresh.activity.av).toMatchObject({ level: 'R', article: '000 第十一条' });
  });

  it('GEN-02: an act outside the profile scope is refused (BX enumerates four acts); one inside is accepted', async () => {
    await start('benxi-hrss');
    const coercion = await f.zhang.client.post('/api/cases', complaintCase(f, { act: 'coercion' }));
    expect(coercion.body.error).toMatchObject({ code: 'case.act_out_of_scope', details: { act: 'coercion' } });
    expect((await f.zhang.client.post('/api/cases', complaintCase(f, { act: 'inspection' }))).status).toBe(201);
  });

  it('AV-01, AV-03 (HS 第十五条): a break in the footage holds the case open until its reason is recorded; HS allows no exception', async () => {
    await start('hengshan');
    const { caseId, activity } = await caseWithInspection();
    expect(activity.av).toMatchObject({ state: 'missing', level: 'C' });

    // Footage with a 60 s break is an interruption (AV-03)…
    const first = await uploadAv(t, f.zhang.client, {
      caseId,
      activityId: activity.id,
      deviceType: 'bodyCam',
      deviceNumber: 'DSJ-7',
      capturedFrom: '2026-11-24T08:59:00+08:00',
      capturedTo: '2026-11-24T09:30:00+08:00',
    });
    const second = await uploadAv(t, f.zhang.client, {
      caseId,
      activityId: activity.id,
      deviceType: 'bodyCam',
      deviceNumber: 'DSJ-7',
      capturedFrom: '2026-11-24T09:31:00+08:00',
      capturedTo: '2026-11-24T10:00:10+08:00',
    });
    const interrupted = (await f.zhang.client.get(`/api/cases/${caseId}`)).body.activities[0].av;
    expect(interrupted).toMatchObject({
      state: 'interrupted',
      gaps: [{ deviceNumber: 'DSJ-7', beforeId: first, afterId: second, seconds: 60 }],
      linkedRecordIds: [first, second],
    });
    // …and HS has no exception to record instead.
    const refused = await f.zhang.client.put(`/api/cases/${caseId}/activities/${activity.id}/av-exception`, {
      kind: 'unsuitable',
      reason: '现场光线不足',
    });
    expect(refused.body.error.code).toBe('av.exception_not_allowed');
    expect(await t.trail('activity.av_exception_recorded')).toHaveLength(0);

    await uploadAv(t, f.zhang.client, {
      caseId,
      activityId: activity.id,
      deviceType: 'bodyCam',
      deviceNumber: 'DSJ-8',
      capturedFrom: '2026-11-24T08:58:00+08:00',
      capturedTo: '2026-11-24T10:01:00+08:00',
    });
    // A second device covers the whole window, but DSJ-7's own break stays visible (no selective recording).
    const after = (await f.zhang.client.get(`/api/cases/${caseId}`)).body.activities[0].av;
    expect(after).toMatchObject({ state: 'interrupted', uncovered: [] });
    await move(f.zhang.client, caseId, 'endInvestigation');
    await readyToClose(f, caseId);
    // Issue 6: the profile lists AV-01 under `compliance.blockTransitions` for close; the engine refuses it.
    expect((await move(f.zhang.client, caseId, 'close')).body.error).toMatchObject({
      code: 'compliance.blocked',
      details: { rules: 'AV-01', articles: '001 第十五条' },
    });

    // AV-03: the officer records why the recording broke off; the break stays on record, and the case may close.
    const gapUrl = `/api/cases/${caseId}/activities/${activity.id}/av-gap-notes`;
    const wrongPair = await f.zhang.client.put(gapUrl, { beforeId: second, afterId: first, reason: '误报' });
    expect(wrongPair.body.error.code).toBe('av.gap_not_found');
    const explained = await f.zhang.client.put(gapUrl, {
      beforeId: first,
      afterId: second,
      reason: '执法记录仪存储卡写满，更换存储卡约 1 分钟',
    });
    expect(explained.body.av).toMatchObject({
      state: 'explained',
      gaps: [{ beforeId: first, afterId: second, seconds: 60, reason: '执法记录仪存储卡写满，更换存储卡约 1 分钟' }],
    });
    const [note] = await t.trail('activity.av_gap_explained');
    expect(note!.entry.summary).toMatchObject({ caseId, beforeId: first, afterId: second });
    expect((await move(f.zhang.client, caseId, 'close', { endedOn: localDateOf(t.clock.now()) })).body.stage).toBe(
      'closed',
    );
  });

  it('AV-01, AV-02 (BX 第十一条): the unsuitable exception needs no reason and lets the case close; without it closing is refused', async () => {
    await start('benxi-hrss');
    const { caseId, activity } = await caseWithInspection();
    expect(activity.av).toMatchObject({ level: 'R', state: 'missing', article: '000 第十一条' });
    await move(f.zhang.client, caseId, 'endInvestigation');
    await readyToClose(f, caseId);
    const blocked = await move(f.zhang.client, caseId, 'close');
    expect(blocked.body.error).toMatchObject({
      code: 'compliance.blocked',
      details: { count: 1, rules: 'AV-01', articles: '000 第十一条' },
    });
    const excepted = await f.zhang.client.put(`/api/cases/${caseId}/activities/${activity.id}/av-exception`, {
      kind: 'unsuitable',
    });
    expect(excepted.status).toBe(200);
    expect(excepted.body.av).toMatchObject({ state: 'excepted', exception: { kind: 'unsuitable', reason: null } });
    const [entry] = await t.trail('activity.av_exception_recorded');
    expect(entry!.entry.summary).toMatchObject({ caseId, kind: 'unsuitable' });
    expect((await move(f.zhang.client, caseId, 'close', { endedOn: localDateOf(t.clock.now()) })).body.stage).toBe(
      'closed',
    );
  });

  it('AV-02 (FS 第十二条): the unsuitable exception needs its reason in writing', async () => {
    await start('fushun-culture');
    const { caseId, activity } = await caseWithInspection();
    const url = `/api/cases/${caseId}/activities/${activity.id}/av-exception`;
    expect((await f.zhang.client.put(url, { kind: 'unsuitable' })).body.error.code).toBe(
      'av.unsuitable_reason_required',
    );
    const ok = await f.zhang.client.put(url, { kind: 'unsuitable', reason: '检查涉及未成年人隐私，不宜录像' });
    expect(ok.body.av).toMatchObject({ state: 'excepted', exception: { reason: '检查涉及未成年人隐私，不宜录像' } });
  });

  it('AV-10 (XG 第十七条): an objective limitation stays open until key-step A/V and the written record exist', async () => {
    await start('dalian-xigang-hrss');
    const { caseId, activity } = await caseWithInspection();
    expect(activity.av).toMatchObject({ level: 'WS', state: 'missing' });
    const url = `/api/cases/${caseId}/activities/${activity.id}/av-exception`;
    expect((await f.zhang.client.put(url, { kind: 'unsuitable', reason: '不宜' })).body.error.code).toBe(
      'av.exception_not_allowed',
    );
    expect((await f.zhang.client.put(url, { kind: 'objectiveLimitation' })).body.error.code).toBe(
      'av.limitation_reason_required',
    );
    const recorded = await f.zhang.client.put(url, { kind: 'objectiveLimitation', reason: '执法记录仪电量耗尽' });
    expect(recorded.body.av).toMatchObject({
      state: 'missing',
      exceptionProblems: ['av.key_steps_required', 'av.written_record_required'],
    });
    await uploadAv(t, f.zhang.client, {
      caseId,
      activityId: activity.id,
      deviceType: 'camera',
      filetype: 'image/jpeg',
      filename: 'key-step.jpg',
      capturedFrom: '2026-11-24T09:20:00+08:00',
      capturedTo: '2026-11-24T09:20:00+08:00',
    });
    const document = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'siteInspectionRecord',
      activityId: activity.id,
      data: {},
    });
    expect(document.status).toBe(201);
    const stillOpen = (await f.zhang.client.get(`/api/cases/${caseId}`)).body.activities[0].av;
    expect(stillOpen).toMatchObject({ state: 'partial', exceptionProblems: ['av.written_record_required'] });
  });

  it('AV-01 (LX 第十八条): direct service needs whole-process A/V only when entering the premises', async () => {
    await start('linxi-hrss');
    const created = await f.zhang.client.post('/api/cases', complaintCase(f));
    const caseId = created.body.id as string;
    const service = (context: Record<string, unknown>) =>
      f.zhang.client.post(`/api/cases/${caseId}/activities`, {
        type: 'service',
        startedAt: '2026-11-24T09:00:00+08:00',
        endedAt: '2026-11-24T09:10:00+08:00',
        place: '当事人住所',
        officers: [{ userId: f.zhang.id, certificateShown: true }],
        avContext: context,
      });
    expect((await service({ serviceMethod: 'direct' })).body.av).toMatchObject({ level: null, state: 'notRequired' });
    expect((await service({ serviceMethod: 'direct', enteringPremises: true })).body.av).toMatchObject({
      level: 'W',
      state: 'missing',
      article: '002 第十八条',
    });
    expect((await service({ serviceMethod: 'carrierPigeon' })).status).toBe(400);
  });
});
