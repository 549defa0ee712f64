import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import { roleDefinitions } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { useCurrentSession } from '../../auth/session-context';
import { useLogout } from '../../auth/use-logout';

/** The logged-in user with their roles, and the change-password and logout actions. */
export function UserMenu() {
  const { t, pick } = useI18n();
  const { user } = useCurrentSession();
  const navigate = useNavigate();
  const logout = useLogout();
  const roleText = user.roles.map((role) => pick(roleDefinitions[role])).join('、');

  const items: MenuProps['items'] = [
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="change-password">{t('header.changePassword')}</span>,
      onClick: () => navigate('/change-password'),
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: <span data-testid="logout">{t('header.logout')}</span>,
      onClick: () => void logout(),
    },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu">
        <Space>
          <UserOutlined />
          <span>{user.displayName}</span>
          <span className="header-roles">{roleText}</span>
          <DownOutlined />
        </Space>
      </Button>
    </Dropdown>
  );
}
