import { findDocumentType } from '@liuhen/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocuments } from '../packages/server/src/test/case-documents';
import { seedCaseOrganisation } from './api-session';
import {
  browserAvailable,
  signIn,
  chooseOption,
  journeyDatabase,
  journeyDialects,
  launchBrowser,
  startTestServer,
} from './browser';

/**
 * Issue 4's two walkthroughs, in Chromium, on SQLite and on PostgreSQL: a general-procedure penalty case from a
 * real-name complaint to archive, and a simplified-procedure case decided on the spot. Every step is taken through
 * the pages: opening the case, proposing, reviewing and approving each internal approval, recording the activity,
 * filling each document from its catalog form, and moving the stage.
 */

const run = browserAvailable() ? describe : describe.skip;
const adminPassword = 'Bootstrap-2026';
const dialects = journeyDialects();

type Org = Awaited<ReturnType<typeof seedCaseOrganisation>>;

/** `2026-11-24T09:00:00+08:00` → `2026-11-24 09:00:00`, as the date-time picker takes it (the page runs in Asia/Shanghai). */
function pickerText(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

async function pickDate(page: Page, testId: string, text: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

/** Picks an option of a single-choice select inside a drawer or modal (no Escape: that would close the drawer). */
async function pickIn(page: Page, testId: string, option: string, search = false) {
  await page.getByTestId(testId).click();
  // Long option lists are virtual: only the options in view exist, so searchable selects are narrowed first.
  if (search) await page.keyboard.type(option);
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
  await expect.poll(() => page.getByTestId(testId).textContent()).toContain(option);
}

async function stageOf(page: Page): Promise<string | null> {
  return page.getByTestId('case-stage').getAttribute('data-stage');
}

/** Fills a document form from the sample contents, field by field according to the catalog, then its signatures. */
async function fillDocument(page: Page, typeCode: keyof typeof sampleDocuments) {
  const type = findDocumentType(typeCode)!;
  const sample = sampleDocuments[typeCode];
  await page.getByTestId('document-form').waitFor();
  for (const [key, value] of Object.entries(sample.data)) {
    const field = type.fields.find((candidate) => candidate.key === key)!;
    const testId = `doc-field-${key}`;
    switch (field.kind) {
      case 'text':
      case 'longText':
        await page.getByTestId(testId).fill(String(value));
        break;
      case 'party':
        await page.getByTestId(testId).fill((value as { name: string }).name);
        break;
      case 'number':
      case 'money':
        await page.getByTestId(testId).fill(String(value));
        break;
      case 'date':
        await pickDate(page, testId, String(value));
        break;
      case 'dateTime':
        await pickDate(page, testId, pickerText(String(value)));
        break;
      case 'boolean': {
        const checked = (await page.getByTestId(testId).getAttribute('aria-checked')) === 'true';
        if (checked !== value) await page.getByTestId(testId).click();
        break;
      }
      case 'choice': {
        const option = field.options!.find((candidate) => candidate.value === value)!;
        await chooseOption(page, testId, option.zh);
        break;
      }
      case 'officers': {
        const officers = value as readonly { name: string; certificateNumber: string }[];
        for (const [index, officer] of officers.entries()) {
          if ((await page.getByTestId(`${testId}-${index}-name`).count()) === 0) {
            await page.getByTestId(`${testId}-add`).click();
          }
          await page.getByTestId(`${testId}-${index}-name`).fill(officer.name);
          await page.getByTestId(`${testId}-${index}-certificateNumber`).fill(officer.certificateNumber);
        }
        break;
      }
      default:
        throw new Error(`the walkthrough does not fill ${field.kind} fields (${key})`);
    }
  }
  for (const signature of sample.signatures) {
    const rows = page.locator(`[data-testid^="signature-"][data-role="${signature.role}"]`);
    const count = await rows.count();
    let filled = false;
    for (let i = 0; i < count && !filled; i += 1) {
      const testId = await rows.nth(i).getAttribute('data-testid');
      const name = page.getByTestId(`${testId}-name`);
      if ((await name.inputValue()) !== '' && (await name.inputValue()) !== signature.name) continue;
      await name.fill(signature.name);
      const signed = page.getByTestId(`${testId}-signed`);
      if (!(await signed.isChecked())) await signed.check();
      filled = true;
    }
    if (!filled) throw new Error(`no free signature row for ${signature.role}`);
  }
}

/** Opens a new document of `typeCode` on the case, fills it and finalises it (定稿), then returns to the case. */
async function makeFinalDocument(page: Page, url: string, caseId: string, typeCode: keyof typeof sampleDocuments) {
  await page.goto(`${url}/cases/${caseId}/documents/new?type=${typeCode}`);
  await fillDocument(page, typeCode);
  await page.getByTestId('document-finalise').click();
  await expect
    .poll(() => page.getByTestId('document-status').getAttribute('data-status'), { timeout: 15_000 })
    .toBe('final');
  await page.goto(`${url}/cases/${caseId}`);
  await page.getByTestId('case-page').waitFor();
}

/** The handler proposes the approval the action waits for (承办人意见). */
async function propose(page: Page, action: string) {
  const button = page.getByTestId(`case-action-${action}`);
  await expect.poll(() => button.getAttribute('data-mode')).toBe('propose');
  await button.click();
  await page.getByTestId('propose-approval-opinion').fill('建议批准');
  await page.getByTestId('propose-approval-reasons').fill('事实清楚，证据确凿，程序合法');
  await page.getByTestId('propose-approval-submit').click();
  await expect.poll(() => button.getAttribute('data-mode')).toBe('pending');
}

/** A reviewer or approver takes the next step from 工作台 (审核 or 批准), agreeing with an opinion. */
async function decideFromWorkbench(page: Page, url: string, opinion: string) {
  await page.goto(`${url}/workbench`);
  const pending = page.getByTestId('workbench-pending-approvals');
  const act = pending.locator('[data-testid^="approval-act-"]').first();
  await act.waitFor();
  await act.click();
  await page.getByTestId('approval-decision-yes').click();
  await page.getByTestId('approval-decision-opinion').fill(opinion);
  await page.getByTestId('approval-decision-submit').click();
  await expect.poll(() => pending.locator('[data-testid^="approval-act-"]').count()).toBe(0);
}

/** Takes a stage action whose approval (if any) is in place, with a reason, and waits for the new stage. */
async function perform(page: Page, action: string, stage: string, reason = '依程序办理') {
  try {
    const button = page.getByTestId(`case-action-${action}`);
    await expect.poll(() => button.getAttribute('data-mode'), { timeout: 30_000 }).toBe('perform');
    await button.click();
    await page.getByTestId('transition-reason').fill(reason);
    // CLOSE-02: closing and terminating require the day the enforcement act ended; the picker offers today.
    const ends = action === 'close' || action === 'terminate';
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    if (ends) expect(await page.getByTestId('transition-ended-on').inputValue()).toBe(today);
    await page.getByTestId('transition-submit').click();
    await page.getByTestId('transition-submit').waitFor({ state: 'hidden', timeout: 30_000 });
    await expect.poll(() => stageOf(page), { timeout: 30_000 }).toBe(stage);
    if (ends) expect(await page.getByTestId('case-ended-on').textContent()).toBe(today);
  } catch (error) {
    // Keep what the page showed, for whoever reads the failure.
    await page.screenshot({ path: `.test-output/failed-${action}.png`, fullPage: true }).catch(() => {});
    throw error;
  }
}

for (const dialect of dialects) {
  run(`browser walkthroughs of issue 4 on ${dialect} (GEN-03, APPR-01, SIMP-01)`, () => {
    const env = {} as {
      server: Awaited<ReturnType<typeof startTestServer>>;
      browser: Browser;
      org: Org;
      dropSchema?: () => Promise<void>;
    };

    beforeAll(async () => {
      const settings: Record<string, string> = {
        LIUHEN_ADMIN_PASSWORD: adminPassword,
        LIUHEN_AGENCY_NAME: '本溪市人力资源和社会保障局',
      };
      const database = await journeyDatabase(dialect);
      Object.assign(settings, database.settings);
      env.dropSchema = database.drop;
      env.server = await startTestServer(settings);
      env.browser = await launchBrowser();
      env.org = await seedCaseOrganisation(env.server.url, adminPassword);
    }, 90_000);

    afterAll(async () => {
      await env.browser?.close();
      await env.server?.stop();
      await env.dropSchema?.();
    });

    it('walks a general-procedure penalty case from a real-name complaint to closing and archive', async () => {
      const { url } = env.server;
      const { zhang, head, chief, lawyer } = env.org;
      const officer = await signIn(env.browser, url, zhang);

      // 程序启动: the complaint is registered on the new-case form.
      await officer.goto(`${url}/cases`);
      await officer.getByTestId('new-case-button').click();
      await chooseOption(officer, 'case-form-source', '投诉');
      await chooseOption(officer, 'case-form-act', '行政处罚');
      await officer.getByTestId('case-form-cause').fill('拖欠劳动者工资');
      await chooseOption(officer, 'party-kind-0', '法人或其他组织');
      await officer.getByTestId('party-name-0').fill('本溪市某建筑工程有限公司');
      await chooseOption(officer, 'party-id-type-0', '统一社会信用代码');
      await officer.getByTestId('party-id-number-0').fill('91210500MA0XXXXX1K');
      await chooseOption(officer, 'case-form-handlers', '张伟');
      await chooseOption(officer, 'case-form-handlers', '李娜');
      await pickDate(officer, 'case-form-received-at', '2026-11-23 09:30:00');
      await officer.getByTestId('case-form-real-name').click();
      await pickDate(officer, 'case-form-violation-ended-on', '2026-10-31');
      await officer.getByTestId('case-form-summary').fill('投诉人反映该公司拖欠其 9 月至 10 月工资共计 12000 元。');
      await officer.getByTestId('case-form-complainant-name').fill('韩某');
      await officer.getByTestId('case-form-complainant-phone').fill('13812345678');
      await officer.getByTestId('case-form-submit').click();
      await officer.waitForURL(/\/cases\/[^/]+$/);
      await officer.getByTestId('case-page').waitFor();
      const caseId = officer.url().split('/').pop()!;
      expect(await stageOf(officer)).toBe('initiation');
      expect(await officer.getByTestId('case-number').textContent()).toMatch(/〔\d{4}〕001号/);

      // 立案: handler → reviewer (section head) → approver (agency head), then the officer registers.
      await propose(officer, 'register');
      const reviewer = await signIn(env.browser, url, head);
      await decideFromWorkbench(reviewer, url, '同意立案');
      const approver = await signIn(env.browser, url, chief);
      await decideFromWorkbench(approver, url, '批准立案');
      await officer.reload();
      await perform(officer, 'register', 'investigation', '经批准立案调查');

      // 调查取证: an on-site inspection with two certified officers, and its record.
      await officer.getByTestId('case-tab-activities').click();
      await officer.getByTestId('activity-new').click();
      await pickIn(officer, 'activity-type', '现场检查（勘验）', true);
      await pickDate(officer, 'activity-started-at', '2026-11-24 09:00:00');
      await officer.getByTestId('activity-place').fill('本溪市平山区某工地');
      await pickIn(officer, 'activity-officer-0', '张伟');
      if ((await officer.getByTestId('activity-officer-1').count()) === 0) {
        await officer.getByTestId('activity-officer-add').click();
      }
      await pickIn(officer, 'activity-officer-1', '李娜');
      await officer.getByTestId('activity-form-submit').click();
      await officer.getByTestId('activity-missing-documents').first().waitFor();
      expect(await officer.getByTestId('activity-missing-documents').first().textContent()).toContain('现场检查');
      await officer.keyboard.press('Escape');
      await officer.getByTestId('activity-missing-documents').waitFor({ state: 'hidden' });

      // AV-01, AV-02 (BX 第十一条): the inspection needs A/V unless unsuitable; here the officer records the exception.
      const badge = officer.locator('[data-testid^="activity-av-"][data-state="missing"]').first();
      const activityId = (await badge.getAttribute('data-testid'))!.replace('activity-av-', '');
      await officer.getByTestId(`activity-row-${activityId}`).locator('.ant-table-row-expand-icon').click();
      await officer.getByTestId(`activity-av-except-${activityId}`).click();
      await officer.getByTestId('activity-av-exception-reason').fill('工地现场涉及他人隐私，不宜录像');
      await officer.locator('.ant-modal-footer .ant-btn-primary').click();
      await officer.locator(`[data-testid="activity-av-${activityId}"][data-state="excepted"]`).waitFor();

      await perform(officer, 'endInvestigation', 'review', '调查终结，事实清楚');

      // 审查决定: the pre-decision records (DEC-11), then the decision approval with legal review (APPR-01).
      await makeFinalDocument(officer, url, caseId, 'handlingOpinion');
      await makeFinalDocument(officer, url, caseId, 'advanceNotice');
      await officer.getByTestId('case-tab-activities').click();
      await officer.getByTestId('activity-new').click();
      await pickIn(officer, 'activity-type', '放弃陈述申辩', true);
      await pickDate(officer, 'activity-started-at', '2026-11-25 09:00:00');
      await officer.getByTestId('activity-place').fill('劳动保障监察一科');
      await pickIn(officer, 'activity-officer-0', '张伟');
      await officer.getByTestId('activity-summary').fill('当事人书面表示放弃陈述、申辩，放弃声明附卷。');
      await officer.getByTestId('activity-form-submit').click();
      await officer.getByTestId('activity-missing-none').waitFor();
      await officer.keyboard.press('Escape');
      await officer.getByTestId('activity-missing-none').waitFor({ state: 'hidden' });

      await propose(officer, 'decide');
      const legal = await signIn(env.browser, url, lawyer);
      await decideFromWorkbench(legal, url, '经法制审核，同意');
      await decideFromWorkbench(approver, url, '批准作出处理决定');
      await makeFinalDocument(officer, url, caseId, 'decisionDocument');
      await perform(officer, 'decide', 'service', '作出行政处理决定');

      // 送达 → 执行 → 结案 → 归档.
      await makeFinalDocument(officer, url, caseId, 'serviceReceipt');
      await perform(officer, 'serve', 'execution', '已直接送达');
      await propose(officer, 'close');
      await decideFromWorkbench(reviewer, url, '同意结案');
      await decideFromWorkbench(approver, url, '批准结案');
      await makeFinalDocument(officer, url, caseId, 'caseClosingReport');
      await perform(officer, 'close', 'closed', '当事人已履行');
      // 归档 belongs to the archive room or the section head: the officer sees it but cannot take it.
      expect(await officer.getByTestId('case-action-archive').getAttribute('data-mode')).not.toBe('perform');

      await reviewer.goto(`${url}/cases/${caseId}`);
      await perform(reviewer, 'archive', 'archived', '结案材料齐全，归档');
      const timeline = await reviewer.getByTestId('case-timeline').textContent();
      for (const step of ['立案', '调查终结', '作出决定', '送达', '结案', '归档']) expect(timeline).toContain(step);
      await reviewer.screenshot({ path: `.test-output/case-archived-${dialect}.png`, fullPage: true });

      // The list shows the case archived, with the party's credit code masked.
      await officer.goto(`${url}/cases`);
      await expect.poll(() => officer.getByTestId('case-list').textContent()).toContain('拖欠劳动者工资');
      const list = await officer.getByTestId('case-list').textContent();
      expect(list).toContain('归档');
      expect(list).not.toContain('91210500MA0XXXXX1K');
      for (const page of [officer, reviewer, approver, legal]) await page.context().close();
    }, 240_000);

    it('walks a simplified-procedure case: decided and served on the spot, closed and archived (SIMP-01, SIMP-02)', async () => {
      const { url } = env.server;
      const { zhang, head, chief } = env.org;
      const officer = await signIn(env.browser, url, zhang);
      await officer.goto(`${url}/cases/new`);
      await chooseOption(officer, 'case-form-source', '依职权');
      await chooseOption(officer, 'case-form-act', '行政处罚');
      await chooseOption(officer, 'case-form-procedure', '简易程序');
      await officer.getByTestId('case-form-cause').fill('未公示劳动保障监察投诉举报电话');
      await officer.getByTestId('party-name-0').fill('王某');
      await officer.getByTestId('party-id-number-0').fill('210502199001011234');
      await chooseOption(officer, 'case-form-handlers', '张伟');
      await chooseOption(officer, 'case-form-handlers', '李娜');
      await pickDate(officer, 'case-form-received-at', '2026-11-23 15:00:00');
      await officer.getByTestId('case-form-summary').fill('日常巡查中发现');
      await officer.getByTestId('case-form-submit').click();
      await officer.waitForURL(/\/cases\/[^/]+$/);
      await officer.getByTestId('case-page').waitFor();
      const caseId = officer.url().split('/').pop()!;
      expect(await officer.getByTestId('case-action-endInvestigation').count()).toBe(0);

      // DEC-04: a handler flags the case 重大、复杂案件 with a reason, and clears it again.
      for (const [reason, shown] of [
        ['涉及人数众多', 1],
        ['经复核，属一般案件', 0],
      ] as const) {
        await officer.getByTestId('case-major-complex-toggle').click();
        await officer.getByTestId('major-complex-reason').fill(reason);
        await officer.getByTestId('major-complex-submit').click();
        await expect.poll(() => officer.getByTestId('case-major-complex').count(), { timeout: 30_000 }).toBe(shown);
      }

      // DOC-02: the party's licence copy is registered, then marked complete and valid.
      await officer.getByTestId('case-tab-materials').click();
      await officer.getByTestId('material-new').click();
      await officer.getByTestId('material-name').fill('营业执照副本复印件');
      await officer.getByTestId('material-submitted-by').fill('王某');
      await officer.getByTestId('material-submit').click();
      await expect.poll(() => officer.getByTestId('case-materials').textContent()).toContain('待补正');
      const row = officer.locator('[data-testid^="material-complete-"]').first();
      await row.click();
      await officer.locator('[data-testid^="material-valid-"]').first().click();
      await expect.poll(() => officer.getByTestId('case-materials').textContent()).not.toContain('待补正');

      await makeFinalDocument(officer, url, caseId, 'onSpotPenaltyDecision');
      await perform(officer, 'decideOnSpot', 'execution', '当场作出处罚决定并送达');
      await propose(officer, 'close');
      const reviewer = await signIn(env.browser, url, head);
      await decideFromWorkbench(reviewer, url, '同意结案');
      const approver = await signIn(env.browser, url, chief);
      await decideFromWorkbench(approver, url, '批准结案');
      await makeFinalDocument(officer, url, caseId, 'caseClosingReport');
      await officer.reload();
      await perform(officer, 'close', 'closed', '罚款已当场收缴');
      await reviewer.goto(`${url}/cases/${caseId}`);
      await perform(reviewer, 'archive', 'archived', '归档');
      for (const page of [officer, reviewer, approver]) await page.context().close();
    }, 180_000);
  });
}
