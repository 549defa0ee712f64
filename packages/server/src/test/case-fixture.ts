import { sampleDocuments } from './case-documents';
import type { TestClient } from './http-client';
import type { TestApp } from './test-app';

/**
 * A small agency for case tests: an enforcement section with two certified officers, one officer without a
 * certificate, the section head (审核人), the agency head (批准人) and a legal-affairs reviewer; plus an officer of
 * another section who must not see the section's cases.
 */
export async function createCaseFixture(t: TestApp) {
  const admin = await t.admin();
  const section = (await admin.post('/api/units', { name: '劳动保障监察一科', kind: 'enforcementSection' })).body;
  const other = (await admin.post('/api/units', { name: '劳动保障监察二科', kind: 'enforcementSection' })).body;
  const legal = (await admin.post('/api/units', { name: '法制科', kind: 'legalAffairsUnit' })).body;

  let certificateSeq = 0;
  async function person(username: string, displayName: string, roles: string[], unitId: string, certified: boolean) {
    const created = await t.userClient({ username, displayName, roles, unitId });
    if (certified) {
      certificateSeq += 1;
      const res = await admin.post(`/api/users/${created.user.id}/certificates`, {
        number: `辽A-2026-${String(certificateSeq).padStart(6, '0')}`,
        issuingBody: '测试市人民政府',
        validFrom: '2025-01-01',
        validTo: '2028-12-31',
        establishmentStaff: true,
        passedUnifiedExam: true,
      });
      if (res.status !== 200) throw new Error(`certificate: ${JSON.stringify(res.body)}`);
    }
    return { client: created.client, id: created.user.id, name: displayName };
  }

  const zhang = await person('zhangwei', '张伟', ['officer'], section.id, true);
  const li = await person('lina', '李娜', ['officer'], section.id, true);
  const wang = await person('wangqiang', '王强', ['officer'], section.id, false);
  const head = await person('zhaomin', '赵敏', ['unitHead'], section.id, false);
  const chief = await person('liuyang', '刘洋', ['agencyHead'], section.id, false);
  const lawyer = await person('chenjing', '陈静', ['legalAffairs'], legal.id, false);
  const stranger = await person('sunli', '孙丽', ['officer'], other.id, true);
  return { admin, section, other, zhang, li, wang, head, chief, lawyer, stranger };
}
export type CaseFixture = Awaited<ReturnType<typeof createCaseFixture>>;

/** A real-name complaint about unpaid wages, handled by 张伟 and 李娜. */
export function complaintCase(f: CaseFixture, overrides: Record<string, unknown> = {}) {
  return {
    act: 'penalty',
    procedure: 'general',
    source: 'complaint',
    realName: true,
    cause: '拖欠劳动者工资',
    parties: [
      {
        kind: 'organisation',
        name: '本溪市某建筑工程有限公司',
        idDocument: { type: 'unifiedSocialCreditCode', number: '91210500MA0XXXXX1K' },
        legalRepresentative: '周某',
        address: '本溪市平山区某路 1 号',
      },
    ],
    handlerIds: [f.zhang.id, f.li.id],
    confidentiality: [],
    intake: {
      receivedAt: '2026-11-23T09:30:00+08:00',
      summary: '投诉人反映该公司拖欠其 2026 年 9 月至 10 月工资共计 12000 元。',
      complainant: {
        name: '韩某',
        phone: '13812345678',
        idDocument: { type: 'residentIdCard', number: '210502199001011234' },
      },
      violationEndedOn: '2026-10-31',
    },
    ...overrides,
  };
}

/** Proposes, reviews and approves an approval of `type`: handler → section head → agency head (APPR-01). */
export async function approve(
  f: CaseFixture,
  caseId: string,
  type: string,
  options: { proposer?: TestClient; reviewer?: TestClient } = {},
) {
  const proposer = options.proposer ?? f.zhang.client;
  const proposed = await proposer.post(`/api/cases/${caseId}/approvals`, {
    type,
    opinion: '建议批准',
    reasons: '事实清楚，符合规定',
  });
  if (proposed.status !== 201) throw new Error(`propose ${type}: ${JSON.stringify(proposed.body)}`);
  const reviewed = await (options.reviewer ?? f.head.client).post(`/api/approvals/${proposed.body.id}/review`, {
    agree: true,
    opinion: '同意',
  });
  if (reviewed.status !== 200) throw new Error(`review ${type}: ${JSON.stringify(reviewed.body)}`);
  const approved = await f.chief.client.post(`/api/approvals/${proposed.body.id}/approve`, {
    agree: true,
    opinion: '批准',
  });
  if (approved.status !== 200) throw new Error(`approve ${type}: ${JSON.stringify(approved.body)}`);
  return approved.body as { id: string; status: string };
}

/** Moves a case with the version it currently has. */
export async function move(client: TestClient, caseId: string, action: string, extra: Record<string, unknown> = {}) {
  const current = await client.get(`/api/cases/${caseId}`);
  return client.post(`/api/cases/${caseId}/transitions`, { action, expectedVersion: current.body.version, ...extra });
}

/**
 * Takes a general-procedure case from review to the point of `close`: handling opinion, advance notice, the party's
 * waiver, the decision approved and decided, served, the closure approved and the closing report final.
 */
export async function readyToClose(f: CaseFixture, caseId: string) {
  for (const typeCode of ['handlingOpinion', 'advanceNotice'] as const) {
    await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode,
      ...sampleDocuments[typeCode],
      finalise: true,
    });
  }
  await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
    type: 'statementDefenceWaiver',
    startedAt: '2026-11-25T09:00:00+08:00',
    place: '劳动保障监察一科',
    officers: [{ userId: f.zhang.id, certificateShown: true }],
    summary: '当事人书面表示放弃陈述、申辩。',
  });
  await approve(f, caseId, 'decision', { reviewer: f.lawyer.client });
  await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
    typeCode: 'decisionDocument',
    ...sampleDocuments.decisionDocument,
    finalise: true,
  });
  const decided = await move(f.zhang.client, caseId, 'decide');
  if (decided.body.stage !== 'service') throw new Error(`decide: ${JSON.stringify(decided.body)}`);
  await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
    typeCode: 'serviceReceipt',
    ...sampleDocuments.serviceReceipt,
    finalise: true,
  });
  const served = await move(f.zhang.client, caseId, 'serve');
  if (served.body.stage !== 'execution') throw new Error(`serve: ${JSON.stringify(served.body)}`);
  await approve(f, caseId, 'closure');
  await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
    typeCode: 'caseClosingReport',
    ...sampleDocuments.caseClosingReport,
    finalise: true,
  });
}
