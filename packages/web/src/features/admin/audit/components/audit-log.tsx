import type { AuditEntryBody } from '@liuhen/contracts';
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useNotifyError } from '../../../../api/use-notify-error';
import { useI18n } from '../../../../i18n/language-context';
import { type AuditFilters, type AuditPage, listAuditEntries } from '../audit.api';

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
      width: 180,
      render: (_, entry) => new Date(entry.occurredAt).toLocaleString(),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 140,
      render: (_, entry) => entry.actorUsername ?? t('audit.system'),
    },
    { title: t('audit.action'), key: 'action', render: (_, entry) => <Tag>{entry.action}</Tag> },
    {
      title: t('audit.subject'),
      key: 'subject',
      render: (_, entry) => [entry.subjectType, entry.subjectId].filter(Boolean).join(' · '),
    },
    {
      title: t('audit.summary'),
      key: 'summary',
      ellipsis: true,
      render: (_, entry) => (
        <Typography.Text type="secondary" ellipsis={{ tooltip: JSON.stringify(entry.summary, null, 2) }}>
          {JSON.stringify(entry.summary)}
        </Typography.Text>
      ),
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
