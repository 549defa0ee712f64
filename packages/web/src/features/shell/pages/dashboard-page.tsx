import type { UserBody } from '@liuhen/contracts';
import { Card, Descriptions, type DescriptionsProps, Space, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useApiData } from '../../../api/use-api-data';
import { roleDefinitions } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { CertificationTag } from '../../admin/users/components/certification-tag';
import { getUser } from '../../admin/users/users.api';
import { useCurrentSession } from '../../auth/session-context';
import { useCan } from '../../auth/use-can';

/** 工作台: who is signed in, for which agency and unit, with which roles, and (for officers) certification. */
export function DashboardPage() {
  const { t, pick } = useI18n();
  const { user, agency } = useCurrentSession();
  const can = useCan();
  const mayRead = can('user.read');
  const load = useCallback(
    async (): Promise<UserBody | null> => (mayRead ? getUser(user.id) : null),
    [mayRead, user.id],
  );
  const { data: detail } = useApiData(load);

  const items: DescriptionsProps['items'] = [
    { key: 'agency', label: t('dashboard.agency'), children: agency.name },
    {
      key: 'unit',
      label: t('dashboard.unit'),
      children: user.unitId === null ? t('dashboard.noUnit') : (detail?.unitName ?? '…'),
    },
    {
      key: 'roles',
      label: t('dashboard.roles'),
      children: (
        <Space size={[0, 8]} wrap>
          {user.roles.map((role) => (
            <Tag key={role} color="blue">
              {pick(roleDefinitions[role])}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
  if (user.roles.includes('officer') && detail) {
    items.push({
      key: 'certification',
      label: t('dashboard.certification'),
      children: <CertificationTag certification={detail.certification} testId="my-certification" />,
    });
  }

  return (
    <Card>
      <Typography.Title level={3} data-testid="welcome">
        {t('dashboard.welcome', { name: user.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('dashboard.intro')}</Typography.Paragraph>
      <Descriptions column={1} bordered size="small" items={items} className="dashboard-facts" />
    </Card>
  );
}
