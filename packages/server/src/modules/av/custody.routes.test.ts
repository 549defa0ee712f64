import { afterEach, expect, it } from 'vitest';
import { uploadAv } from '../../test/av-fixture';
import { type CaseFixture, complaintCase, createCaseFixture } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('custody register and monthly hand-over (AVS-02, AVS-07)', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  afterEach(async () => {
    await t.close();
  });
  /** A test app under `profile` whose clock reads `at` when the people log in and upload. */
  async function start(profile: string, at = '2026-11-23T02:00:00.000Z') {
    t = await createTestApp(dialect, { profile });
    t.clock.set(at);
    f = await createCaseFixture(t);
  }
  /** Moves the clock; the sessions of the fixture's people are logged in again (the jump outlasts them). */
  async function moveTo(at: string) {
    t.clock.set(at);
    for (const [person, username] of [
      [f.zhang, 'zhangwei'],
      [f.li, 'lina'],
      [f.head, 'zhaomin'],
      [f.stranger, 'sunli'],
    ] as const) {
      const res = await person.client.login(username, 'Own-Password-9');
      if (res.status !== 200) throw new Error(`login ${username}: ${JSON.stringify(res.body)}`);
    }
  }
  const custodian = async () =>
    (await t.userClient({ username: 'dangan', displayName: '档案员', roles: ['recordsCustodian'] })).user;

  it('AVS-02 (LX 第二十五条): refuses handing a record to the officer, citing the article, and keeps the register unchanged', async () => {
    await start('linxi-hrss');
    const id = await uploadAv(t, f.zhang.client, {});
    const refused = await f.zhang.client.post(`/api/av/${id}/custody`, { toKind: 'officer', toUserId: f.zhang.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'av.custody_officer_not_allowed',
      details: { article: '002 第二十五条' },
    });
    const custody = (await f.zhang.client.get(`/api/av/${id}/custody`)).body;
    expect(custody.current).toEqual({ kind: 'system', id: null, name: null });
    expect(custody.events).toHaveLength(1);
    expect(custody.policy).toMatchObject({ allowedKinds: ['system', 'unitStorage', 'designatedStaff'] });
    expect(await t.trail('av.custody_transferred')).toHaveLength(0);
  });

  it('AVS-02 (LX): records a hand-over to designated staff and then to unit storage, with from, to, time and who', async () => {
    await start('linxi-hrss');
    const keeper = await custodian();
    const id = await uploadAv(t, f.zhang.client, {});
    const toStaff = await f.zhang.client.post(`/api/av/${id}/custody`, {
      toKind: 'designatedStaff',
      toUserId: keeper.id,
      note: '交指定专人保管',
    });
    expect(toStaff.status).toBe(200);
    await moveTo('2026-11-24T02:00:00.000Z');
    const toStorage = await f.head.client.post(`/api/av/${id}/custody`, { toKind: 'unitStorage' });
    expect(toStorage.status).toBe(200);
    const events = toStorage.body.events;
    expect(
      events.map((event: { from: { kind: string }; to: { kind: string } }) => [event.from?.kind, event.to.kind]),
    ).toEqual([
      ['officer', 'system'],
      ['system', 'designatedStaff'],
      ['designatedStaff', 'unitStorage'],
    ]);
    expect(events[1]).toMatchObject({
      to: { id: keeper.id, name: '档案员' },
      recordedBy: { name: '张伟' },
      note: '交指定专人保管',
    });
    expect(events[2]).toMatchObject({ at: expect.stringMatching(/^2026-11-24T02:00/), recordedBy: { name: '赵敏' } });
    expect(toStorage.body.current).toEqual({ kind: 'unitStorage', id: null, name: null });
    const row = await t.db.selectFrom('av_records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.custodian_kind, row.custodian_id]).toEqual(['unitStorage', null]);
    const entries = await t.trail('av.custody_transferred');
    expect(entries.map((entry) => entry.entry.summary.to)).toEqual([
      { kind: 'designatedStaff', id: keeper.id },
      { kind: 'unitStorage', id: null },
    ]);
  });

  it('AVS-02 (HS): refuses designated staff where the profile does not provide for them; an officer of another unit may not hand over', async () => {
    await start('hengshan');
    const keeper = await custodian();
    const id = await uploadAv(t, f.zhang.client, {});
    const refused = await f.zhang.client.post(`/api/av/${id}/custody`, {
      toKind: 'designatedStaff',
      toUserId: keeper.id,
    });
    expect(refused.body.error.code).toBe('av.custody_designated_staff_not_allowed');
    const stranger = await f.stranger.client.post(`/api/av/${id}/custody`, { toKind: 'unitStorage' });
    expect(stranger.status).toBe(404);
    const ok = await f.zhang.client.post(`/api/av/${id}/custody`, { toKind: 'unitStorage' });
    expect(ok.status).toBe(200);
  });

  it('AVS-07 (XG 第十条): the maker holds the upload; a hand-over before the last week is refused, in it every record of the month moves', async () => {
    await start('dalian-xigang-hrss');
    const keeper = await custodian();
    const first = await uploadAv(t, f.zhang.client, {});
    const second = await uploadAv(t, f.zhang.client, {});
    expect((await f.zhang.client.get(`/api/av/${first}/custody`)).body.current).toMatchObject({
      kind: 'officer',
      id: f.zhang.id,
    });
    const body = { officerId: f.zhang.id, custodianId: keeper.id, month: '2026-11', note: '十一月移交' };
    // 2026-11-23 23:59 in Shanghai: the last week (24–30 November) has not begun.
    await moveTo('2026-11-23T15:59:00.000Z');
    const early = await f.zhang.client.post('/api/av/handovers', body);
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'av.handover_too_early',
      details: { from: '2026-11-24', to: '2026-11-30' },
    });
    await moveTo('2026-11-24T01:00:00.000Z');
    const done = await f.zhang.client.post('/api/av/handovers', body);
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ recordCount: 2, late: false, custodian: { name: '档案员' } });
    for (const id of [first, second]) {
      const custody = (await f.zhang.client.get(`/api/av/${id}/custody`)).body;
      expect(custody.current).toMatchObject({ kind: 'designatedStaff', id: keeper.id });
      expect(custody.events.at(-1)).toMatchObject({ handoverId: done.body.id, from: { kind: 'officer' } });
    }
    const [entry] = await t.trail('av.handed_over');
    expect(entry!.entry.summary).toMatchObject({ month: '2026-11', article: '004 第十条', officerId: f.zhang.id });
    expect((entry!.entry.summary.records as unknown[]).length).toBe(2);
    const again = await f.zhang.client.post('/api/av/handovers', body);
    expect(again.body.error.code).toBe('av.handover_nothing');
  });

  it('AVS-07 (XG): flags an officer who still holds material when the month has ended, not one who handed it over', async () => {
    await start('dalian-xigang-hrss');
    const keeper = await custodian();
    await uploadAv(t, f.zhang.client, {});
    await uploadAv(t, f.li.client, {});
    await moveTo('2026-11-28T02:00:00.000Z');
    const handed = await f.zhang.client.post('/api/av/handovers', {
      officerId: f.zhang.id,
      custodianId: keeper.id,
      month: '2026-11',
    });
    expect(handed.status).toBe(201);
    const inMonth = (await f.head.client.get('/api/av/handovers?month=2026-11')).body;
    expect(inMonth.items.find((item: { officer: { id: string } }) => item.officer.id === f.li.id)).toMatchObject({
      status: 'due',
      overdue: false,
    });
    // 1 December 00:00 in Shanghai: November has ended.
    await moveTo('2026-11-30T16:00:00.000Z');
    const after = (await f.head.client.get('/api/av/handovers?month=2026-11')).body;
    expect(after).toMatchObject({ article: '004 第十条', lastWeek: { from: '2026-11-24', to: '2026-11-30' } });
    const byOfficer = Object.fromEntries(
      after.items.map((item: { officer: { name: string } }) => [item.officer.name, item]),
    );
    expect(byOfficer['张伟']).toMatchObject({ storedCount: 1, pendingCount: 0, handedOver: true, overdue: false });
    expect(byOfficer['张伟'].handovers).toHaveLength(1);
    expect(byOfficer['李娜']).toMatchObject({ storedCount: 1, pendingCount: 1, status: 'overdue', overdue: true });
    // A late hand-over is still accepted and marked late.
    const late = await f.li.client.post('/api/av/handovers', {
      officerId: f.li.id,
      custodianId: keeper.id,
      month: '2026-11',
    });
    expect(late.body).toMatchObject({ late: true, recordCount: 1 });
  });

  it('AVS-07: refuses a monthly hand-over under a profile without one (HS)', async () => {
    await start('hengshan', '2026-11-28T02:00:00.000Z');
    const refused = await f.zhang.client.post('/api/av/handovers', {
      officerId: f.zhang.id,
      custodianId: f.li.id,
      month: '2026-11',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('av.handover_not_in_profile');
  });

  it('AVS-07 (XG): refuses a custodian who is the officer, and an officer of another unit recording the hand-over', async () => {
    await start('dalian-xigang-hrss', '2026-11-28T02:00:00.000Z');
    const body = { officerId: f.zhang.id, custodianId: f.li.id, month: '2026-11' };
    const self = await f.zhang.client.post('/api/av/handovers', { ...body, custodianId: f.zhang.id });
    expect(self.body.error.code).toBe('av.handover_same_person');
    const stranger = await f.stranger.client.post('/api/av/handovers', body);
    expect(stranger.status).toBe(403);
  });
});

