import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, openInvestigationCase, seedCaseOrganisation } from './api-session';
import { browserAvailable, journeyDatabase, journeyDialects, launchBrowser, signIn, startTestServer } from './browser';

/**
 * GEN-01 and AV-01 in Chromium: the server starts with no profile; the administrator selects 临西县人社局具体办法
 * (linxi-hrss) on 系统管理 → 执法全过程记录规定 with a reason, which the audit log records; an officer's on-site
 * inspection then shows 「全过程 · 缺失」 until footage covering its window is linked, when it turns 「已满足」.
 */

const adminPassword = 'Bootstrap-2026';
const reason = '本局依据临西县人社局行政执法全过程记录具体办法开展执法';
const run = browserAvailable() ? describe : describe.skip;

async function adminPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('Chief-Changed-2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-admin').waitFor();
  return page;
}

for (const dialect of journeyDialects()) {
  run(`browser journey of GEN-01 on ${dialect}: select the profile, then see an activity's A/V requirement`, () => {
    const env = {} as {
      server: Awaited<ReturnType<typeof startTestServer>>;
      browser: Browser;
      org: Awaited<ReturnType<typeof seedCaseOrganisation>>;
      dropSchema?: () => Promise<void>;
    };

    beforeAll(async () => {
      const database = await journeyDatabase(dialect);
      env.dropSchema = database.drop;
      // LIUHEN_PROFILE empty (unset): the agency starts without a profile, as a fresh installation does.
      env.server = await startTestServer({
        LIUHEN_PROFILE: '',
        LIUHEN_ADMIN_PASSWORD: adminPassword,
        LIUHEN_AGENCY_NAME: '临西县人力资源和社会保障局',
        ...database.settings,
      });
      env.browser = await launchBrowser();
      env.org = await seedCaseOrganisation(env.server.url, adminPassword);
    }, 90_000);

    afterAll(async () => {
      await env.browser?.close();
      await env.server?.stop();
      await env.dropSchema?.();
    });

    it('the admin selects linxi-hrss with a reason; a site inspection is 缺失 until covering footage is linked', async () => {
      const { url } = env.server;
      const admin = await adminPage(env.browser, url);
      const officer = await signIn(env.browser, url, env.org.zhang);
      try {
        // Without a profile, 案件 warns the officer (who cannot choose one).
        await officer.goto(`${url}/cases`);
        await expect.poll(() => officer.getByTestId('profile-missing').textContent()).toContain('尚未选用');

        // 系统管理 → 执法全过程记录规定: the warning, the list, a profile's A/V matrix and storage rule.
        await admin.goto(`${url}/admin`);
        await admin.getByTestId('admin-tab-profiles').click();
        await admin.waitForURL(/\/admin\/profiles/);
        await admin.getByTestId('profile-missing').waitFor();
        const row = admin.getByTestId('profile-row-linxi-hrss');
        expect(await row.textContent()).toContain('临西县人力资源和社会保障局');
        await admin.getByTestId('profile-view-linxi-hrss').click();
        const drawer = admin.getByTestId('profile-drawer');
        await drawer.getByTestId('profile-matrix').waitFor();
        expect(await drawer.getByTestId('profile-matrix').textContent()).toContain('002 第七条');
        expect(await drawer.getByTestId('profile-level-legend').textContent()).toContain('全程不间断');
        expect(await drawer.getByTestId('profile-storage').textContent()).toContain('002 第二十五条');
        await admin.screenshot({ path: '.test-output/profile-drawer.png', fullPage: true });
        await admin.keyboard.press('Escape');
        await drawer.waitFor({ state: 'hidden' });

        // Selecting needs a reason; the list then marks it and the warning goes.
        await admin.getByTestId('profile-select-linxi-hrss').click();
        await admin.getByTestId('profile-select-submit').click();
        await admin.locator('.ant-form-item-explain-error').first().waitFor();
        await admin.getByTestId('profile-reason').fill(reason);
        await admin.getByTestId('profile-select-submit').click();
        await admin.getByTestId('profile-selected-linxi-hrss').waitFor();
        await admin.getByTestId('profile-missing').waitFor({ state: 'detached' });

        // The API and the audit log show the choice and its reason.
        const api = new ApiSession(url);
        await api.login('admin', 'Chief-Changed-2026');
        const profiles = await api.request<{ selectedId: string | null }>('GET', '/api/profiles');
        expect(profiles.selectedId).toBe('linxi-hrss');
        const trail = await api.request<{ items: { summary: { after: string; reason: string } }[] }>(
          'GET',
          '/api/audit-entries?action=agency.profile_selected',
        );
        expect(trail.items).toHaveLength(1);
        expect(trail.items[0]!.summary).toMatchObject({ after: 'linxi-hrss', reason });
        await admin.getByTestId('admin-tab-audit').click();
        await admin.locator('[data-testid^="audit-row-"]', { hasText: '选用执法全过程记录规定' }).first().waitFor();

        // A case under LX: its on-site inspection (09:00–10:30) needs whole-process A/V (002 第七条) and has none.
        const { caseId, activityId, officer: zhang } = await openInvestigationCase(url, env.org);
        await officer.goto(`${url}/cases/${caseId}`);
        const badge = officer.getByTestId(`activity-av-${activityId}`);
        await expect.poll(() => badge.textContent()).toBe('全过程 · 缺失');
        await officer.getByTestId(`activity-row-${activityId}`).locator('.ant-table-row-expand-icon').click();
        const details = officer.getByTestId(`activity-av-details-${activityId}`);
        await details.waitFor();
        expect(await details.textContent()).toContain('002 第七条');
        expect(await details.textContent()).toContain('2026-11-24 09:00:00');
        // LX allows no 不适宜音像记录 exception, so there is nothing to record instead.
        expect(await officer.getByTestId(`activity-av-except-${activityId}`).count()).toBe(0);
        await officer.screenshot({ path: '.test-output/profile-activity-av.png', fullPage: true });

        // Body-cam footage from 08:58 to 10:32, uploaded with the case and activity and the metadata LX requires.
        const recordId = await zhang.uploadTus(randomBytes(32 * 1024), {
          filename: 'DSJ-LX_site.mp4',
          filetype: 'video/mp4',
          deviceType: 'bodyCam',
          capturedFrom: '2026-11-24T08:58:00+08:00',
          capturedTo: '2026-11-24T10:32:00+08:00',
          caseId,
          activityId,
          place: '临西县某工地',
          purpose: '现场检查工资支付情况',
          persons: '周某（法定代表人）',
          summary: '执法人员出示证件，检查工资台账并询问现场负责人',
        });
        await officer.reload();
        await expect.poll(() => badge.textContent()).toBe('全过程 · 已满足');
        await officer.getByTestId(`activity-row-${activityId}`).locator('.ant-table-row-expand-icon').click();
        await officer.getByTestId(`activity-av-record-${recordId}`).click();

        // The record's page shows what LX asks of it: the storage deadline and the announcement wording.
        await officer.waitForURL(new RegExp(`/av/${recordId}$`));
        const rules = officer.getByTestId('av-rules-panel');
        await rules.waitFor();
        expect(await rules.textContent()).toContain('002 第二十五条');
        expect(await officer.getByTestId('av-storage-result').textContent()).toMatch(/按时|逾期/);
        expect(await officer.getByTestId('av-announcement-wording').textContent()).toContain('全程录音录像');
        await officer.screenshot({ path: '.test-output/profile-av-rules.png', fullPage: true });
      } catch (error) {
        await officer.screenshot({ path: '.test-output/failed-profile-officer.png', fullPage: true }).catch(() => {});
        await admin.screenshot({ path: '.test-output/failed-profile-admin.png', fullPage: true }).catch(() => {});
        throw error;
      } finally {
        await officer.context().close();
        await admin.context().close();
      }
    }, 120_000);
  });
}
