import {
  AuditOutlined,
  BarChartOutlined,
  CarryOutOutlined,
  DashboardOutlined,
  FolderOpenOutlined,
  MobileOutlined,
  SafetyOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../../../i18n/language-context';
import { canSeeAdmin } from '../../admin/admin-access';
import { useCan } from '../../auth/use-can';
import { sectionOf, visibleNavItems } from '../nav-items';
import { useNavAccess } from './nav-access';

const icons: Record<string, ReactNode> = {
  '/': <DashboardOutlined />,
  '/cases': <FolderOpenOutlined />,
  '/av': <VideoCameraOutlined />,
  '/av/statistics': <BarChartOutlined />,
  '/av/handovers': <CarryOutOutlined />,
  '/compliance': <SafetyOutlined />,
  '/approvals': <AuditOutlined />,
  '/supervision': <SafetyCertificateOutlined />,
  '/devices': <MobileOutlined />,
  '/admin': <SettingOutlined />,
};

export function SideNav() {
  const { t } = useI18n();
  const can = useCan();
  const access = useNavAccess();
  const { pathname } = useLocation();

  // Only the sections the server lets this role in, and AVS-07 only where the profile states it.
  const entries: { path: string; label: string; testId: string }[] = visibleNavItems(access).map((item) => ({
    path: item.path,
    label: t(item.key),
    testId: item.key.replace('.', '-'),
  }));
  if (canSeeAdmin(can)) entries.push({ path: '/admin', label: t('nav.admin'), testId: 'nav-admin' });

  const items: MenuProps['items'] = entries.map((entry) => ({
    key: entry.path,
    icon: icons[entry.path],
    label: (
      <Link to={entry.path} data-testid={entry.testId}>
        {entry.label}
      </Link>
    ),
  }));

  return <Menu theme="dark" mode="inline" selectedKeys={[sectionOf(pathname)]} items={items} />;
}
