import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, changePassword, chooseOption, login, useServerAndBrowser } from './browser';

const run = browserAvailable() ? describe : describe.skip;

const rows = (page: Page) => page.locator('[data-testid^="audit-row-"]');
const number = async (page: Page, testId: string) =>
  Number(((await page.getByTestId(testId).textContent()) ?? '').replace(/\D/g, '') || NaN);

run('browser journey: the audit log shows, filters and verifies the ledger (issue 3)', () => {
  const env = useServerAndBrowser();

  it('lists the acts, filters by action, signs a checkpoint and verifies the whole ledger', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();

    await login(page, env.server.url, 'admin', 'Bootstrap-2026');
    await changePassword(page, 'Bootstrap-2026', 'Chief-Changed-2026');
    await page.goto(`${env.server.url}/admin/units`);
    await page.getByTestId('unit-create').click();
    await page.getByTestId('unit-name').fill('劳动保障监察支队');
    await chooseOption(page, 'unit-kind', '执法科室/单位');
    await page.getByTestId('unit-submit').click();
    await page.getByTestId('unit-row-劳动保障监察支队').waitFor();

    await page.getByTestId('admin-tab-audit').click();
    await page.waitForURL(/\/admin\/audit/);
    await expect.poll(() => number(page, 'ledger-size')).toBeGreaterThan(0);
    expect(await page.getByTestId('ledger-root').textContent()).toMatch(/[0-9a-f]{64}/);
    const created = rows(page).filter({ hasText: '新建单位' });
    await expect.poll(() => created.count()).toBe(1);
    expect(await created.first().textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    expect(await created.first().textContent()).toContain('admin');
    await expect.poll(() => rows(page).filter({ hasText: '登录' }).count()).toBeGreaterThan(0);

    // Filtering by action leaves only that kind of act.
    await chooseOption(page, 'audit-action', '新建单位');
    await page.getByTestId('audit-search').click();
    await expect.poll(async () => (await rows(page).allTextContents()).join('|')).not.toContain('登录');
    const filtered = await rows(page).allTextContents();
    expect(filtered.length).toBe(1);
    expect(filtered.every((text) => text.includes('新建单位'))).toBe(true);

    // Signing a checkpoint now covers every entry so far.
    await page.getByTestId('ledger-sign-checkpoint').click();
    await expect.poll(() => number(page, 'ledger-checkpoint-size')).toBeGreaterThan(0);
    expect(await number(page, 'ledger-checkpoint-size')).toBe(await number(page, 'ledger-size'));
    await page.getByTestId('ledger-checkpoint-view').click();
    expect(await page.getByTestId('checkpoint-note').textContent()).toContain(
      `\n${await number(page, 'ledger-size')}\n`,
    );
    await page.keyboard.press('Escape');

    // Verifying reports success, is recorded in the ledger and shows as the last verification.
    const sizeBefore = await number(page, 'ledger-size');
    await page.getByTestId('ledger-verify').click();
    await page.getByTestId('verify-result').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('verify-result').textContent()).toContain('验证通过');
    await expect.poll(() => page.getByTestId('ledger-verification-status').textContent()).toContain('通过');
    expect(await page.getByTestId('ledger-verification-status').textContent()).not.toContain('未通过');
    await expect.poll(() => number(page, 'ledger-size')).toBe(sizeBefore + 1);

    await page.getByTestId('audit-reset').click();
    const verified = page.getByTestId(`audit-row-${sizeBefore}`);
    await expect.poll(() => verified.textContent()).toContain('验证账本');
    await verified.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => page.locator('.ant-table-expanded-row').textContent()).toContain('叶哈希');
    await page.screenshot({ path: '.test-output/audit-log.png', fullPage: true });
    await context.close();
  }, 90_000);
});
