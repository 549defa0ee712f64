import { afterEach, beforeEach, expect, it } from 'vitest';
import { uploadAv } from '../../test/av-fixture';
import { type CaseFixture, complaintCase, createCaseFixture } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('A/V search and statistics (AVS-05, AVS-06)', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  let ids: { zhangLinked: string; zhangLoose: string; liLinked: string; strangerOwn: string };
  beforeEach(async () => {
    t = await createTestApp(dialect);
    f = await createCaseFixture(t);
    const wages = await f.zhang.client.post('/api/cases', complaintCase(f));
    const social = await f.li.client.post(
      '/api/cases',
      complaintCase(f, {
        cause: '未依法缴纳社会保险费',
        parties: [
          { kind: 'person', name: '王某某', idDocument: { type: 'residentIdCard', number: '210502198001011234' } },
        ],
      }),
    );
    expect([wages.status, social.status]).toEqual([201, 201]);
    ids = {
      zhangLinked: await uploadAv(t, f.zhang.client, {
        caseId: wages.body.id,
        deviceNumber: 'DSJ-A8-0001',
        capturedFrom: '2026-11-20T09:00:00+08:00',
        capturedTo: '2026-11-20T09:30:00+08:00',
      }),
      zhangLoose: await uploadAv(t, f.zhang.client, {
        deviceNumber: 'DSJ-A8-0002',
        capturedFrom: '2026-11-22T14:00:00+08:00',
        capturedTo: '2026-11-22T14:10:00+08:00',
      }),
      liLinked: await uploadAv(t, f.li.client, {
        caseId: social.body.id,
        deviceNumber: 'DSJ-A8-0001',
        capturedFrom: '2026-11-21T23:50:00+08:00',
        capturedTo: '2026-11-22T00:20:00+08:00',
      }),
      strangerOwn: await uploadAv(t, f.stranger.client, { deviceNumber: 'DSJ-B1-0009' }),
    };
  });
  afterEach(async () => {
    await t.close();
  });
  const search = async (query: string) =>
    ((await f.head.client.get(`/api/av?${query}`)).body.items as { id: string }[]).map((item) => item.id).sort();

  it('AVS-05: finds records by device number (part of it) and by officer (制作人)', async () => {
    expect(await search('deviceNumber=a8-0001')).toEqual([ids.zhangLinked, ids.liLinked].sort());
    expect(await search(`officer=${f.li.id}`)).toEqual([ids.liLinked]);
    expect(await search('deviceNumber=NONE')).toEqual([]);
  });

  it('AVS-05: finds records by time of use, a recording overlapping the range counting', async () => {
    const from = encodeURIComponent('2026-11-22T00:00:00+08:00');
    const to = encodeURIComponent('2026-11-22T23:59:59+08:00');
    expect(await search(`capturedFrom=${from}&capturedTo=${to}`)).toEqual([ids.zhangLoose, ids.liLinked].sort());
    expect(await search(`capturedTo=${encodeURIComponent('2026-11-20T08:59:00+08:00')}`)).toEqual([]);
  });

  it('AVS-05: finds records by party and by 案由 of their case', async () => {
    expect(await search(`party=${encodeURIComponent('建筑工程')}`)).toEqual([ids.zhangLinked]);
    expect(await search(`cause=${encodeURIComponent('社会保险')}`)).toEqual([ids.liLinked]);
    expect(await search(`cause=${encodeURIComponent('100%')}`)).toEqual([]);
  });

  it('AVS-05: filters by enforcement unit, and a unit head never sees another unit through a filter', async () => {
    expect(await search(`unitId=${f.section.id}`)).toEqual([ids.zhangLinked, ids.zhangLoose, ids.liLinked].sort());
    expect(await search(`unitId=${f.other.id}`)).toEqual([]);
    const lawyer = (await f.lawyer.client.get(`/api/av?unitId=${f.other.id}`)).body.items as { id: string }[];
    expect(lawyer.map((item) => item.id)).toEqual([ids.strangerOwn]);
  });

  it('AVS-06: counts and sums durations per device within the dates, and leaves out what the actor may not read', async () => {
    await t.db
      .updateTable('av_records')
      .set({ probe_status: 'done', probe: JSON.stringify({ durationSeconds: 1800 }) })
      .where('id', 'in', [ids.zhangLinked, ids.liLinked])
      .execute();
    const res = await f.head.client.get('/api/av/statistics?from=2026-11-20&to=2026-11-22&groupBy=device');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { key: 'DSJ-A8-0001', label: 'DSJ-A8-0001', count: 2, durationSeconds: 3600, withoutDuration: 0 },
      { key: 'DSJ-A8-0002', label: 'DSJ-A8-0002', count: 1, durationSeconds: 0, withoutDuration: 1 },
    ]);
    expect(res.body.total).toEqual({ count: 3, durationSeconds: 3600 });
    const byOfficer = await f.head.client.get('/api/av/statistics?from=2026-11-21&to=2026-11-21&groupBy=officer');
    expect(byOfficer.body.items).toMatchObject([{ key: f.li.id, label: '李娜', count: 1 }]);
  });

  it('AVS-06: groups by unit and refuses a range that ends before it starts', async () => {
    const res = await f.lawyer.client.get('/api/av/statistics?from=2026-11-01&to=2026-11-30&groupBy=unit');
    expect(res.body.items).toEqual([
      expect.objectContaining({ key: f.section.id, label: '劳动保障监察一科', count: 3 }),
      expect.objectContaining({ key: f.other.id, label: '劳动保障监察二科', count: 1 }),
    ]);
    const backwards = await f.lawyer.client.get('/api/av/statistics?from=2026-11-30&to=2026-11-01&groupBy=unit');
    expect(backwards.status).toBe(400);
  });
});
