import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, seedCaseOrganisation } from './api-session';
import { browserAvailable, journeyDatabase, journeyDialects, launchBrowser, signIn, startTestServer } from './browser';

/**
 * AVS-06 (LX 002 第二十五条) in Chromium, under 本溪 (benxi-hrss): a recording 张伟 uploads is counted on 音像统计 per
 * officer, recorder, unit and month, with the duration ffprobe found; and the side menu offers each section only to
 * the roles the server lets in (an administrator has no 合规) and 月度移交 (AVS-07) only where the profile states it.
 */

const adminPassword = 'Bootstrap-2026';
/** seedCaseOrganisation changes the bootstrap password to this. */
const adminChanged = 'Chief-Changed-2026';

/** The clip is made with Debian's ffmpeg. Locally its absence skips the journey (said once); with CI=true it fails. */
function ffmpegAvailable(): boolean {
  try {
    execFileSync('ffmpeg', ['-hide_banner', '-version'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('ffmpeg is required with CI=true (apt-get install ffmpeg)');
    console.warn('[liuhen] ffmpeg not found: the AVS-06 browser journey is skipped (apt-get install ffmpeg).');
    return false;
  }
}

const run = browserAvailable() && ffmpegAvailable() ? describe : describe.skip;

/** The administrator lands on the welcome page (no case.list, so no 工作台 of cases). */
async function signInAdmin(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill(adminChanged);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('welcome').waitFor();
  return page;
}

/** Today's month in Beijing time, as the page's 按月份 rows are keyed. */
const shanghaiMonth = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 7);

for (const dialect of journeyDialects()) {
  run(`browser journey of AVS-06 statistics and role-aware navigation on ${dialect}`, () => {
    const env = {} as {
      server: Awaited<ReturnType<typeof startTestServer>>;
      browser: Browser;
      org: Awaited<ReturnType<typeof seedCaseOrganisation>>;
      dir: string;
      clip: string;
      dropSchema?: () => Promise<void>;
    };

    beforeAll(async () => {
      env.dir = mkdtempSync(path.join(tmpdir(), 'liuhen-avstats-'));
      env.clip = path.join(env.dir, 'clip.mp4');
      // 6 s of test pattern, H.264 with the index up front.
      execFileSync(
        'ffmpeg',
        [
          ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=6:size=160x120:rate=25'],
          ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', env.clip],
        ],
        { stdio: 'inherit' },
      );
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
      if (env.dir) rmSync(env.dir, { recursive: true, force: true });
    });

    it('AVS-06: a recording 张伟 uploads is counted on 音像统计 per officer, recorder, unit and month', async () => {
      const { url } = env.server;
      const zhang = new ApiSession(url);
      await zhang.login(env.org.zhang.username, env.org.zhang.password);
      // No capture time: the statistics count it on the day it was received, today.
      const recordId = await zhang.uploadTus(readFileSync(env.clip), {
        filename: 'DSJ-B7_patrol.mp4',
        filetype: 'video/mp4',
        deviceNumber: 'DSJ-B7',
      });
      // The duration comes from the background probe.
      await expect
        .poll(
          async () =>
            (await zhang.request<{ probe: { durationSeconds: number | null } }>('GET', `/api/av/${recordId}`)).probe
              .durationSeconds,
          { timeout: 30_000 },
        )
        .toBeGreaterThan(5);

      const officer = await signIn(env.browser, url, env.org.zhang);
      try {
        await officer.getByTestId('nav-avStatistics').click();
        await officer.waitForURL(/\/av\/statistics$/);
        await officer.getByTestId('av-statistics-page').waitFor();

        // 按执法人员 (default): 张伟 with one record of 6 s.
        const byOfficer = officer.getByTestId(`av-stats-row-${env.org.zhang.id}`);
        await byOfficer.waitFor();
        expect(await byOfficer.textContent()).toContain('张伟');
        expect(await byOfficer.textContent()).toContain('0:00:06');
        expect(await officer.getByTestId('av-stats-total-count').textContent()).toContain('1');
        expect(await officer.getByTestId('av-stats-total-duration').textContent()).toContain('0:00:06');
        expect(await officer.getByTestId('av-stats-total-without').textContent()).toContain('0');

        // 按执法记录仪: keyed by the declared device number.
        await officer.getByTestId('av-stats-group-device').click();
        const byDevice = officer.getByTestId('av-stats-row-DSJ-B7');
        await byDevice.waitFor();
        expect(await byDevice.textContent()).toMatch(/DSJ-B7\s*1/);

        // 按单位: the uploader's enforcement section.
        await officer.getByTestId('av-stats-group-unit').click();
        await expect.poll(() => officer.getByTestId('av-stats-table').textContent()).toContain('劳动保障监察一科');

        // 按月份: this month, one record.
        await officer.getByTestId('av-stats-group-month').click();
        const byMonth = officer.getByTestId(`av-stats-row-${shanghaiMonth()}`);
        await byMonth.waitFor();
        expect(await byMonth.textContent()).toContain('0:00:06');
        await officer.screenshot({ path: '.test-output/av-statistics.png', fullPage: true });
      } catch (error) {
        await officer.screenshot({ path: '.test-output/failed-av-statistics.png', fullPage: true }).catch(() => {});
        throw error;
      } finally {
        await officer.context().close();
      }
    }, 120_000);

    it('an administrator sees no 合规, 案件 or 音像统计 entry and gets 无权访问 by URL; a handler sees them', async () => {
      const { url } = env.server;
      const admin = await signInAdmin(env.browser, url);
      try {
        await admin.getByTestId('nav-admin').waitFor();
        expect(await admin.getByTestId('nav-compliance').count()).toBe(0);
        expect(await admin.getByTestId('nav-cases').count()).toBe(0);
        expect(await admin.getByTestId('nav-avStatistics').count()).toBe(0);
        // Opened by URL: a clear zh-CN page, not a blank one.
        await admin.goto(`${url}/compliance`);
        await admin.getByTestId('forbidden').waitFor();
        expect(await admin.getByTestId('forbidden').textContent()).toContain('无权访问');
        await admin.goto(`${url}/av/statistics`);
        await admin.getByTestId('forbidden').waitFor();
      } finally {
        await admin.context().close();
      }

      const officer = await signIn(env.browser, url, env.org.zhang);
      try {
        await officer.getByTestId('nav-compliance').waitFor();
        await officer.getByTestId('nav-avStatistics').waitFor();
        await officer.getByTestId('nav-compliance').click();
        await officer.waitForURL(/\/compliance$/);
        expect(await officer.getByTestId('forbidden').count()).toBe(0);
      } finally {
        await officer.context().close();
      }
    }, 60_000);

    it('AVS-07: under 本溪 (monthlyHandover null) 月度移交 is not offered, and its URL says the profile does not state it', async () => {
      const officer = await signIn(env.browser, env.server.url, env.org.zhang);
      try {
        await officer.goto(`${env.server.url}/av/handovers`);
        const notice = officer.getByTestId('not-in-profile');
        await notice.waitFor();
        expect(await notice.textContent()).toContain('月度移交');
        expect(await officer.getByTestId('av-handovers-page').count()).toBe(0);
        // The guard has the profile now, and so has the menu (one provider): no 月度移交 entry beside 音像统计.
        await officer.getByTestId('nav-avStatistics').waitFor();
        expect(await officer.getByTestId('nav-avHandovers').count()).toBe(0);
      } finally {
        await officer.context().close();
      }
    }, 60_000);
  });
}