describeEachDatabase('evidence copies to a storage medium (AVS-04)', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  afterEach(async () => {
    await t.close();
  });
  async function start(profile: string) {
    t = await createTestApp(dialect, { profile });
    f = await createCaseFixture(t);
  }
  /** Under LX a recording joins a case only with time, place, persons and summary (AV-08). */
  async function linkedUnderLx(caseId: string) {
    const id = await uploadAv(t, f.zhang.client, { capturedFrom: '2026-11-23T09:30:00+08:00' });
    const patched = await f.zhang.client.patch(`/api/av/${id}`, {
      expectedVersion: 1,
      place: '本溪市平山区某路 1 号',
      purpose: '现场检查工资支付情况',
      persons: '当事人周某；执法人员张伟、李娜',
      summary: '出示执法证件，告知录音录像，检查工资台账。',
    });
    expect(patched.status).toBe(200);
    const linked = await f.zhang.client.post(`/api/av/${id}/link`, { caseId, expectedVersion: patched.body.version });
    expect(linked.status).toBe(200);
    return id;
  }
  const copy = {
    medium: 'opticalDisc',
    mediumLabel: 'DVD-2026-017',
    copiedOn: '2026-11-23',
    explanation: '现场检查音像记录一段，刻录光盘一张，作为视听资料证据附卷。',
  };

  it('AVS-04 (LX 第二十六条): records a copy of a linked record with the hash and explanation, listed on the record and the case', async () => {
    await start('linxi-hrss');
    const opened = await f.zhang.client.post('/api/cases', complaintCase(f));
    expect(opened.status).toBe(201);
    const id = await linkedUnderLx(opened.body.id);
    const made = await f.zhang.client.post(`/api/av/${id}/evidence-copies`, copy);
    expect(made.status).toBe(201);
    const record = (await f.zhang.client.get(`/api/av/${id}`)).body;
    expect(made.body).toMatchObject({
      ...copy,
      caseId: opened.body.id,
      hash: record.hash,
      recordedBy: { name: '张伟' },
    });
    expect((await f.zhang.client.get(`/api/av/${id}/evidence-copies`)).body.items).toHaveLength(1);
    expect((await f.li.client.get(`/api/cases/${opened.body.id}/evidence-copies`)).body.items).toMatchObject([
      { avRecordId: id, mediumLabel: 'DVD-2026-017' },
    ]);
    const [entry] = await t.trail('av.evidence_copied');
    expect(entry!.entry.summary).toMatchObject({ hash: record.hash, article: '002 第二十六条', medium: 'opticalDisc' });
  });

  it('AVS-04 (LX): refuses a record not linked to a case, and a copy without its explanation', async () => {
    await start('linxi-hrss');
    const id = await uploadAv(t, f.zhang.client, {});
    const unlinked = await f.zhang.client.post(`/api/av/${id}/evidence-copies`, copy);
    expect(unlinked.status).toBe(409);
    expect(unlinked.body.error).toMatchObject({
      code: 'av.evidence_copy_needs_case',
      details: { article: '002 第二十六条' },
    });
    const noExplanation = await f.zhang.client.post(`/api/av/${id}/evidence-copies`, { ...copy, explanation: ' ' });
    expect(noExplanation.status).toBe(400);
    expect(await t.trail('av.evidence_copied')).toHaveLength(0);
  });

  it('AVS-04: refuses evidence copies under a profile without them (HS)', async () => {
    await start('hengshan');
    const opened = await f.zhang.client.post('/api/cases', complaintCase(f));
    const id = await uploadAv(t, f.zhang.client, { caseId: opened.body.id });
    const refused = await f.zhang.client.post(`/api/av/${id}/evidence-copies`, copy);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('av.evidence_copy_not_in_profile');
  });
});
