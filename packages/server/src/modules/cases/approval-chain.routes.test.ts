import { afterEach, expect, it } from 'vitest';
import { type CaseFixture, complaintCase, createCaseFixture, move } from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';

type Step = { kind: string; user: { name: string } };

/**
 * APPR-01: the internal approval chain comes from the case profile's `records.approvalChain`. HS (001 第十条) names
 * 行政执法人员 → 行政执法机关负责人 and no reviewer: the head approves the proposal directly (a review, if someone takes
 * it, is still recorded). BX (000 第二十八条) names a 审核人 and XG states no chain: review first, as before.
 */
describeEachDatabase('approval chains read from the case profile', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  afterEach(async () => {
    await t.close();
  });

  async function start(profile: string) {
    t = await createTestApp(dialect, { profile });
    f = await createCaseFixture(t);
    const created = (await f.zhang.client.post('/api/cases', complaintCase(f))).body;
    const proposed = await f.zhang.client.post(`/api/cases/${created.id}/approvals`, {
      type: 'registration',
      opinion: '建议立案调查',
      reasons: '投诉事项属于本机关管辖，有初步证据',
    });
    expect(proposed.status).toBe(201);
    return { caseId: created.id as string, approvalId: proposed.body.id as string };
  }

  it('APPR-01 (HS 001 第十条): the agency head approves the proposal directly, and the case may then be registered', async () => {
    const { caseId, approvalId } = await start('hengshan');
    const seenByChief = (await f.chief.client.get(`/api/approvals?caseId=${caseId}`)).body.items[0];
    expect(seenByChief).toMatchObject({
      status: 'proposed',
      canAct: true,
      nextSteps: ['approve'],
      chain: {
        article: '001 第十条',
        steps: [
          { step: 'handler', zh: '行政执法人员' },
          { step: 'approver', zh: '行政执法机关负责人' },
        ],
      },
    });
    const seenByHead = (await f.head.client.get(`/api/approvals?caseId=${caseId}`)).body.items[0];
    expect(seenByHead).toMatchObject({ canAct: true, nextSteps: ['review'] });
    expect((await f.li.client.get(`/api/approvals?caseId=${caseId}`)).body.items[0]).toMatchObject({
      canAct: false,
      nextSteps: [],
    });

    const approved = await f.chief.client.post(`/api/approvals/${approvalId}/approve`, {
      agree: true,
      opinion: '批准立案',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', nextSteps: [], canAct: false });
    expect(approved.body.steps.map((s: Step) => `${s.kind}:${s.user.name}`)).toEqual(['propose:张伟', 'approve:刘洋']);
    const registered = await move(f.zhang.client, caseId, 'register', { reason: '经批准立案' });
    expect(registered.status).toBe(200);
    expect(registered.body.stage).toBe('investigation');
    const actions = (await t.trail()).map((row) => row.action).filter((a) => a.startsWith('approval'));
    expect(actions).toEqual(['approval.proposed', 'approval.decided']);
  });

  it('APPR-01 (HS): a review taken anyway is accepted and recorded; the approval follows it', async () => {
    const { approvalId } = await start('hengshan');
    const reviewed = await f.head.client.post(`/api/approvals/${approvalId}/review`, { agree: true, opinion: '同意' });
    expect(reviewed.body).toMatchObject({ status: 'reviewed' });
    const approved = await f.chief.client.post(`/api/approvals/${approvalId}/approve`, {
      agree: true,
      opinion: '批准',
    });
    expect(approved.body.steps.map((s: Step) => `${s.kind}:${s.user.name}`)).toEqual([
      'propose:张伟',
      'review:赵敏',
      'approve:刘洋',
    ]);
  });

  it('APPR-01 (HS): the direct approval still needs the approver role', async () => {
    const { caseId, approvalId } = await start('hengshan');
    const byHead = await f.head.client.post(`/api/approvals/${approvalId}/approve`, { agree: true, opinion: '同意' });
    expect(byHead.status).toBe(403);
    expect(byHead.body.error.code).toBe('auth.forbidden');
    const after = (await f.chief.client.get(`/api/approvals?caseId=${caseId}`)).body.items[0];
    expect(after).toMatchObject({ status: 'proposed', nextSteps: ['approve'] });
  });

  it.each([
    ['benxi-hrss', { article: '000 第二十八条', zh: ['承办人', '审核人', '批准人'] }],
    ['dalian-xigang-hrss', null],
  ] as const)(
    'APPR-01 (%s): a chain with a reviewer, or none stated, needs the review first',
    async (profile, chain) => {
      const { caseId, approvalId } = await start(profile);
      const seen = (await f.chief.client.get(`/api/approvals?caseId=${caseId}`)).body.items[0];
      expect(seen).toMatchObject({ canAct: false, nextSteps: [] });
      if (chain) {
        expect(seen.chain.article).toBe(chain.article);
        expect(seen.chain.steps.map((s: { zh: string }) => s.zh)).toEqual(chain.zh);
      } else {
        expect(seen.chain).toBeNull();
      }
      const early = await f.chief.client.post(`/api/approvals/${approvalId}/approve`, { agree: true, opinion: '同意' });
      expect(early.status).toBe(409);
      expect(early.body.error).toMatchObject({ code: 'approval.out_of_order', details: { status: 'proposed' } });
      await f.head.client.post(`/api/approvals/${approvalId}/review`, { agree: true, opinion: '同意' });
      const approved = await f.chief.client.post(`/api/approvals/${approvalId}/approve`, {
        agree: true,
        opinion: '批准',
      });
      expect(approved.body).toMatchObject({ status: 'approved' });
    },
  );
});
