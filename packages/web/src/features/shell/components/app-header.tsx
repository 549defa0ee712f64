import { BankOutlined } from '@ant-design/icons';
import { Flex, Layout, Space, Typography } from 'antd';
import { useCurrentSession } from '../../auth/session-context';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

/** Agency name on the left; language, user and logout on the right. */
export function AppHeader() {
  const { agency } = useCurrentSession();
  return (
    <Layout.Header className="app-header">
      <Flex align="center" justify="space-between" style={{ height: '100%' }}>
        <Space>
          <BankOutlined className="app-header-icon" />
          <Typography.Text strong data-testid="agency-name">
            {agency.name}
          </Typography.Text>
        </Space>
        <Space size="middle">
          <LanguageSwitch />
          <UserMenu />
        </Space>
      </Flex>
    </Layout.Header>
  );
}
