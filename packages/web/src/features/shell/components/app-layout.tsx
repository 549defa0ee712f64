import { Layout } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router-dom';
import { useI18n } from '../../../i18n/language-context';
import { AppHeader } from './app-header';
import { NavAccessProvider } from './nav-access';
import { SideNav } from './side-nav';

/** The frame of every signed-in page: dark navigation on the left, header on top, page below. */
export function AppLayout() {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <NavAccessProvider>
      <Layout className="app-shell">
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={208}>
          <div className="app-brand">
            <span className="app-brand-name">{t('app.name')}</span>
            {!collapsed && <span className="app-brand-subtitle">{t('app.subtitle')}</span>}
          </div>
          <SideNav />
        </Layout.Sider>
        <Layout>
          <AppHeader />
          <Layout.Content className="app-content">
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </NavAccessProvider>
  );
}
