import type { ApprovalBody, CaseSummaryBody } from '@liuhen/contracts';
import { Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { approvalTypeLabels } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { useCan } from '../../auth/use-can';
import { PendingAvCard } from '../../av/components/pending-av-card';
import { ApprovalDecisionModal } from '../../cases/components/approval-decision-modal';
import { ApprovalActButton } from '../../cases/components/approvals-list';
import { ApprovalStatusTag, OverdueTag, StageTag } from '../../cases/components/stage-tag';
import { formatMinute } from '../../cases/record-time';
import { DashboardPage } from '../../shell/pages/dashboard-page';
import { getWorkbench, type OverdueItem } from '../workbench.api';

/** 工作台: my cases, the approvals waiting for me, and what is overdue. */
export function WorkbenchPage() {
  const { t, pick } = useI18n();
  const { data, loading, reload } = useApiData(getWorkbench);
  const [deciding, setDeciding] = useState<ApprovalBody | null>(null);
  const can = useCan();

  const caseColumns: TableColumnsType<CaseSummaryBody> = [
    {
      title: t('cases.number'),
      key: 'number',
      render: (_, item) => (
        <Link to={`/cases/${item.id}`} data-testid={`workbench-case-${item.id}`}>
          {item.number}
        </Link>
      ),
    },
    { title: t('cases.cause'), dataIndex: 'cause', key: 'cause' },
    { title: t('cases.stage'), key: 'stage', render: (_, item) => <StageTag stage={item.stage} /> },
    { title: t('cases.overdue'), key: 'overdue', render: (_, item) => <OverdueTag overdue={item.overdue} /> },
  ];

  const approvalColumns: TableColumnsType<ApprovalBody> = [
    {
      title: t('approval.case'),
      key: 'case',
      render: (_, item) => (
        <Link to={`/cases/${item.caseId}`}>
          {item.caseNumber} · {item.caseCause}
        </Link>
      ),
    },
    { title: t('approval.type'), key: 'type', render: (_, item) => pick(approvalTypeLabels[item.type]) },
    {
      title: t('approval.status'),
      key: 'status',
      render: (_, item) => <ApprovalStatusTag status={item.status} chain={item.chain} />,
    },
    { title: t('approval.createdAt'), key: 'createdAt', render: (_, item) => formatMinute(item.createdAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, item) => <ApprovalActButton approval={item} onAct={setDeciding} />,
    },
  ];

  const overdueColumns: TableColumnsType<OverdueItem> = [
    {
      title: t('cases.number'),
      key: 'case',
      render: (_, item) => <Link to={`/cases/${item.caseId}`}>{item.caseNumber}</Link>,
    },
    { title: t('workbench.item'), key: 'text', render: (_, item) => pick(item) },
    {
      title: t('workbench.dueAt'),
      key: 'dueAt',
      render: (_, item) => <Typography.Text type="danger">{formatMinute(item.dueAt)}</Typography.Text>,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <DashboardPage />
      <Card title={t('workbench.pendingApprovals')} data-testid="workbench-pending-approvals">
        <Table<ApprovalBody>
          rowKey="id"
          size="small"
          loading={loading}
          columns={approvalColumns}
          dataSource={data?.pendingApprovals ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
        />
      </Card>
      <Card title={t('workbench.myCases')} data-testid="workbench-my-cases">
        <Table<CaseSummaryBody>
          rowKey="id"
          size="small"
          loading={loading}
          columns={caseColumns}
          dataSource={data?.myCases ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
        />
      </Card>
      <Card title={t('workbench.overdue')} data-testid="workbench-overdue">
        <Table<OverdueItem>
          rowKey={(item) => `${item.caseId}-${item.kind}-${item.dueAt}`}
          size="small"
          loading={loading}
          columns={overdueColumns}
          dataSource={data?.overdue ?? []}
          locale={{ emptyText: t('workbench.noOverdue') }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
        />
      </Card>
      {can('av.upload') && <PendingAvCard />}
      {deciding && (
        <ApprovalDecisionModal
          approval={deciding}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
