import { afterEach, beforeEach, expect, it } from 'vitest';
import { approve, type CaseFixture, complaintCase, createCaseFixture, move } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describeEachDatabase('activities and documents over HTTP', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  let caseId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    f = await createCaseFixture(t);
    caseId = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id;
  });
  afterEach(async () => {
    await t.close();
  });

  async function register() {
    await approve(f, caseId, 'registration');
    const moved = await move(f.zhang.client, caseId, 'register');
    expect(moved.body.stage).toBe('investigation');
  }

  const inquiry = (officers: { userId: string; certificateShown: boolean }[]) => ({
    type: 'inquiry',
    startedAt: '2026-11-23T10:00:00+08:00',
    endedAt: '2026-11-23T10:45:00+08:00',
    place: '劳动保障监察一科询问室',
    officers,
    parties: [{ name: '周某', role: '被询问人（法定代表人）' }],
    rightsNotified: [{ right: 'recusal', method: 'oralOnSite', at: '2026-11-23T10:01:00+08:00' }],
    summary: '询问拖欠工资情况',
  });

  it('INV-01: an inquiry needs two certified officers present; their certificate numbers are copied from the record', async () => {
    await register();
    const alone = await f.zhang.client.post(
      `/api/cases/${caseId}/activities`,
      inquiry([{ userId: f.zhang.id, certificateShown: true }]),
    );
    expect(alone.body.error).toMatchObject({ code: 'activity.too_few_officers', details: { count: 1 } });
    const uncertified = await f.zhang.client.post(
      `/api/cases/${caseId}/activities`,
      inquiry([
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.wang.id, certificateShown: true },
      ]),
    );
    expect(uncertified.body.error).toMatchObject({ code: 'activity.officer_not_certified', details: { name: '王强' } });
    const recorded = await f.zhang.client.post(
      `/api/cases/${caseId}/activities`,
      inquiry([
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: false },
      ]),
    );
    expect(recorded.status).toBe(201);
    expect(recorded.body.officers).toEqual([
      { userId: f.zhang.id, name: '张伟', certificateNumber: '辽A-2026-000001', certificateShown: true },
      { userId: f.li.id, name: '李娜', certificateNumber: '辽A-2026-000002', certificateShown: false },
    ]);
    expect(recorded.body.rightsNotified).toEqual([
      { right: 'recusal', method: 'oralOnSite', at: '2026-11-23T10:01:00+08:00' },
    ]);
    expect(recorded.body.missingDocuments).toEqual(['inquiryTranscript']);
    const entry = (await t.trail('activity.recorded'))[0]!;
    expect(entry.entry.summary).toMatchObject({ type: 'inquiry', place: '劳动保障监察一科询问室' });
  });

  it('GEN-03: an activity of the wrong stage is refused (no inquiry before registration)', async () => {
    const res = await f.zhang.client.post(
      `/api/cases/${caseId}/activities`,
      inquiry([
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: true },
      ]),
    );
    expect(res.body.error).toMatchObject({
      code: 'activity.stage_not_allowed',
      details: { type: 'inquiry', stage: 'initiation' },
    });
    expect(await t.trail('activity.recorded')).toHaveLength(0);
  });

  it('INV-02, INV-03, SYS-03: a transcript is finalised only with its mandatory fields and signatures', async () => {
    await register();
    const activity = (
      await f.zhang.client.post(
        `/api/cases/${caseId}/activities`,
        inquiry([
          { userId: f.zhang.id, certificateShown: true },
          { userId: f.li.id, certificateShown: true },
        ]),
      )
    ).body;
    const data = {
      startedAt: '2026-11-23T10:00:00+08:00',
      place: '劳动保障监察一科询问室',
      officerCount: 2,
      officers: [
        { name: '张伟', certificateNumber: '辽A-2026-000001' },
        { name: '李娜', certificateNumber: '辽A-2026-000002' },
      ],
      certificatesShown: '已向被询问人出示执法证件',
      interviewee: { name: '周某' },
      questioning: '问：公司是否拖欠韩某工资？答：因资金周转困难，尚欠两个月工资。',
    };
    const incomplete = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'inquiryTranscript',
      activityId: activity.id,
      data: { ...data, questioning: '' },
      signatures: [{ role: 'officer', name: '张伟', signed: true }],
      finalise: true,
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.code).toBe('document.incomplete');
    expect(incomplete.body.error.message).toContain('为必填项');
    expect(incomplete.body.error.message).toContain('签名');

    const refusedWithoutWitness = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'inquiryTranscript',
      activityId: activity.id,
      data,
      signatures: [
        { role: 'officer', name: '张伟', signed: true },
        { role: 'officer', name: '李娜', signed: true },
        { role: 'party', name: '周某', signed: false, refusal: { reason: '拒绝签字', witnessName: '' } },
      ],
      finalise: true,
    });
    expect(refusedWithoutWitness.status).toBe(400);

    const final = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'inquiryTranscript',
      activityId: activity.id,
      data,
      signatures: [
        { role: 'officer', name: '张伟', signed: true },
        { role: 'officer', name: '李娜', signed: true },
        {
          role: 'party',
          name: '周某',
          signed: false,
          refusal: { reason: '认为与己无关，拒绝签字', witnessName: '钱某（在场员工）' },
        },
      ],
      finalise: true,
    });
    expect(final.status).toBe(201);
    expect(final.body).toMatchObject({ status: 'final', version: 1, title: '询问（调查）笔录' });
    expect(final.body.data.caseReference).toMatch(/〔2026〕001号$/);
    const page = await f.zhang.client.get(`/api/cases/${caseId}`);
    expect(page.body.activities[0]).toMatchObject({ missingDocuments: [], documentIds: [final.body.id] });
  });

  it('SYS-03, GEN-01: what the catalogue requires under some profiles only is required under the case profile', async () => {
    // 程序启动审批表: 基本案情, 承办机构意见 and the unit head's signature are BX/FS contents (000 第六条, 003 第七条),
    // not HS ones (001 第十条). The test agency follows Hengshan.
    const form = {
      typeCode: 'initiationApprovalForm',
      data: {
        startReason: '投诉反映拖欠工资',
        caseSource: 'complaint',
        party: { name: '某建筑公司' },
        handlerOpinion: '建议立案',
        headOpinion: '同意立案',
      },
      signatures: [
        { role: 'officer', name: '张伟', signed: true },
        { role: 'agencyHead', name: '刘洋', signed: true },
      ],
      finalise: true,
    };
    const underHengshan = await f.zhang.client.post(`/api/cases/${caseId}/documents`, form);
    expect(underHengshan.status, JSON.stringify(underHengshan.body)).toBe(201);
    // The editor marks and pre-checks by the same rules: the case and the document name them.
    expect(underHengshan.body.profileFamily).toBe('HS');
    expect((await f.zhang.client.get(`/api/cases/${caseId}`)).body.profileFamily).toBe('HS');

    expect((await f.admin.put('/api/agency/profile', { profileId: 'benxi-hrss', reason: '本局适用' })).status).toBe(
      200,
    );
    const benxiCase = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id as string;
    const underBenxi = await f.zhang.client.post(`/api/cases/${benxiCase}/documents`, form);
    expect(underBenxi.status).toBe(422);
    expect(underBenxi.body.error.code).toBe('document.incomplete');
    const problems = underBenxi.body.error.details.problems as string;
    expect(problems).toContain('「基本案情」为必填项');
    expect(problems).toContain('「承办机构意见」为必填项');
  });

  it('DOC: a draft keeps partial data but refuses unknown fields; unknown types are refused', async () => {
    const draft = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'complaintRecord',
      data: { content: '投诉拖欠工资' },
    });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
    const typo = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'complaintRecord',
      data: { contnet: '投诉拖欠工资' },
    });
    expect(typo.body.error.code).toBe('document.incomplete');
    expect(typo.body.error.message).toContain('contnet');
    const unknown = await f.zhang.client.post(`/api/cases/${caseId}/documents`, { typeCode: 'noSuchType', data: {} });
    expect(unknown.body.error).toMatchObject({ code: 'document.type_unknown', details: { typeCode: 'noSuchType' } });
  });

  it('DOC: versions: a stale save is a conflict and overwrites nothing; a correction needs a reason; old versions stay readable', async () => {
    const complete = {
      realName: true,
      complainant: { name: '韩某' },
      content: '投诉该公司拖欠工资 12000 元',
      receivedAt: '2026-11-23T09:30:00+08:00',
      recorder: '张伟',
      decision: 'start',
      handlingAndNotification: '已受理，当场告知投诉人处理时限',
    };
    const created = (
      await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
        typeCode: 'complaintRecord',
        data: { content: '投诉拖欠工资' },
      })
    ).body;
    const byLi = await f.li.client.put(`/api/documents/${created.id}`, {
      expectedVersion: 1,
      data: { content: '投诉拖欠工资（李娜补充）' },
    });
    expect(byLi.body.version).toBe(2);
    const byZhang = await f.zhang.client.put(`/api/documents/${created.id}`, {
      expectedVersion: 1,
      data: { content: '张伟的修改' },
    });
    expect(byZhang.status).toBe(409);
    expect(byZhang.body.error).toMatchObject({
      code: 'document.version_conflict',
      details: { current: 2, expected: 1 },
    });
    expect((await f.zhang.client.get(`/api/documents/${created.id}`)).body.data.content).toBe(
      '投诉拖欠工资（李娜补充）',
    );

    const finalised = await f.zhang.client.put(`/api/documents/${created.id}`, {
      expectedVersion: 2,
      data: complete,
      signatures: [{ role: 'officer', name: '张伟', signed: true }],
      finalise: true,
    });
    expect(finalised.body).toMatchObject({ status: 'final', version: 3 });
    const noReason = await f.zhang.client.put(`/api/documents/${created.id}`, {
      expectedVersion: 3,
      data: { ...complete, content: '投诉该公司拖欠工资 13000 元' },
      signatures: [{ role: 'officer', name: '张伟', signed: true }],
    });
    expect(noReason.body.error.code).toBe('document.correction_reason_required');
    const corrected = await f.zhang.client.put(`/api/documents/${created.id}`, {
      expectedVersion: 3,
      data: { ...complete, content: '投诉该公司拖欠工资 13000 元' },
      signatures: [{ role: 'officer', name: '张伟', signed: true }],
      reason: '金额笔误，经投诉人核对更正',
    });
    expect(corrected.body).toMatchObject({ status: 'final', version: 4 });
    expect(
      corrected.body.versions.map((v: { version: number; reason: string | null }) => [v.version, v.reason]),
    ).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, '金额笔误，经投诉人核对更正'],
    ]);
    const old = await f.zhang.client.get(`/api/documents/${created.id}/versions/3`);
    expect(old.body.data.content).toBe('投诉该公司拖欠工资 12000 元');
    const hashes = (await t.trail())
      .filter((row) => row.action.startsWith('document.'))
      .map((row) => row.entry.summary.contentHash);
    expect(new Set(hashes).size).toBe(4);
    expect(corrected.body.versions[3].contentHash).toBe(hashes[3]);
  });

  it('PROH-02: stored document versions cannot be changed or deleted, even by SQL', async () => {
    const created = (
      await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
        typeCode: 'complaintRecord',
        data: { content: 'x' },
      })
    ).body;
    await expect(
      t.db.updateTable('document_versions').set({ data: '{}' }).where('document_id', '=', created.id).execute(),
    ).rejects.toThrow(/append-only|not allowed/);
    await expect(t.db.deleteFrom('case_events').execute()).rejects.toThrow(/append-only|not allowed/);
  });

  it('DOC: a scan of the signed original is stored by hash, ledgered and served back; other types are refused', async () => {
    const created = (
      await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
        typeCode: 'complaintRecord',
        data: { content: 'x' },
      })
    ).body;
    const uploaded = await f.zhang.client.upload(`/api/documents/${created.id}/scans`, pdf, 'application/pdf', {
      'x-file-name': encodeURIComponent('投诉登记表（签字版）.pdf'),
    });
    expect(uploaded.status).toBe(200);
    const [scan] = uploaded.body.scans;
    expect(scan).toMatchObject({
      mediaType: 'application/pdf',
      fileName: '投诉登记表（签字版）.pdf',
      size: pdf.length,
    });
    expect(scan.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const entry = (await t.trail('document.scan_attached'))[0]!;
    expect(entry.entry.hashes).toEqual([{ alg: 'sha256', hex: scan.hash.slice(7), size: pdf.length }]);
    const back = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${created.id}/scans/${scan.hash}`,
      headers: { cookie: `liuhen_session=${f.zhang.client.cookie}` },
    });
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(pdf)).toBe(true);

    const fake = await f.zhang.client.upload(
      `/api/documents/${created.id}/scans`,
      Buffer.from('not a pdf'),
      'application/pdf',
    );
    expect(fake.body.error.code).toBe('document.scan_content_mismatch');
    const text = await f.zhang.client.upload(`/api/documents/${created.id}/scans`, Buffer.from('hello'), 'text/plain');
    expect(text.status).toBe(415);
    expect((await f.zhang.client.get(`/api/documents/${created.id}`)).body.scans).toHaveLength(1);
    expect((await f.stranger.client.get(`/api/documents/${created.id}`)).status).toBe(404);
  });

  it('EXEC-03: no compulsory-execution document before a finalised demand notice', async () => {
    const res = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'courtEnforcementApplication',
      data: {},
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'document.prerequisite_missing',
      details: { documents: 'demandNotice' },
    });
  });

  it('MEAS-03: the advance-preservation notice is finalised only after the approval chain approved it', async () => {
    await register();
    const notice = {
      typeCode: 'advancePreservationNotice',
      data: {
        documentNumber: '测人社先保〔2026〕1号',
        issueDate: '2026-11-24',
        body: '对工资发放表原件先行登记保存，期限七日。',
        party: { name: '本溪市某建筑工程有限公司' },
        items: ['2026 年 9 月工资发放表原件', '2026 年 10 月工资发放表原件'],
        periodEnds: '2026-12-01',
      },
      signatures: [
        { role: 'officer', name: '张伟', signed: true },
        { role: 'party', name: '周某', signed: true },
      ],
      finalise: true,
    };
    const draftFirst = await f.zhang.client.post(`/api/cases/${caseId}/documents`, { ...notice, finalise: false });
    expect(draftFirst.status).toBe(201);
    const early = await f.zhang.client.post(`/api/cases/${caseId}/documents`, notice);
    expect(early.body.error).toMatchObject({
      code: 'document.approval_required',
      details: { type: 'advancePreservation' },
    });
    await approve(f, caseId, 'advancePreservation');
    expect((await f.zhang.client.post(`/api/cases/${caseId}/documents`, notice)).status).toBe(201);
  });

  it('DOC-02: the case keeps a register of the counterpart’s materials and lists the unsettled ones', async () => {
    const licence = await f.zhang.client.post(`/api/cases/${caseId}/materials`, {
      name: '营业执照副本复印件',
      kind: 'copy',
      submittedBy: '本溪市某建筑工程有限公司',
      receivedOn: '2026-11-23',
      complete: true,
      valid: true,
    });
    expect(licence.status).toBe(201);
    const payroll = await f.zhang.client.post(`/api/cases/${caseId}/materials`, {
      name: '2026 年 9 月工资发放表',
      kind: 'material',
      submittedBy: '本溪市某建筑工程有限公司',
      complete: false,
    });
    const page = await f.zhang.client.get(`/api/cases/${caseId}`);
    expect(page.body.materials.map((m: { name: string }) => m.name)).toEqual([
      '营业执照副本复印件',
      '2026 年 9 月工资发放表',
    ]);
    expect(page.body.unsettledMaterialIds).toEqual([payroll.body.id]);

    const settled = await f.zhang.client.patch(`/api/materials/${payroll.body.id}`, { complete: true, valid: true });
    expect(settled.body).toMatchObject({ received: true, complete: true, valid: true });
    expect((await f.zhang.client.get(`/api/cases/${caseId}`)).body.unsettledMaterialIds).toEqual([]);
    const entry = (await t.trail('material.updated'))[0]!;
    expect(entry.entry.summary).toMatchObject({
      before: { complete: false, valid: false },
      after: { complete: true, valid: true },
    });

    expect((await f.stranger.client.patch(`/api/materials/${payroll.body.id}`, { valid: false })).status).toBe(404);
    const bad = await f.zhang.client.post(`/api/cases/${caseId}/materials`, {
      name: '',
      kind: 'paper',
      submittedBy: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('request.invalid');
  });
});
