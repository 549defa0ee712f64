import { afterEach, beforeEach, expect, it } from 'vitest';
import { sampleDocuments } from '../../test/case-documents';
import { approve, type CaseFixture, complaintCase, createCaseFixture, move } from '../../test/case-fixture';
import { uploadAv } from '../../test/av-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';

describeEachDatabase('whole cases over HTTP, from intake to archive', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  beforeEach(async () => {
    t = await createTestApp(dialect, { sessionIdleMinutes: 24 * 60, sessionMaxHours: 24 * 7 });
    f = await createCaseFixture(t);
  });
  afterEach(async () => {
    await t.close();
  });

  async function finalDocument(caseId: string, typeCode: keyof typeof sampleDocuments) {
    const res = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode,
      ...sampleDocuments[typeCode],
      finalise: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  it('GEN-03, DEC-05, SERV-01, CLOSE-01: a general-procedure penalty case from complaint to archive', async () => {
    const caseId = (await f.zhang.client.post('/api/cases', complaintCase(f))).body.id;
    await approve(f, caseId, 'registration');
    expect((await move(f.zhang.client, caseId, 'register')).body.stage).toBe('investigation');
    const activity = await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
      type: 'siteInspection',
      startedAt: '2026-11-24T09:00:00+08:00',
      endedAt: '2026-11-24T10:30:00+08:00',
      place: '本溪市平山区某工地',
      officers: [
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: true },
      ],
      parties: [{ name: '周某', role: '法定代表人' }],
      witnesses: [{ name: '钱某' }],
      rightsNotified: [
        { right: 'statement', method: 'oralOnSite', at: '2026-11-24T09:05:00+08:00' },
        { right: 'defence', method: 'oralOnSite', at: '2026-11-24T09:05:00+08:00' },
      ],
    });
    expect(activity.status).toBe(201);
    // AV-01 (HS 第十五条): the site inspection is recorded without a break; one body-cam file covers it.
    expect(activity.body.av).toMatchObject({ level: 'C', article: '001 第十五条', state: 'missing' });
    await uploadAv(t, f.zhang.client, {
      caseId,
      activityId: activity.body.id,
      deviceType: 'bodyCam',
      deviceNumber: 'DSJ-0001',
      capturedFrom: '2026-11-24T08:59:30+08:00',
      capturedTo: '2026-11-24T10:30:10+08:00',
    });
    expect((await move(f.zhang.client, caseId, 'endInvestigation')).body.stage).toBe('review');

    const early = await move(f.zhang.client, caseId, 'decide');
    expect(early.body.error.code).toBe('case.approval_required');
    // DEC-11: the decision cannot be approved before the handling opinion, the advance notice and the
    // statement-and-defence record (here: the party's recorded waiver) exist.
    await expect(approve(f, caseId, 'decision', { reviewer: f.lawyer.client })).rejects.toThrow(
      /pre_decision_records_missing.*handlingOpinion, advanceNotice, statementDefenceTranscript/,
    );
    await finalDocument(caseId, 'handlingOpinion');
    await finalDocument(caseId, 'advanceNotice');
    const waiver = await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
      type: 'statementDefenceWaiver',
      startedAt: '2026-11-25T09:00:00+08:00',
      place: '劳动保障监察一科',
      officers: [{ userId: f.zhang.id, certificateShown: true }],
      summary: '当事人法定代表人周某书面表示放弃陈述、申辩（放弃声明已附卷）。',
    });
    expect(waiver.status).toBe(201);
    const decisionApproval = (await f.zhang.client.get(`/api/cases/${caseId}`)).body.approvals.find(
      (a: { type: string; status: string }) => a.type === 'decision' && a.status === 'reviewed',
    );
    const approvedNow = await f.chief.client.post(`/api/approvals/${decisionApproval.id}/approve`, {
      agree: true,
      opinion: '批准',
    });
    expect(approvedNow.body.status).toBe('approved');
    const noDocument = await move(f.zhang.client, caseId, 'decide');
    expect(noDocument.body.error).toMatchObject({ code: 'case.document_required', details: { action: 'decide' } });
    await finalDocument(caseId, 'decisionDocument');
    expect((await move(f.zhang.client, caseId, 'decide')).body.stage).toBe('service');

    await finalDocument(caseId, 'serviceReceipt');
    expect((await move(f.zhang.client, caseId, 'serve')).body.stage).toBe('execution');
    await approve(f, caseId, 'closure');
    await finalDocument(caseId, 'caseClosingReport');
    expect((await move(f.zhang.client, caseId, 'close', { endedOn: '2026-11-23' })).body.stage).toBe('closed');

    // 归档 is the archive room's (or the unit head's) act, not the officer's.
    expect((await move(f.zhang.client, caseId, 'archive')).body.error.code).toBe('auth.forbidden');
    const archived = await move(f.head.client, caseId, 'archive');
    expect(archived.body.stage).toBe('archived');
    expect(archived.body.timeline.map((e: { toStage: string }) => e.toStage)).toEqual([
      'initiation',
      'investigation',
      'review',
      'service',
      'execution',
      'closed',
      'archived',
    ]);
    expect(archived.body.actions).toEqual([]);

    // Every act is in the ledger, in order, and the log verifies.
    const actions = (await t.trail())
      .map((row) => row.action)
      .filter((a) => /^(case|approval|activity|document)\./.test(a));
    expect(actions.filter((a) => a === 'case.transitioned')).toHaveLength(6);
    expect(actions.filter((a) => a === 'approval.decided')).toHaveLength(3);
    const verified = await f.admin.post('/api/ledger/verify', {});
    expect(verified.body).toMatchObject({ ok: true });
  });

  it('SIMP-01, SIMP-02: a simplified-procedure case decided and served on the spot, then closed and archived', async () => {
    const caseId = (
      await f.zhang.client.post('/api/cases', {
        ...complaintCase(f),
        procedure: 'simplified',
        source: 'exOfficio',
        realName: undefined,
        cause: '未公示投诉举报电话',
        intake: { receivedAt: '2026-11-23T15:00:00+08:00', summary: '日常巡查中发现' },
      })
    ).body.id;
    const noDocument = await move(f.zhang.client, caseId, 'decideOnSpot');
    expect(noDocument.body.error).toMatchObject({ code: 'case.document_required' });
    await finalDocument(caseId, 'onSpotPenaltyDecision');
    expect((await move(f.zhang.client, caseId, 'decideOnSpot')).body.stage).toBe('execution');
    const illegal = await move(f.zhang.client, caseId, 'endInvestigation');
    expect(illegal.body.error).toMatchObject({
      code: 'case.transition_not_allowed',
      details: { procedure: 'simplified' },
    });
    await approve(f, caseId, 'closure');
    await finalDocument(caseId, 'caseClosingReport');
    expect((await move(f.zhang.client, caseId, 'close', { endedOn: '2026-11-23' })).body.stage).toBe('closed');
    expect((await move(f.head.client, caseId, 'archive')).body.stage).toBe('archived');
  });

  it('EXEC-02: a rectification order sets a verification task; the case is flagged when none is recorded by the deadline', async () => {
    // Long sessions: the clock moves past the deadline day.
    const caseId = (
      await f.zhang.client.post('/api/cases', {
        ...complaintCase(f),
        procedure: 'simplified',
        source: 'exOfficio',
        realName: undefined,
        intake: { receivedAt: '2026-11-23T09:00:00+08:00', summary: '日常巡查中发现' },
      })
    ).body.id;
    await finalDocument(caseId, 'onSpotPenaltyDecision');
    await move(f.zhang.client, caseId, 'decideOnSpot');
    const order = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'rectificationOrder',
      data: {
        documentNumber: '测人社责改〔2026〕7号',
        issueDate: '2026-11-23',
        body: '责令你单位于 2026 年 11 月 24 日前在经营场所公示劳动保障监察投诉举报电话。',
        party: { name: '本溪市某建筑工程有限公司' },
        rectifyBy: '2026-11-24',
      },
      finalise: true,
    });
    expect(order.status).toBe(201);
    const page = await f.zhang.client.get(`/api/cases/${caseId}`);
    expect(page.body.rectification).toEqual({
      rectifyBy: '2026-11-24',
      dueAt: '2026-11-24T16:00:00.000Z',
      checkedAt: null,
      overdue: false,
    });

    // The deadline day ends at 24:00 Asia/Shanghai; a minute later the task is overdue. (Sessions idle out after a
    // day, so the clock stops once on the way.)
    t.clock.set('2026-11-24T01:00:00.000Z');
    await f.zhang.client.get('/api/workbench');
    t.clock.set('2026-11-24T15:00:00.000Z');
    await f.zhang.client.get('/api/workbench');
    expect((await f.zhang.client.get('/api/cases?overdue=true')).body.total).toBe(0);
    t.clock.set('2026-11-24T16:01:00.000Z');
    expect((await f.zhang.client.get('/api/cases?overdue=true')).body.total).toBe(1);
    const workbench = await f.zhang.client.get('/api/workbench');
    expect(workbench.body.overdue).toMatchObject([{ caseId, kind: 'rectificationCheck' }]);

    const check = await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
      type: 'rectificationCheck',
      startedAt: '2026-11-25T09:00:00+08:00',
      place: '当事人经营场所',
      officers: [
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: true },
      ],
      summary: '经核查，当事人已公示投诉举报电话。',
    });
    expect(check.status).toBe(201);
    const after = await f.zhang.client.get(`/api/cases/${caseId}`);
    expect(after.body.rectification).toMatchObject({ checkedAt: '2026-11-25T01:00:00.000Z', overdue: true });
    expect((await f.zhang.client.get('/api/workbench')).body.overdue).toEqual([]);
  });

  it('EXEC-02: a verification recorded by the deadline keeps the case clear', async () => {
    const caseId = (
      await f.zhang.client.post('/api/cases', {
        ...complaintCase(f),
        procedure: 'simplified',
        source: 'exOfficio',
        realName: undefined,
        intake: { receivedAt: '2026-11-23T09:00:00+08:00', summary: '日常巡查中发现' },
      })
    ).body.id;
    await finalDocument(caseId, 'onSpotPenaltyDecision');
    await move(f.zhang.client, caseId, 'decideOnSpot');
    await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'rectificationOrder',
      data: {
        documentNumber: '测人社责改〔2026〕8号',
        issueDate: '2026-11-23',
        body: '责令限期改正。',
        party: { name: '本溪市某建筑工程有限公司' },
        rectifyBy: '2026-11-24',
      },
      finalise: true,
    });
    await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
      type: 'rectificationCheck',
      startedAt: '2026-11-24T15:00:00+08:00',
      place: '当事人经营场所',
      officers: [
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: true },
      ],
    });
    t.clock.set('2026-11-24T01:00:00.000Z');
    await f.zhang.client.get('/api/workbench');
    t.clock.set('2026-11-24T17:00:00.000Z');
    const page = await f.zhang.client.get(`/api/cases/${caseId}`);
    expect(page.body.rectification).toMatchObject({ overdue: false });
    expect(page.body.overdue).toBe(false);
    expect((await f.zhang.client.get('/api/cases?overdue=true')).body.total).toBe(0);
  });
});
