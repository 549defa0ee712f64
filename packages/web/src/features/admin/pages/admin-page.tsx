import { ApiOutlined } from '@ant-design/icons';
import { Card, Result, Tabs } from 'antd';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../../i18n/language-context';
import { useCan } from '../../auth/use-can';
import { NotFoundPage } from '../../shell/pages/not-found-page';
import { adminTabs, canSeeAdmin } from '../admin-access';

/** 系统管理: one tab per sub-route, limited to what the session may do, plus a link to the API docs. */
export function AdminPage() {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs = adminTabs.filter((tab) => tab.visible(can));
  const current = pathname.split('/')[2];
  const first = tabs[0];

  if (!canSeeAdmin(can) || !first) {
    return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;
  }
  if (!current) return <Navigate to={`/admin/${first.path}`} replace />;
  if (!adminTabs.some((tab) => tab.path === current)) return <NotFoundPage />;
  if (!tabs.some((tab) => tab.path === current)) {
    return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;
  }

  return (
    <Card className="admin-card">
      <Tabs
        activeKey={current}
        onChange={(key) => navigate(`/admin/${key}`)}
        items={tabs.map((tab) => ({
          key: tab.path,
          label: <span data-testid={`admin-tab-${tab.path}`}>{t(tab.key)}</span>,
        }))}
        tabBarExtraContent={
          <a href="/api/docs" target="_blank" rel="noreferrer" data-testid="api-docs">
            <ApiOutlined /> {t('admin.apiDocs')}
          </a>
        }
      />
      <Outlet />
    </Card>
  );
}
