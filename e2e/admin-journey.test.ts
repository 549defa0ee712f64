import { describe, expect, it } from 'vitest';
import { browserAvailable, changePassword, chooseOption, login, useServerAndBrowser } from './browser';

const run = browserAvailable() ? describe : describe.skip;

run('browser journey: administrator sets up a unit and an officer (ROLE-01, GEN-07)', () => {
  const env = useServerAndBrowser();

  it('logs in as the bootstrap admin, changes the password, creates a unit and a certified officer, who then logs in', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();

    // A wrong password is refused with the server's Chinese message.
    await login(page, env.server.url, 'admin', 'Not-The-Password-1');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');

    await login(page, env.server.url, 'admin', 'Bootstrap-2026');
    await changePassword(page, 'Bootstrap-2026', 'Chief-Changed-2026');

    await page.getByTestId('nav-admin').click();
    await page.goto(`${env.server.url}/admin/units`);
    await page.getByTestId('unit-create').click();
    await page.getByTestId('unit-name').fill('劳动保障监察支队');
    await chooseOption(page, 'unit-kind', '执法科室/单位');
    await page.getByTestId('unit-submit').click();
    await page.getByTestId('unit-row-劳动保障监察支队').waitFor();

    await page.goto(`${env.server.url}/admin/users`);
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill('zhang.wei');
    await page.getByTestId('user-display-name').fill('张伟');
    await chooseOption(page, 'user-roles', '执法人员');
    await chooseOption(page, 'user-unit', '劳动保障监察支队');
    await page.getByTestId('user-submit').click();
    const initialPassword = (await page.getByTestId('initial-password').textContent())?.trim() ?? '';
    expect(initialPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    await page.getByTestId('password-close').click();

    await expect.poll(() => page.getByTestId('certification-zhang.wei').textContent()).toContain('未登记执法证');
    await page.getByTestId('user-certificates-zhang.wei').click();
    await page.getByTestId('cert-add').click();
    await page.getByTestId('cert-number').fill('辽BX-2026-0001');
    await page.getByTestId('cert-issuing-body').fill('本溪市人民政府');
    await page.getByTestId('cert-valid-from').fill('2025-01-01');
    await page.getByTestId('cert-valid-from').press('Enter');
    await page.getByTestId('cert-valid-to').fill('2028-12-31');
    await page.getByTestId('cert-valid-to').press('Enter');
    await page.getByTestId('cert-submit').click();
    await page.getByTestId('cert-row-辽BX-2026-0001').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('certification-zhang.wei').textContent()).toContain('持证有效');
    await page.screenshot({ path: '.test-output/admin-users.png', fullPage: true });

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);

    await login(page, env.server.url, 'zhang.wei', initialPassword);
    await changePassword(page, initialPassword, 'Zw-Own-Password-7');
    await expect.poll(() => page.getByTestId('welcome').textContent()).toContain('张伟');
    await expect.poll(() => page.getByTestId('my-certification').textContent()).toContain('持证有效');
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    await page.screenshot({ path: '.test-output/officer-dashboard.png', fullPage: true });

    // English is one click away, and the choice survives a reload.
    await page.getByTestId('lang-switch').getByText('English').click();
    await expect.poll(() => page.getByTestId('welcome').textContent()).toContain('Welcome, 张伟');
    await page.reload();
    await expect.poll(() => page.getByTestId('welcome').textContent()).toContain('Welcome, 张伟');
    await page.getByTestId('lang-switch').getByText('中文').click();
    await expect.poll(() => page.getByTestId('welcome').textContent()).toContain('欢迎');
    await context.close();
  }, 90_000);
});
