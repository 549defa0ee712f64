import { Card, Tabs, Tag } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { useI18n } from '../../../i18n/language-context';
import { listAvRecords } from '../av.api';
import { AvTable } from './av-table';

/** 工作台 · 待处理音像记录: my records not yet linked to a case, and my records whose metadata is incomplete. */
export function PendingAvCard() {
  const { t } = useI18n();
  const unlinked = useApiData(
    useCallback(() => listAvRecords({ mine: 'true', unlinked: 'true', limit: 20, offset: 0 }), []),
  );
  const incomplete = useApiData(
    useCallback(() => listAvRecords({ mine: 'true', incomplete: 'true', limit: 20, offset: 0 }), []),
  );
  const columns = ['fileName', 'receivedAt', 'device', 'capturedAt', 'case'] as const;
  return (
    <Card title={t('av.pending')} data-testid="workbench-av" extra={<Link to="/av">{t('av.title')}</Link>}>
      <Tabs
        size="small"
        items={[
          {
            key: 'unlinked',
            label: (
              <span data-testid="workbench-av-unlinked">
                {t('av.pendingUnlinked')} <Tag>{unlinked.data?.total ?? 0}</Tag>
              </span>
            ),
            children: <AvTable records={unlinked.data?.items ?? []} loading={unlinked.loading} columns={columns} />,
          },
          {
            key: 'incomplete',
            label: (
              <span data-testid="workbench-av-incomplete">
                {t('av.pendingIncomplete')} <Tag>{incomplete.data?.total ?? 0}</Tag>
              </span>
            ),
            children: <AvTable records={incomplete.data?.items ?? []} loading={incomplete.loading} columns={columns} />,
          },
        ]}
      />
    </Card>
  );
}
