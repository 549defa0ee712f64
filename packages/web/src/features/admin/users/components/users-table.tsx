import type { UserBody } from '@liuhen/contracts';
import { Space, Table, type TableColumnsType, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { roleDefinitions } from '../../../../i18n/domain-labels';
import { useI18n } from '../../../../i18n/language-context';
import { CertificationTag } from './certification-tag';
import { type UserAction, UserRowActions } from './user-row-actions';
import { UserStatusTag } from './user-status-tag';

type Props = { users: UserBody[]; loading: boolean; onAction: (action: UserAction, user: UserBody) => void };

export function UsersTable({ users, loading, onAction }: Props) {
  const { t, pick } = useI18n();
  const columns: TableColumnsType<UserBody> = [
    { title: t('users.username'), dataIndex: 'username', key: 'username' },
    { title: t('users.displayName'), dataIndex: 'displayName', key: 'displayName' },
    {
      title: t('users.roles'),
      key: 'roles',
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          {user.roles.map((role) => (
            <Tag key={role} color="blue">
              {pick(roleDefinitions[role])}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('users.unit'), key: 'unit', render: (_, user) => user.unitName ?? '—' },
    { title: t('users.status'), key: 'status', width: 90, render: (_, user) => <UserStatusTag user={user} /> },
    {
      title: t('users.certification'),
      key: 'certification',
      render: (_, user) => (
        <CertificationTag certification={user.certification} testId={`certification-${user.username}`} />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => <UserRowActions user={user} onAction={onAction} />,
    },
  ];

  return (
    <Table<UserBody>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      size="middle"
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      onRow={(user) => ({ 'data-testid': `user-row-${user.username}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
