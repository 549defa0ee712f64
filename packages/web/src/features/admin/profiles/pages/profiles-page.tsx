import type { ProfileSummaryBody } from '@liuhen/contracts';
import { Button, Flex, Skeleton, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';
import { ProfileDrawer } from '../components/profile-drawer';
import { ProfileMissingNotice } from '../components/profile-missing-alert';
import { SelectProfileModal } from '../components/select-profile-modal';
import { listProfiles } from '../profiles.api';

/** 执法全过程记录规定 (GEN-01): the loaded profiles, the agency's choice, and each profile's rules. */
export function ProfilesPage() {
  const { t, pick } = useI18n();
  const can = useCan();
  const { data, loading, reload } = useApiData(listProfiles);
  const [viewing, setViewing] = useState<string | null>(null);
  const [selecting, setSelecting] = useState<ProfileSummaryBody | null>(null);
  const editable = can('agency.update');

  if (loading && !data) return <Skeleton active />;
  if (!data) return null;
  const selectedId = data.selectedId;

  const columns: TableColumnsType<ProfileSummaryBody> = [
    {
      title: t('profiles.name'),
      key: 'name',
      render: (_, item) => (
        <Space wrap>
          <Typography.Text strong>{pick(item.name)}</Typography.Text>
          {item.id === selectedId && (
            <Tag color="green" data-testid={`profile-selected-${item.id}`}>
              {t('profiles.selected')}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t('profiles.issuer'), dataIndex: 'issuer', key: 'issuer' },
    { title: t('profiles.issuedOn'), key: 'issuedOn', render: (_, item) => item.issuedOn ?? '—' },
    { title: t('profiles.legalBasis'), key: 'legalBasis', render: (_, item) => item.legalBasis ?? '—' },
    { title: t('profiles.version'), dataIndex: 'version', key: 'version' },
    {
      title: t('profiles.origin'),
      key: 'origin',
      render: (_, item) => (
        <Tag color={item.shipped ? 'blue' : 'purple'}>{t(item.shipped ? 'profiles.shipped' : 'profiles.own')}</Tag>
      ),
    },
    {
      title: 'SHA-256',
      key: 'sha256',
      render: (_, item) => (
        <Tooltip title={item.sha256}>
          <Typography.Text code copyable={{ text: item.sha256 }}>
            {item.sha256.slice(0, 12)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, item) => (
        <Space>
          <Button size="small" onClick={() => setViewing(item.id)} data-testid={`profile-view-${item.id}`}>
            {t('profiles.view')}
          </Button>
          {editable && item.id !== selectedId && (
            <Button
              size="small"
              type="primary"
              onClick={() => setSelecting(item)}
              data-testid={`profile-select-${item.id}`}
            >
              {t('profiles.select')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="profiles-page" data-selected={selectedId ?? ''}>
      {!selectedId && <ProfileMissingNotice link={false} />}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('profiles.intro')}
      </Typography.Paragraph>
      <Table<ProfileSummaryBody>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data.items}
        pagination={false}
        scroll={{ x: true }}
        onRow={(item) => ({ 'data-testid': `profile-row-${item.id}` }) as HTMLAttributes<HTMLElement>}
      />
      {viewing && <ProfileDrawer profileId={viewing} onClose={() => setViewing(null)} />}
      {selecting && (
        <SelectProfileModal
          profile={selecting}
          replacing={data.items.find((item) => item.id === selectedId) ?? null}
          onClose={() => setSelecting(null)}
          onDone={() => {
            setSelecting(null);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
