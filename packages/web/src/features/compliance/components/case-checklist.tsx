import type { ComplianceItemBody } from '@liuhen/contracts';
import { Alert, Empty, Flex, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import { useCallback } from 'react';
import { useApiData } from '../../../api/use-api-data';
import { useI18n } from '../../../i18n/language-context';
import { formatMinute } from '../../cases/record-time';
import { getCaseChecklist } from '../compliance.api';
import { DueTime, StatusTag, statusOrder } from './compliance-tags';

/**
 * 合规 tab of the case page: the case's whole checklist, evaluated now, grouped by status (逾期, 缺失, 即将到期, 待办,
 * 例外, 提示, 已完成), each line with its rule, article, message, deadline and the people who must act.
 */
export function CaseChecklist({ caseId }: { caseId: string }) {
  const { t, pick } = useI18n();
  const { data, loading } = useApiData(useCallback(() => getCaseChecklist(caseId), [caseId]));
  if (!data) return <Skeleton active loading={loading} />;
  if (!data.profileId) return <Alert type="warning" showIcon message={t('compliance.noProfile')} />;
  if (data.items.length === 0) return <Empty description={t('compliance.empty')} />;

  const columns: TableColumnsType<ComplianceItemBody> = [
    { title: t('compliance.rule'), dataIndex: 'rule', key: 'rule', width: 120 },
    { title: t('compliance.article'), key: 'article', width: 160, render: (_, item) => item.article ?? '—' },
    { title: t('compliance.message'), key: 'message', render: (_, item) => pick(item.message) },
    { title: t('compliance.dueAt'), key: 'dueAt', width: 190, render: (_, item) => <DueTime item={item} /> },
    {
      title: t('compliance.responsible'),
      key: 'responsible',
      width: 160,
      render: (_, item) => item.responsible.map((person) => person.name).join('、') || '—',
    },
  ];
  return (
    <Flex vertical gap={16} data-testid="compliance-checklist">
      <Typography.Text type="secondary">
        {t('compliance.evaluatedAt', { time: formatMinute(data.evaluatedAt) })}
      </Typography.Text>
      {statusOrder.map((status) => {
        const items = data.items.filter((item) => item.status === status);
        if (items.length === 0) return null;
        return (
          <Flex vertical gap={8} key={status} data-testid={`compliance-group-${status}`}>
            <span>
              <StatusTag status={status} /> {items.length}
            </span>
            <Table<ComplianceItemBody>
              rowKey={(item) => `${item.rule}:${item.subject.type}:${item.subject.id}`}
              columns={columns}
              dataSource={items}
              pagination={false}
              size="small"
            />
          </Flex>
        );
      })}
    </Flex>
  );
}
