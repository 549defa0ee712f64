import { afterEach, beforeEach, expect, it } from 'vitest';
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

describeEachDatabase('cases over HTTP: opening, stages and approvals', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  beforeEach(async () => {
    // Long sessions: the deadline tests move the clock past 24 hours.
    t = await createTestApp(dialect, { sessionIdleMinutes: 24 * 60, sessionMaxHours: 24 * 7 });
    f = await createCaseFixture(t);
  });
  afterEach(async () => {
    await t.close();
  });

  it('INIT-05, INIT-04: opens a real-name complaint with its number, intake and handlers, and records it in the ledger', async () => {
    const res = await f.zhang.client.post('/api/cases', complaintCase(f));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      stage: 'initiation',
      source: 'complaint',
      realName: true,
      handlers: [
        { id: f.zhang.id, name: '张伟' },
        { id: f.li.id, name: '李娜' },
      ],
      unit: { id: f.section.id, name: '劳动保障监察一科' },
      version: 1,
    });
    expect(res.body.number).toMatch(/〔2026〕001号$/);
    expect(res.body.intake.complainant.name).toBe('韩某');
    expect(res.body.partiesFull[0].idDocument.number).toBe('91210500MA0XXXXX1K');
    expect(res.body.timeline).toMatchObject([{ action: 'open', toStage: 'initiation', actor: { name: '张伟' } }]);
    const second = await f.li.client.post('/api/cases', complaintCase(f, { cause: '未依法签订劳动合同' }));
    expect(second.body.number).toMatch(/〔2026〕002号$/);
    const opened = await t.trail('case.opened');
    expect(opened).toHaveLength(2);
    expect(opened[0]!.entry.summary).toMatchObject({ source: 'complaint', cause: '拖欠劳动者工资' });
  });

  it('masks identity numbers in the list and searches by party name, cause and number', async () => {
    await f.zhang.client.post('/api/cases', complaintCase(f));
    await f.zhang.client.post('/api/cases', complaintCase(f, { cause: '未依法缴纳社会保险费' }));
    const list = await f.zhang.client.get('/api/cases');
    expect(list.body.total).toBe(2);
    expect(list.body.items[0].parties[0].idNumberMasked).toBe('912105********XX1K');
    expect(JSON.stringify(list.body)).not.toContain('91210500MA0XXXXX1K');
    expect((await f.zhang.client.get(`/api/cases?q=${encodeURIComponent('社会保险')}`)).body.total).toBe(1);
    expect((await f.zhang.client.get(`/api/cases?q=${encodeURIComponent('某建筑')}`)).body.total).toBe(2);
    expect((await f.zhang.client.get(`/api/cases?q=${encodeURIComponent('%')}`)).body.total).toBe(0);
    expect((await f.zhang.client.get('/api/cases?stage=investigation')).body.total).toBe(0);
    expect((await f.zhang.client.get('/api/cases?from=2026-11-23&to=2026-11-23')).body.total).toBe(2);
    expect((await f.zhang.client.get('/api/cases?from=2026-11-24')).body.total).toBe(0);
  });

  it('INV-01, ROLE-01: refuses a single handler or an uncertified one, and stores nothing', async () => {
    const one = await f.zhang.client.post('/api/cases', complaintCase(f, { handlerIds: [f.zhang.id] }));
    expect(one.status).toBe(400);
    expect(one.body.error).toMatchObject({ code: 'case.too_few_handlers', details: { count: 1, minimum: 2 } });
    const uncertified = await f.zhang.client.post(
      '/api/cases',
      complaintCase(f, { handlerIds: [f.zhang.id, f.wang.id] }),
    );
    expect(uncertified.body.error).toMatchObject({ code: 'case.handler_not_certified', details: { name: '王强' } });
    expect(uncertified.body.error.message).toContain('王强');
    const notOfficer = await f.zhang.client.post(
      '/api/cases',
      complaintCase(f, { handlerIds: [f.zhang.id, f.head.id] }),
    );
    expect(notOfficer.body.error.code).toBe('user.not_found');
    expect((await f.zhang.client.get('/api/cases')).body.total).toBe(0);
    expect(await t.trail('case.opened')).toHaveLength(0);
  });

  it('INIT-05: a complaint without the complainant is refused naming the missing fields; unknown fields too', async () => {
    const body = complaintCase(f);
    const res = await f.zhang.client.post('/api/cases', {
      ...body,
      realName: undefined,
      intake: { ...body.intake, complainant: undefined },
    });
    expect(res.body.error).toMatchObject({
      code: 'case.intake_incomplete',
      details: { fields: 'complainant, realName' },
    });
    const extra = await f.zhang.client.post('/api/cases', { ...body, secret: 1 });
    expect(extra.status).toBe(400);
    expect(extra.body.error.code).toBe('request.invalid');
  });

  it('SYS-05: officers of another unit neither see nor change the case; administrators do not read cases', async () => {
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    expect((await f.stranger.client.get(`/api/cases/${created.id}`)).body.error.code).toBe('case.not_found');
    expect((await f.stranger.client.get('/api/cases')).body.total).toBe(0);
    const moved = await f.stranger.client.post(`/api/cases/${created.id}/transitions`, {
      action: 'register',
      expectedVersion: 1,
    });
    expect(moved.status).toBe(404);
    expect((await f.admin.get('/api/cases')).body.error.code).toBe('auth.forbidden');
    // The uncertified colleague of the same unit may read (unit scope) but not record on a case they do not handle.
    expect((await f.wang.client.get(`/api/cases/${created.id}`)).status).toBe(200);
    const recorded = await f.wang.client.post(`/api/cases/${created.id}/approvals`, {
      type: 'registration',
      opinion: '建议立案',
      reasons: '理由',
    });
    expect(recorded.body.error.code).toBe('auth.forbidden');
  });

  it('INIT-03, APPR-01 (BX 000 第二十八条): registration waits for the chain handler → reviewer → approver, in order, by the right roles', async () => {
    // Benxi names the review step; Hengshan's chain has none (approval-chain.routes.test.ts).
    expect((await f.admin.put('/api/agency/profile', { profileId: 'benxi-hrss', reason: '本局适用' })).status).toBe(
      200,
    );
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    const early = await move(f.zhang.client, created.id, 'register');
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'case.approval_required', details: { type: 'registration' } });

    const proposed = await f.zhang.client.post(`/api/cases/${created.id}/approvals`, {
      type: 'registration',
      opinion: '建议立案调查',
      reasons: '投诉事项属于本机关管辖，有初步证据',
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', steps: [{ kind: 'propose', user: { name: '张伟' } }] });
    expect(proposed.body.steps[0].signature).toMatch(/^sha256:[0-9a-f]{64}$/);
    const again = await f.li.client.post(`/api/cases/${created.id}/approvals`, {
      type: 'registration',
      opinion: 'x',
      reasons: 'y',
    });
    expect(again.body.error.code).toBe('approval.already_pending');

    const approveFirst = await f.chief.client.post(`/api/approvals/${proposed.body.id}/approve`, {
      agree: true,
      opinion: '同意',
    });
    expect(approveFirst.body.error).toMatchObject({ code: 'approval.out_of_order', details: { status: 'proposed' } });
    const officerReview = await f.li.client.post(`/api/approvals/${proposed.body.id}/review`, {
      agree: true,
      opinion: '同意',
    });
    expect(officerReview.body.error.code).toBe('auth.forbidden');

    const pending = await f.head.client.get('/api/workbench');
    expect(pending.body.pendingApprovals.map((a: { id: string }) => a.id)).toEqual([proposed.body.id]);
    expect((await f.chief.client.get('/api/workbench')).body.pendingApprovals).toEqual([]);

    const reviewed = await f.head.client.post(`/api/approvals/${proposed.body.id}/review`, {
      agree: true,
      opinion: '同意立案',
    });
    expect(reviewed.body).toMatchObject({ status: 'reviewed' });
    expect((await f.chief.client.get('/api/workbench')).body.pendingApprovals).toHaveLength(1);
    const approved = await f.chief.client.post(`/api/approvals/${proposed.body.id}/approve`, {
      agree: true,
      opinion: '批准立案',
    });
    expect(approved.body).toMatchObject({ status: 'approved' });
    expect(
      approved.body.steps.map((s: { kind: string; user: { name: string } }) => `${s.kind}:${s.user.name}`),
    ).toEqual(['propose:张伟', 'review:赵敏', 'approve:刘洋']);

    const registered = await move(f.zhang.client, created.id, 'register', { reason: '经批准立案' });
    expect(registered.status).toBe(200);
    expect(registered.body.stage).toBe('investigation');
    expect(registered.body.timeline.at(-1)).toMatchObject({
      action: 'register',
      fromStage: 'initiation',
      toStage: 'investigation',
      approvalId: proposed.body.id,
    });
    expect(registered.body.approvals[0].usedAt).not.toBeNull();
    const actions = (await t.trail())
      .map((row) => row.action)
      .filter((a) => a.startsWith('approval') || a.startsWith('case'));
    expect(actions).toEqual([
      'case.opened',
      'approval.proposed',
      'approval.reviewed',
      'approval.decided',
      'case.transitioned',
    ]);
  });

  it('APPR-01: a disagreeing review rejects the approval; the action stays blocked until a new one is approved', async () => {
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    const proposed = await f.zhang.client.post(`/api/cases/${created.id}/approvals`, {
      type: 'registration',
      opinion: '建议立案',
      reasons: '理由',
    });
    const rejected = await f.head.client.post(`/api/approvals/${proposed.body.id}/review`, {
      agree: false,
      opinion: '证据不足，退回补充',
    });
    expect(rejected.body.status).toBe('rejected');
    expect((await move(f.zhang.client, created.id, 'register')).body.error.code).toBe('case.approval_required');
    await approve(f, created.id, 'registration');
    expect((await move(f.zhang.client, created.id, 'register')).body.stage).toBe('investigation');
  });

  it('GEN-03: an illegal transition is refused with the stage named; a stale version is a conflict', async () => {
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    const illegal = await move(f.zhang.client, created.id, 'close');
    expect(illegal.status).toBe(409);
    expect(illegal.body.error).toMatchObject({
      code: 'case.transition_not_allowed',
      details: { stage: 'initiation', action: 'close' },
    });
    await approve(f, created.id, 'registration');
    const stale = await f.zhang.client.post(`/api/cases/${created.id}/transitions`, {
      action: 'register',
      expectedVersion: 7,
    });
    expect(stale.body.error).toMatchObject({ code: 'case.version_conflict', details: { current: 1, expected: 7 } });
  });

  it('INIT-06: declining a real-name complaint needs the notice to the complainant', async () => {
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    await approve(f, created.id, 'nonRegistration');
    const without = await move(f.zhang.client, created.id, 'declineRegistration', { reason: '不属于本机关管辖' });
    expect(without.body.error.code).toBe('case.complainant_notice_required');
    const withNotice = await move(f.zhang.client, created.id, 'declineRegistration', {
      reason: '不属于本机关管辖',
      complainantNotice: { notifiedOn: '2026-11-23', method: '电话告知并寄送书面告知书' },
    });
    expect(withNotice.body.stage).toBe('notRegistered');
    const entry = (await t.trail('case.transitioned'))[0]!;
    expect(entry.entry.summary).toMatchObject({ complainantNotice: { method: '电话告知并寄送书面告知书' } });
  });

  it('INIT-08: a complaint more than two years after the violation takes the non-acceptance route, with its decision', async () => {
    const old = complaintCase(f);
    const late = { ...old, intake: { ...old.intake, violationEndedOn: '2024-11-22' } };
    expect((await f.zhang.client.post('/api/cases', { ...late, procedure: 'simplified' })).body.error.code).toBe(
      'case.complaint_time_barred',
    );
    const created = await f.zhang.client.post('/api/cases', late);
    expect(created.body.timeline[0]).toMatchObject({ action: 'open' });
    expect((await t.trail('case.opened'))[0]!.entry.summary).toMatchObject({ complaintRoute: 'notAccepted' });
    await approve(f, created.body.id, 'nonAcceptance');
    const noDocument = await move(f.zhang.client, created.body.id, 'refuseAcceptance');
    expect(noDocument.body.error).toMatchObject({ code: 'case.document_required' });
    const decision = await f.zhang.client.post(`/api/cases/${created.body.id}/documents`, {
      typeCode: 'nonAcceptanceDecision',
      data: {
        documentNumber: '测人社不受〔2026〕1号',
        issueDate: '2026-11-23',
        body: '经审查，你反映的违法行为终了已逾二年，根据规定决定不予受理。',
        complainant: { name: '韩某' },
      },
      finalise: true,
    });
    expect(decision.status).toBe(201);
    const refused = await move(f.zhang.client, created.body.id, 'refuseAcceptance');
    expect(refused.body.stage).toBe('notAccepted');
    // a complaint exactly two years after is still accepted (the bar is "more than")
    const onTime = { ...old, intake: { ...old.intake, violationEndedOn: '2024-11-23' } };
    await f.zhang.client.post('/api/cases', onTime);
    expect((await t.trail('case.opened'))[1]!.entry.summary).toMatchObject({ complaintRoute: 'proceed' });
  });

  it('INIT-07: an emergency start investigates at once; a retro-approval after 24 h is flagged overdue', async () => {
    const created = await f.zhang.client.post('/api/cases', {
      ...complaintCase(f),
      emergency: { reason: '工人聚集讨薪，情况紧急' },
    });
    expect(created.status).toBe(201);
    expect(created.body.stage).toBe('investigation');
    expect(created.body.emergency).toMatchObject({
      reason: '工人聚集讨薪，情况紧急',
      retroApprovedAt: null,
      overdue: false,
    });
    const due = Date.parse(created.body.emergency.retroApprovalDue) - Date.parse(created.body.emergency.startedAt);
    expect(due).toBe(24 * 3600 * 1000);
    expect((await f.zhang.client.get('/api/cases?overdue=true')).body.total).toBe(0);

    // Every client makes a request within the idle window, then the clock passes the 24-hour mark.
    t.clock.advance(23 * 3600 * 1000);
    for (const person of [f.zhang, f.head, f.chief]) await person.client.get('/api/workbench');
    t.clock.advance(3600 * 1000 + 60_000);
    const list = await f.zhang.client.get('/api/cases?overdue=true');
    expect(list.body.total).toBe(1);
    expect(list.body.items[0].emergency.overdue).toBe(true);
    const workbench = await f.zhang.client.get('/api/workbench');
    expect(workbench.body.overdue).toMatchObject([{ caseId: created.body.id, kind: 'retroApproval' }]);

    await approve(f, created.body.id, 'retroRegistration');
    const after = await f.zhang.client.get(`/api/cases/${created.body.id}`);
    expect(after.body.emergency.retroApprovedAt).not.toBeNull();
    expect(after.body.emergency.overdue).toBe(true); // approved, but late: stays flagged
  });

  it('INIT-07: a retro-approval within 24 h clears the emergency flag', async () => {
    const created = await f.zhang.client.post('/api/cases', {
      ...complaintCase(f),
      emergency: { reason: '证据可能灭失' },
    });
    t.clock.advance(3 * 3600 * 1000);
    await approve(f, created.body.id, 'retroRegistration');
    t.clock.advance(20 * 3600 * 1000);
    const after = await f.zhang.client.get(`/api/cases/${created.body.id}`);
    expect(after.body.emergency).toMatchObject({ overdue: false });
    expect(after.body.overdue).toBe(false);
  });

  it('INSP-01: a double-random inspection records how its targets were drawn', async () => {
    const inspection = {
      ...complaintCase(f),
      act: 'inspection',
      source: 'doubleRandom',
      realName: undefined,
      cause: '2026 年第四季度用人单位遵守劳动保障法律法规情况抽查',
      intake: { receivedAt: '2026-11-23T09:00:00+08:00', summary: '按年度抽查计划实施' },
    };
    const refused = await f.zhang.client.post('/api/cases', inspection);
    expect(refused.body.error.code).toBe('case.inspection_selection_required');
    const created = await f.zhang.client.post('/api/cases', {
      ...inspection,
      intake: {
        ...inspection.intake,
        inspection: {
          selectionMethod: 'doubleRandom',
          targetsDrawn: '从检查对象名录库随机抽取 3 家：本溪市某建筑工程有限公司等',
          drawnAt: '2026-11-20T10:00:00+08:00',
          plan: '2026 年度“双随机”抽查计划',
        },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.intake.inspection.selectionMethod).toBe('doubleRandom');
  });

  it('INIT-01: an application is accepted only after its registration and the written receipt', async () => {
    const application = await f.zhang.client.post('/api/cases', {
      ...complaintCase(f),
      act: 'licensing',
      source: 'onApplication',
      realName: undefined,
      cause: '劳务派遣经营许可申请',
      intake: {
        receivedAt: '2026-11-23T09:00:00+08:00',
        summary: '申请劳务派遣经营许可',
        complainant: { name: '某人力资源有限公司' },
        materials: ['申请书', '营业执照复印件', '注册资本证明'],
        correctedOnSpot: '申请书中的注册资本金额笔误，已当场更正',
        supplementNotice: '需补正：经营场所使用证明',
      },
    });
    expect(application.status).toBe(201);
    expect(application.body.intake).toMatchObject({ correctedOnSpot: '申请书中的注册资本金额笔误，已当场更正' });
    const id = application.body.id;
    await approve(f, id, 'registration');
    const noReceipt = await move(f.zhang.client, id, 'register');
    expect(noReceipt.body.error).toMatchObject({
      code: 'case.document_required',
      details: { documents: 'applicationReceipt' },
    });
    const receipt = await f.zhang.client.post(`/api/cases/${id}/documents`, {
      typeCode: 'applicationReceipt',
      data: {
        documentNumber: '测人社受〔2026〕5号',
        issueDate: '2026-11-23',
        body: '你单位提交的劳务派遣经营许可申请材料已收到。',
        applicant: { name: '某人力资源有限公司' },
      },
      finalise: true,
    });
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
    expect((await move(f.zhang.client, id, 'register')).body.stage).toBe('investigation');
  });

  it('APPR-01: two reviewers at once — one review is taken, the other is refused, and one step is stored', async () => {
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    await approve(f, created.id, 'registration');
    await move(f.zhang.client, created.id, 'register');
    await move(f.zhang.client, created.id, 'endInvestigation');
    const proposed = await f.zhang.client.post(`/api/cases/${created.id}/approvals`, {
      type: 'decision',
      opinion: '建议作出处理决定',
      reasons: '事实清楚',
    });
    const [a, b] = await Promise.all([
      f.head.client.post(`/api/approvals/${proposed.body.id}/review`, { agree: true, opinion: '同意（科长）' }),
      f.lawyer.client.post(`/api/approvals/${proposed.body.id}/review`, { agree: true, opinion: '同意（法制）' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((res) => res.status === 409)!.body.error.code).toBe('approval.out_of_order');
    const page = await f.zhang.client.get(`/api/cases/${created.id}`);
    const decision = page.body.approvals.find((x: { type: string }) => x.type === 'decision');
    expect(decision.steps.map((step: { kind: string }) => step.kind)).toEqual(['propose', 'review']);
    expect(await t.trail('approval.reviewed')).toHaveLength(2); // the registration's and this one
  });

  it('APPR-01: two handlers proposing the same approval at once get one approval', async () => {
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    const body = { type: 'registration', opinion: '建议立案', reasons: '理由' };
    const results = await Promise.all([
      f.zhang.client.post(`/api/cases/${created.id}/approvals`, body),
      f.li.client.post(`/api/cases/${created.id}/approvals`, body),
    ]);
    expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
    expect((await f.zhang.client.get(`/api/cases/${created.id}`)).body.approvals).toHaveLength(1);
  });
  /** A case in review, ready for a hearing, under the agency's profile when it was opened (GEN-01). */
  async function caseInReview(profileId?: string) {
    if (profileId) {
      const selected = await f.admin.put('/api/agency/profile', { profileId, reason: '本局适用' });
      expect(selected.status, JSON.stringify(selected.body)).toBe(200);
    }
    const caseId: string = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id;
    await approve(f, caseId, 'registration');
    await move(f.zhang.client, caseId, 'register');
    expect((await move(f.zhang.client, caseId, 'endInvestigation')).body.stage).toBe('review');
    return caseId;
  }

  /** The hearing notice, final, and its 送达回证 naming its 文号, served at `servedAt`. */
  async function serveHearingNotice(caseId: string, input: { number: string; hearingAt: string; servedAt: string }) {
    const notice = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'hearingNotice',
      data: {
        documentNumber: input.number,
        party: { name: '本溪市某建筑工程有限公司' },
        hearingAt: input.hearingAt,
        place: '本机关听证室',
        issueDate: input.servedAt.slice(0, 10),
      },
      finalise: true,
    });
    expect(notice.status, JSON.stringify(notice.body)).toBe(201);
    const receipt = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'serviceReceipt',
      data: {
        documentName: '行政处罚听证通知书',
        documentNumber: input.number,
        method: 'direct',
        addressee: '本溪市某建筑工程有限公司',
        server: '张伟',
        servedAt: input.servedAt,
        place: '当事人住所',
      },
      signatures: [
        { role: 'server', name: '张伟', signed: true },
        { role: 'addressee', name: '周某', signed: true },
      ],
      finalise: true,
    });
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
  }

  const hearing = (startedAt: string, endedAt?: string) => ({
    type: 'hearing',
    startedAt,
    ...(endedAt ? { endedAt } : {}),
    place: '本机关听证室',
    officers: [{ userId: f.zhang.id, certificateShown: true }],
  });

  it('HEAR-02 (LX 002 第八条): a hearing is recorded only seven days or more after its notice was served', async () => {
    const caseId = await caseInReview('linxi-hrss');
    const unserved = await f.zhang.client.post(`/api/cases/${caseId}/activities`, hearing('2026-12-10T09:00:00+08:00'));
    expect(unserved.body.error.code).toBe('hearing.notice_not_served');
    await serveHearingNotice(caseId, {
      number: '测人社听通〔2026〕2号',
      hearingAt: '2026-12-10T09:00:00+08:00',
      servedAt: '2026-12-04T10:00:00+08:00',
    });
    const tooSoon = await f.zhang.client.post(`/api/cases/${caseId}/activities`, hearing('2026-12-10T09:00:00+08:00'));
    expect(tooSoon.body.error).toMatchObject({ code: 'hearing.notice_too_late', details: { days: 7 } });
    expect(tooSoon.body.error.message).toContain('7 日前');
    const onTime = await f.zhang.client.post(`/api/cases/${caseId}/activities`, hearing('2026-12-11T10:00:00+08:00'));
    expect(onTime.status).toBe(201);
  });

  it('HEAR-02: under HS (001, which does not state it) a hearing is recorded without a 7-day notice', async () => {
    const caseId = await caseInReview();
    const unserved = await f.zhang.client.post(`/api/cases/${caseId}/activities`, hearing('2026-11-23T14:00:00+08:00'));
    expect(unserved.status, JSON.stringify(unserved.body)).toBe(201);
    await serveHearingNotice(caseId, {
      number: '测人社听通〔2026〕4号',
      hearingAt: '2026-11-24T09:00:00+08:00',
      servedAt: '2026-11-23T10:00:00+08:00',
    });
    const nextDay = await f.zhang.client.post(`/api/cases/${caseId}/activities`, hearing('2026-11-24T09:00:00+08:00'));
    expect(nextDay.status, JSON.stringify(nextDay.body)).toBe(201);
  });

  it('HEAR-04 (LX 002 第八条): the hearing report is due five working days after the hearing; the case is flagged until one is final', async () => {
    const caseId = await caseInReview('linxi-hrss');
    await serveHearingNotice(caseId, {
      number: '测人社听通〔2026〕3号',
      hearingAt: '2026-11-10T09:00:00+08:00',
      servedAt: '2026-11-02T10:00:00+08:00',
    });
    const held = await f.zhang.client.post(
      `/api/cases/${caseId}/activities`,
      hearing('2026-11-10T09:00:00+08:00', '2026-11-10T11:30:00+08:00'),
    );
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    // Today is 23 November 2026 on the test clock: the report was due on Tuesday 17 November.
    const page = await f.zhang.client.get(`/api/cases/${caseId}`);
    expect(page.body.hearingReport).toEqual({
      hearingEndedOn: '2026-11-10',
      dueOn: '2026-11-17',
      dueAt: '2026-11-17T16:00:00.000Z',
      provisional: false,
      reportedAt: null,
      overdue: true,
    });
    expect((await f.zhang.client.get('/api/cases?overdue=true')).body.total).toBe(1);
    const workbench = await f.zhang.client.get('/api/workbench');
    expect(workbench.body.overdue).toMatchObject([{ kind: 'hearingReport' }]);
    expect(workbench.body.overdue[0].zh).toContain('5 个工作日内（2026-11-17 前）');

    const report = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'hearingReport',
      data: {
        documentNumber: '测人社听报〔2026〕3号',
        hearingEndedOn: '2026-11-10',
        body: '听证会已举行，当事人的陈述申辩意见不能成立，建议维持原拟处理意见。',
        issueDate: '2026-11-23',
      },
      signatures: [{ role: 'presider', name: '陈静', signed: true }],
      finalise: true,
    });
    expect(report.status, JSON.stringify(report.body)).toBe(201);
    const after = await f.zhang.client.get(`/api/cases/${caseId}`);
    expect(after.body.hearingReport.reportedAt).not.toBeNull();
    expect(after.body.hearingReport.overdue).toBe(true); // made, but late
    expect((await f.zhang.client.get('/api/workbench')).body.overdue).toEqual([]);
  });

  it('HEAR-04: under HS (001, which does not state it) a hearing sets no report due date and nothing is flagged', async () => {
    const caseId = await caseInReview();
    const held = await f.zhang.client.post(
      `/api/cases/${caseId}/activities`,
      hearing('2026-11-10T09:00:00+08:00', '2026-11-10T11:30:00+08:00'),
    );
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    const page = await f.zhang.client.get(`/api/cases/${caseId}`);
    expect(page.body.hearingReport).toBeNull();
    expect(page.body.overdue).toBe(false);
    expect((await f.zhang.client.get('/api/cases?overdue=true')).body.total).toBe(0);
    expect((await f.zhang.client.get('/api/workbench')).body.overdue).toEqual([]);
  });

  /** A general-procedure case at the point of `close` (execution stage, closure approved, closing report final). */
  async function caseReadyToClose() {
    const caseId = await caseInReview();
    await readyToClose(f, caseId);
    return caseId;
  }

  it('CLOSE-02: closing needs the end date, not in the future and not before the case was opened', async () => {
    const caseId = await caseReadyToClose();
    const missing = await move(f.zhang.client, caseId, 'close');
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('case.ended_on_required');
    expect(missing.body.error.message).toContain('行政执法行为终结之日');
    // The test clock is 2026-11-23 10:00 in Asia/Shanghai (02:00 UTC); the case was opened that day.
    const future = await move(f.zhang.client, caseId, 'close', { endedOn: '2026-11-24' });
    expect(future.body.error).toMatchObject({
      code: 'case.ended_on_in_future',
      details: { endedOn: '2026-11-24', today: '2026-11-23' },
    });
    const early = await move(f.zhang.client, caseId, 'close', { endedOn: '2026-11-22' });
    expect(early.body.error).toMatchObject({
      code: 'case.ended_on_before_opened',
      details: { endedOn: '2026-11-22', openedOn: '2026-11-23' },
    });
    expect((await move(f.zhang.client, caseId, 'close', { endedOn: '2026-02-30' })).body.error.code).toBe(
      'request.invalid',
    );
    expect((await move(f.zhang.client, caseId, 'close', { endedOn: '23/11/2026' })).status).toBe(400);
    expect((await f.zhang.client.get(`/api/cases/${caseId}`)).body).toMatchObject({
      stage: 'execution',
      endedOn: null,
    });
  });

  it('CLOSE-02, ARCH-01 (HS 001 第三十二条): the end date is stored, ledgered, and anchors the archiving deadline', async () => {
    const caseId = await caseReadyToClose();
    // Closed three days after the act ended: the 20 days run from 23 November, not from the close.
    for (const day of ['2026-11-24', '2026-11-25', '2026-11-26']) {
      t.clock.set(`${day}T01:00:00.000Z`);
      await f.zhang.client.get('/api/workbench');
    }
    const closed = await move(f.zhang.client, caseId, 'close', { endedOn: '2026-11-23', reason: '当事人已履行' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ stage: 'closed', endedOn: '2026-11-23' });
    const [entry] = (await t.trail('case.transitioned')).slice(-1);
    expect(entry!.entry.summary).toMatchObject({ action: 'close', endedOn: '2026-11-23' });
    const checklist = await f.zhang.client.get(`/api/cases/${caseId}/compliance`);
    const archive = checklist.body.items.find((item: { rule: string }) => item.rule === 'ARCH-01');
    // 23 November + 20 days is Sunday 13 December, moved to Monday 14 December, 24:00 Asia/Shanghai.
    expect(archive).toMatchObject({
      article: '001 第三十二条',
      status: 'open',
      dueAt: '2026-12-14T16:00:00.000Z',
    });
    expect(archive.message.zh).toContain('行政执法行为终结之日（2026-11-23）起 20 日内归档');
  });

  it('CLOSE-02: terminating needs the end date too, and stores it', async () => {
    const caseId = await caseInReview();
    await approve(f, caseId, 'termination');
    expect((await move(f.zhang.client, caseId, 'terminate', { reason: '被检查单位已注销' })).body.error.code).toBe(
      'case.ended_on_required',
    );
    const ended = await move(f.zhang.client, caseId, 'terminate', {
      reason: '被检查单位已注销',
      endedOn: '2026-11-23',
    });
    expect(ended.body).toMatchObject({ stage: 'terminated', endedOn: '2026-11-23' });
  });

  it('DEC-04 (LX 002 第九条): handlers flag a case major/complex and clear it, with the reason in the ledger', async () => {
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    expect(created.majorComplex).toBe(false);
    const url = `/api/cases/${created.id}/major-complex`;
    const set = await f.zhang.client.put(url, { majorComplex: true, reason: '涉及劳动者人数众多，案情复杂' });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ majorComplex: true, version: created.version + 1 });
    // The unit head may change it too.
    const cleared = await f.head.client.put(url, { majorComplex: false, reason: '经复核，不属于重大、复杂案件' });
    expect(cleared.body.majorComplex).toBe(false);
    const entries = await t.trail('case.major_complex_changed');
    expect(entries.map((e) => e.entry.summary)).toMatchObject([
      { before: false, after: true, reason: '涉及劳动者人数众多，案情复杂' },
      { before: true, after: false, reason: '经复核，不属于重大、复杂案件' },
    ]);
    // Setting the value the case already has records nothing.
    await f.zhang.client.put(url, { majorComplex: false, reason: '重复提交' });
    expect(await t.trail('case.major_complex_changed')).toHaveLength(2);
  });

  it('DEC-04: only the handlers and their unit head may flag the case; a bad body is refused', async () => {
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    const url = `/api/cases/${created.id}/major-complex`;
    const body = { majorComplex: true, reason: '案情复杂' };
    expect((await f.wang.client.put(url, body)).body.error.code).toBe('auth.forbidden');
    expect((await f.stranger.client.put(url, body)).body.error.code).toBe('case.not_found');
    for (const bad of [{ majorComplex: true }, { majorComplex: 'yes', reason: '理由' }, { ...body, extra: 1 }]) {
      const res = await f.zhang.client.put(url, bad);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('request.invalid');
    }
    expect((await f.zhang.client.get(`/api/cases/${created.id}`)).body.majorComplex).toBe(false);
    expect(await t.trail('case.major_complex_changed')).toHaveLength(0);
  });
});
