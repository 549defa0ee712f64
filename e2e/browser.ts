import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig, startServer } from '@liuhen/server';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { withSearchPath } from '../packages/server/src/test/databases';

export const chromiumPath = process.env.LIUHEN_CHROMIUM ?? '/usr/bin/chromium';

/** Browser tests need Debian's Chromium. Locally its absence skips them (said once); with CI=true it fails them. */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === 'true')
    throw new Error(`Chromium is required with CI=true but ${chromiumPath} does not exist`);
  console.warn(`[liuhen] ${chromiumPath} not found: browser tests are skipped (apt-get install chromium).`);
  return false;
}

/** Launches headless Chromium with the flags this closed network needs (no background connections). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A real Liuhen server (SQLite in a temp data directory, the built web UI) on a free port. */
export async function startTestServer(settings: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liuhen-e2e-'));
  const config: Config = loadConfig(
    // The journeys' agency is Benxi's HRSS bureau, under its own measures (GEN-01) unless a test chooses another.
    { LIUHEN_DATA_DIR: dataDir, LIUHEN_PORT: '0', LIUHEN_LOG_LEVEL: 'warn', LIUHEN_PROFILE: 'benxi-hrss', ...settings },
    {},
  );
  const lines: string[] = [];
  const { app, url } = await startServer(config, (line) => lines.push(line));
  return {
    url,
    lines,
    async stop() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fills the login form and submits it. */
export async function login(page: Page, url: string, username: string, password: string) {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** The forced password change after a first login or a reset; ends on the workbench. */
export async function changePassword(page: Page, current: string, next: string) {
  await page.waitForURL(/\/change-password/);
  await page.getByTestId('cp-current').fill(current);
  await page.getByTestId('cp-new').fill(next);
  await page.getByTestId('cp-confirm').fill(next);
  await page.getByTestId('cp-submit').click();
  await page.getByTestId('welcome').waitFor();
}

/** Opens the antd Select `testId` and picks the first option showing `option`. */
export async function chooseOption(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  await page.keyboard.press('Escape');
}

/**
 * Registers, for the enclosing describe, a real server (bootstrap password `Bootstrap-2026`) and a Chromium, both
 * stopped afterwards. Read them through the returned object once the tests run.
 */
export function useServerAndBrowser() {
  const state = {} as { server: Awaited<ReturnType<typeof startTestServer>>; browser: Browser };
  beforeAll(async () => {
    state.server = await startTestServer({
      LIUHEN_ADMIN_PASSWORD: 'Bootstrap-2026',
      LIUHEN_AGENCY_NAME: '本溪市人力资源和社会保障局',
    });
    state.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
  });
  return state;
}

/** The databases a browser journey runs on: SQLite always, PostgreSQL when the run has one (required with CI=true). */
export function journeyDialects(): ('sqlite' | 'postgres')[] {
  return inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * Server settings for a journey on `dialect`: for PostgreSQL a schema of its own (named with this process id, so a
 * killed run's schema is dropped by the next run's setup), dropped again by `drop`.
 */
export async function journeyDatabase(
  dialect: 'sqlite' | 'postgres',
): Promise<{ settings: Record<string, string>; drop(): Promise<void> }> {
  if (dialect === 'sqlite') return { settings: {}, drop: async () => {} };
  const url = inject('postgresUrl')!;
  const schema = `liuhen_e2e_${process.pid}_${randomBytes(4).toString('hex')}`;
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await query(`create schema ${schema}`);
  await query(`comment on schema ${schema} is 'liuhen test ${Date.now()}'`);
  return {
    settings: { LIUHEN_DATABASE_URL: withSearchPath(url, schema) },
    drop: () => query(`drop schema if exists ${schema} cascade`),
  };
}

/** Logs a seeded person in, in a fresh zh-CN context in Asia/Shanghai time, and waits for 工作台. */
export async function signIn(
  browser: Browser,
  url: string,
  person: { username: string; password: string },
): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByTestId('login-username').fill(person.username);
  await page.getByTestId('login-password').fill(person.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('workbench-my-cases').waitFor();
  return page;
}
