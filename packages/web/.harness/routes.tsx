import React from 'react';
(globalThis as unknown as { React: typeof React }).React = React;
import type { SessionBody } from '@liuhen/contracts';
import { actions, permissions } from '@liuhen/domain';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { AppRoutes } from '../src/app-routes';
import { SessionProvider } from '../src/features/auth/session-context';
import { LanguageProvider } from '../src/i18n/language-context';

const role = process.argv[3] ?? 'admin';
const abilities = Object.fromEntries(actions.map((a) => [a, (permissions[a] as Record<string, string>)[role] !== undefined])) as SessionBody['abilities'];
const session: SessionBody = {
  user: { id: 'u1', username: 'zhangsan', displayName: '张三', roles: [role as 'admin'], unitId: null, mustChangePassword: process.argv[4] === 'must' },
  agency: { id: 'a1', name: '某某县市场监督管理局' },
  csrfToken: 'tok',
  expiresAt: '2030-01-01T00:00:00Z',
  abilities,
};
const path = process.argv[2] ?? '/';
const html = renderToString(
  <LanguageProvider>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <App>
        <MemoryRouter initialEntries={[path]}>
          <SessionProvider initial={process.argv[5] === 'anon' ? null : session}>
            <AppRoutes />
          </SessionProvider>
        </MemoryRouter>
      </App>
    </ConfigProvider>
  </LanguageProvider>,
);
const ids = [...html.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1]);
const text = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
console.log(path, '\n  testids:', ids.join(' '), '\n  text:', text.slice(0, 400));
