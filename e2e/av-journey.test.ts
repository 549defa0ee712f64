import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, openInvestigationCase, seedCaseOrganisation } from './api-session';
import { browserAvailable, signIn, journeyDatabase, journeyDialects, launchBrowser, startTestServer } from './browser';

/**
 * Issue 5 in Chromium, on SQLite: an officer uploads footage on 音像记录库 through Uppy (tus 1.0), finds it in the
 * list, completes its 证明对象, links it to a case and one of its activities, and plays it with a seek, which the
 * server answers with HTTP Range (every access a ledger entry).
 */

const adminPassword = 'Bootstrap-2026';

/** The clip is made with Debian's ffmpeg. Locally its absence skips the journey (said once); with CI=true it fails. */
function ffmpegAvailable(): boolean {
  try {
    execFileSync('ffmpeg', ['-hide_banner', '-version'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('ffmpeg is required with CI=true (apt-get install ffmpeg)');
    console.warn('[liuhen] ffmpeg not found: the A/V browser journey is skipped (apt-get install ffmpeg).');
    return false;
  }
}

/** The few members of HTMLMediaElement the journey touches (the e2e tsconfig has no DOM library). */
type Media = {
  muted: boolean;
  readyState: number;
  duration: number;
  currentTime: number;
  addEventListener: (type: 'seeked', listener: () => void, options: { once: boolean }) => void;
};

const run = browserAvailable() && ffmpegAvailable() ? describe : describe.skip;

/** Picks an option of a single-choice select, typing first to narrow searchable lists. */
async function pick(page: Page, testId: string, option: string, search?: string) {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(search);
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
  await expect.poll(() => page.getByTestId(testId).textContent()).toContain(option);
}

for (const dialect of journeyDialects()) {
  run(
    `browser journey of issue 5 on ${dialect}: upload, describe, link and play an A/V record (AV-04, AVS-01, AVS-03)`,
    () => {
      const env = {} as {
        server: Awaited<ReturnType<typeof startTestServer>>;
        browser: Browser;
        org: Awaited<ReturnType<typeof seedCaseOrganisation>>;
        dir: string;
        clip: string;
        dropSchema?: () => Promise<void>;
      };

      beforeAll(async () => {
        env.dir = mkdtempSync(path.join(tmpdir(), 'liuhen-av-'));
        env.clip = path.join(env.dir, 'clip.mp4');
        // 6 s of test pattern and a 440 Hz tone, H.264/AAC with the index up front (faststart).
        execFileSync(
          'ffmpeg',
          [
            ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=6:size=320x240:rate=25'],
            ...['-f', 'lavfi', '-i', 'sine=frequency=440:duration=6', '-c:v', 'libx264', '-pix_fmt', 'yuv420p'],
            ...['-c:a', 'aac', '-shortest', '-movflags', '+faststart', env.clip],
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

      it('AV-01: 工作台 suggests the activity an unlinked recording belongs to, and one click links it', async () => {
        const { url } = env.server;
        const { activityId, officer: api } = await openInvestigationCase(url, env.org);
        // Made by 张伟 during the on-site inspection (09:00–10:30 on 24 November), uploaded without a case.
        const recordId = await api.uploadTus(randomBytes(64 * 1024), {
          filename: 'DSJ-A8_inspection.mp4',
          filetype: 'video/mp4',
          capturedFrom: '2026-11-24T09:15:00+08:00',
          capturedTo: '2026-11-24T09:45:00+08:00',
        });
        const officer = await signIn(env.browser, url, env.org.zhang);
        try {
          await officer.getByTestId('workbench-av-suggestions').click();
          await officer.getByTestId(`av-suggestion-${recordId}`).waitFor();
          expect(await officer.getByTestId(`av-suggestion-${recordId}`).textContent()).toContain('现场检查');
          await officer.getByTestId(`av-suggestion-accept-${recordId}`).click();
          await officer.getByTestId(`av-suggestion-${recordId}`).waitFor({ state: 'detached' });
          const record = await api.request<{ activityId: string | null }>('GET', `/api/av/${recordId}`);
          expect(record.activityId).toBe(activityId);
        } finally {
          await officer.context().close();
        }
      }, 120_000);

      it('uploads footage on 音像记录库, completes it, links it to a case activity and plays it with seeking', async () => {
        const { url } = env.server;
        const { caseId, caseNumber, activityId } = await openInvestigationCase(url, env.org);
        const officer = await signIn(env.browser, url, env.org.zhang);
        try {
          // 工作台 shows the pending-A/V card (empty for now).
          await officer.getByTestId('workbench-av').waitFor();

          // Upload through Uppy's own file input: tus 1.0 to /api/uploads with the session cookie and CSRF header.
          await officer.goto(`${url}/av`);
          await officer.getByTestId('av-page').waitFor();
          const input = officer
            .locator('[data-testid="av-uploader"] input[type="file"]:not([webkitdirectory])')
            .first();
          await input.waitFor({ state: 'attached' });
          await input.setInputFiles(env.clip);
          const row = officer.getByTestId('av-list').getByTestId('av-row-clip.mp4');
          await row.waitFor({ timeout: 30_000 });
          expect(await row.textContent()).toContain('待补充');
          expect(await row.textContent()).toContain('张伟');

          // 未关联 and 我的 keep it; the filters reach the server.
          await officer.getByTestId('av-filter-unlinked').click();
          await officer.getByTestId('av-filter-mine').click();
          await expect.poll(() => officer.getByTestId('av-total').textContent()).toContain('1');
          await row.waitFor();

          // The record page: player, hash, metadata.
          await row.locator('a[data-testid^="av-open-"]').click();
          await officer.waitForURL(/\/av\/[^/]+$/);
          const page = officer.getByTestId('av-record-page');
          await page.waitFor();
          const avId = officer.url().split('/').pop()!;
          expect(await officer.getByTestId('av-hash').textContent()).toMatch(/^sha256:[0-9a-f]{64}$/);
          const version = Number(await page.getAttribute('data-version'));

          await officer.getByTestId('av-meta-purpose').fill('证明该工地现场检查时的工资支付台账情况');
          await officer.getByTestId('av-meta-place').fill('本溪市平山区某工地');
          await officer.getByTestId('av-meta-save').click();
          await expect.poll(async () => Number(await page.getAttribute('data-version'))).toBe(version + 1);

          // Link to the case (found by typing its number) and its on-site inspection.
          await pick(officer, 'av-link-case', caseNumber, caseNumber.slice(-4));
          await pick(officer, 'av-link-activity', '现场检查');
          await officer.getByTestId('av-link-submit').click();
          await expect.poll(() => officer.getByTestId('av-linked-case').textContent()).toBe(caseNumber);
          await expect.poll(async () => Number(await page.getAttribute('data-version'))).toBe(version + 2);

          const zhang = new ApiSession(url);
          await zhang.login(env.org.zhang.username, env.org.zhang.password);
          const stored = await zhang.request<{
            caseId: string;
            activityId: string;
            purpose: string;
            missing: string[];
          }>('GET', `/api/av/${avId}`);
          expect(stored).toMatchObject({ caseId, activityId, purpose: '证明该工地现场检查时的工资支付台账情况' });

          // Play, then seek to 4 s: the browser fetches by Range and the server answers 206.
          const video = officer.getByTestId('av-player');
          await video.evaluate((element: unknown) => {
            (element as Media).muted = true;
          });
          await expect
            .poll(() => video.evaluate((element: unknown) => (element as Media).readyState), { timeout: 20_000 })
            .toBeGreaterThanOrEqual(2);
          const duration = await video.evaluate((element: unknown) => (element as Media).duration);
          expect(duration).toBeGreaterThan(5);
          const position = await video.evaluate(
            (element: unknown) =>
              new Promise<number>((resolve) => {
                (element as Media).addEventListener('seeked', () => resolve((element as Media).currentTime), {
                  once: true,
                });
                (element as Media).currentTime = 4;
              }),
          );
          expect(position).toBeGreaterThan(3.9);
          expect(position).toBeLessThan(4.1);
          await officer.screenshot({ path: '.test-output/av-record.png', fullPage: true });

          // The case page lists the record on its 音像记录 tab.
          await officer.goto(`${url}/cases/${caseId}`);
          await officer.getByTestId('case-tab-av').click();
          await officer.getByTestId('case-av-list').getByTestId('av-row-clip.mp4').waitFor();
          await officer.getByTestId('case-av-uploader').waitFor();

          // Every playback is in the ledger, with the byte ranges the player asked for.
          const admin = new ApiSession(url);
          await admin.login('admin', 'Chief-Changed-2026');
          const trail = await admin.request<{
            items: { subjectId: string; summary: { range: string | null; mode: string } }[];
          }>('GET', '/api/audit-entries?action=av.accessed&limit=200');
          const accesses = trail.items.filter((entry) => entry.subjectId === avId);
          expect(accesses.length).toBeGreaterThan(0);
          expect(accesses.every((entry) => entry.summary.mode === 'play')).toBe(true);
          expect(accesses.some((entry) => typeof entry.summary.range === 'string')).toBe(true);
        } catch (error) {
          await officer.screenshot({ path: '.test-output/failed-av-journey.png', fullPage: true }).catch(() => {});
          throw error;
        } finally {
          await officer.context().close();
        }
      }, 120_000);
    },
  );
}
