import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig, startServer } from '@liuhen/server';
import { type Browser, chromium } from 'playwright-core';

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
    { LIUHEN_DATA_DIR: dataDir, LIUHEN_PORT: '0', LIUHEN_LOG_LEVEL: 'warn', ...settings },
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
