import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInvestigationCase, seedCaseOrganisation } from './api-session';
import {
  browserAvailable,
  chooseOption,
  journeyDatabase,
  journeyDialects,
  launchBrowser,
  signIn,
  startTestServer,
} from './browser';

/**
 * Issue 6 in Chromium, under 本溪 (benxi-hrss, A/V stored within 24 h, 000 第二十四条 / 第十一条): an on-site inspection
 * of 2026-11-24 with no A/V is past its storage deadline, so the case's 合规 tab lists AV-01 under 逾期 with the
 * handlers as responsible, and the agency's 合规 page lists the finding as a violation, filtered by severity.
 */

const adminPassword = 'Bootstrap-2026';
const run = browserAvailable() ? describe : describe.skip;

for (const dialect of journeyDialects()) {
  run(`browser journey of the compliance engine on ${dialect}: checklist tab and 合规 page`, () => {
    const env = {} as {
      server: Awaited<ReturnType<typeof startTestServer>>;
      browser: Browser;
      org: Awaited<ReturnType<typeof seedCaseOrganisation>>;
      dropSchema?: () => Promise<void>;
    };

    beforeAll(async () => {
      const database = await journeyDatabase(dialect);
      env.dropSchema = database.drop;
      env.server = await startTestServer({
        LIUHEN_ADMIN_PASSWORD: adminPassword,
        LIUHEN_AGENCY_NAME: '本溪市人力资源和社会保障局',
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

    it('the case checklist shows AV-01 overdue; the 合规 page lists it and filters it by severity', async () => {
      const { url } = env.server;
      const { caseId, caseNumber, activityId } = await openInvestigationCase(url, env.org);
      const officer = await signIn(env.browser, url, env.org.zhang);
      try {
        // 合规 tab: grouped by status, AV-01 under 逾期, with its article, deadline (Beijing time) and handlers.
        await officer.goto(`${url}/cases/${caseId}`);
        await officer.getByTestId('case-tab-compliance').click();
        const overdue = officer.getByTestId('compliance-group-overdue');
        await overdue.waitFor();
        const text = (await overdue.textContent()) ?? '';
        expect(text).toContain('逾期');
        expect(text).toContain('AV-01');
        expect(text).toContain('000 第十一条');
        expect(text).toContain('张伟、李娜');
        // Due 24 h after the recording of the inspection (2026-11-24 09:00–10:30) was complete.
        expect(text).toMatch(/2026-11-2\d \d\d:\d\d/);
        expect(activityId).toBeTruthy();
        await officer.screenshot({ path: '.test-output/compliance-checklist.png', fullPage: true });

        // 合规 page from the side menu: the finding with its case link; a severity filter keeps or drops it.
        await officer.getByTestId('nav-compliance').click();
        await officer.waitForURL(/\/compliance$/);
        const row = officer.getByTestId(`compliance-row-AV-01-${caseNumber}`);
        await row.waitFor();
        expect(await row.textContent()).toContain('违规');
        await expect.poll(() => officer.getByTestId('compliance-counts').textContent()).toMatch(/违规 [1-9]/);

        await chooseOption(officer, 'compliance-filter-severity', '警示');
        await row.waitFor({ state: 'detached' });
        await chooseOption(officer, 'compliance-filter-severity', '违规');
        await row.waitFor();
        await officer.screenshot({ path: '.test-output/compliance-page.png', fullPage: true });

        await row.getByTestId(`compliance-case-${caseId}`).click();
        await officer.waitForURL(new RegExp(`/cases/${caseId}$`));
      } finally {
        await officer.context().close();
      }
    }, 120_000);
  });
}
