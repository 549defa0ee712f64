import type { AuditEntryBody } from '@liuhen/contracts';
import { Button, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { type HTMLAttributes, useCallback, useState } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useNotifyError } from '../../../../api/use-notify-error';
import { useI18n } from '../../../../i18n/language-context';
import { type AuditFilters, type AuditPage, listAuditEntries } from '../audit.api';
import { formatInstant } from '../shanghai-time';
import { ActionTag } from './action-tag';
import { AuditEntryDetail } from './audit-entry-detail';

/** Audit entries matching `filters`, newest first, fetched 50 at a time with 加载更多. Remount to change filters. */
export function AuditLog({ filters }: { filters: AuditFilters }) {
  const { t } = useI18n();
  const notifyError = useNotifyError();
  const first = useApiData(useCallback(() => listAuditEntries(filters), [filters]));
  const [later, setLater] = useState<AuditPage[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const pages = first.data ? [first.data, ...later] : [];
  const entries = pages.flatMap((page) => page.items);
  const nextBefore = pages.at(-1)?.nextBefore ?? null;

  const loadMore = async () => {
    if (nextBefore === null) return;
    setLoadingMore(true);
    try {
      const page = await listAuditEntries(filters, nextBefore);
      setLater((previous) => [...previous, page]);
    } catch (error) {
      notifyError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  const columns: TableColumnsType<AuditEntryBody> = [
    { title: t('audit.seq'), dataIndex: 'seq', key: 'seq', width: 80 },
    {
      title: t('audit.occurredAt'),
      key: 'occurredAt',
      width: 170,
      render: (_, entry) => formatInstant(entry.occurredAt),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 130,
      render: (_, entry) =>
        entry.actorUsername ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    { title: t('audit.action'), key: 'action', width: 140, render: (_, entry) => <ActionTag action={entry.action} /> },
    {
      title: t('audit.subject'),
      key: 'subject',
      width: 240,
      ellipsis: true,
      render: (_, entry) => (
        <span>
          {entry.subjectType}
          {entry.subjectId && <Typography.Text type="secondary"> · {entry.subjectId}</Typography.Text>}
        </span>
      ),
    },
    {
      title: t('audit.summary'),
      key: 'summary',
      ellipsis: true,
      render: (_, entry) => <Typography.Text type="secondary">{JSON.stringify(entry.summary)}</Typography.Text>,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Table<AuditEntryBody>
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={entries}
        loading={first.loading}
        pagination={false}
        scroll={{ x: 980 }}
        expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
        onRow={(entry) => ({ 'data-testid': `audit-row-${entry.seq}` }) as HTMLAttributes<HTMLElement>}
      />
      <Flex justify="center">
        {nextBefore !== null ? (
          <Button onClick={loadMore} loading={loadingMore} data-testid="audit-load-more">
            {t('audit.loadMore')}
          </Button>
        ) : (
          entries.length > 0 && <Typography.Text type="secondary">{t('audit.end')}</Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
