import { PlusOutlined } from '@ant-design/icons';
import type { CaseSummaryBody } from '@liuhen/contracts';
import { Button, Card, Flex, Space, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { caseProcedureLabels, enforcementActLabels } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { ProfileMissingAlert } from '../../admin/profiles/components/profile-missing-alert';
import { useCan } from '../../auth/use-can';
import { type CaseFilters, listCases } from '../cases.api';
import { CaseFiltersBar } from '../components/case-filters';
import { OverdueTag, StageTag } from '../components/stage-tag';
import { formatMinute } from '../record-time';

const pageSizeDefault = 20;

/** 案件: the cases the user may read, filtered and paged by the server. */
export function CasesPage() {
  const { t, pick } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<CaseFilters>({});
  const [page, setPage] = useState({ current: 1, size: pageSizeDefault });
  const { current, size } = page;
  const load = useCallback(
    () => listCases({ ...filters, limit: size, offset: (current - 1) * size }),
    [filters, current, size],
  );
  const { data, loading } = useApiData(load);

  const changeFilters = (next: CaseFilters) => {
    setFilters(next);
    setPage((previous) => ({ ...previous, current: 1 }));
  };

  const columns: TableColumnsType<CaseSummaryBody> = [
    {
      title: t('cases.number'),
      key: 'number',
      render: (_, item) => (
        <Link to={`/cases/${item.id}`} data-testid={`case-link-${item.id}`}>
          {item.number}
        </Link>
      ),
    },
    { title: t('cases.cause'), dataIndex: 'cause', key: 'cause' },
    {
      title: t('cases.parties'),
      key: 'parties',
      render: (_, item) => item.parties.map((party) => `${party.name}（${party.idNumberMasked}）`).join('；'),
    },
    { title: t('cases.act'), key: 'act', render: (_, item) => pick(enforcementActLabels[item.act]) },
    { title: t('cases.procedure'), key: 'procedure', render: (_, item) => pick(caseProcedureLabels[item.procedure]) },
    { title: t('cases.stage'), key: 'stage', render: (_, item) => <StageTag stage={item.stage} /> },
    {
      title: t('cases.handlers'),
      key: 'handlers',
      render: (_, item) => item.handlers.map((handler) => handler.name).join('、'),
    },
    { title: t('cases.openedAt'), key: 'createdAt', render: (_, item) => formatMinute(item.createdAt) },
    { title: t('cases.overdue'), key: 'overdue', render: (_, item) => <OverdueTag overdue={item.overdue} /> },
  ];

  return (
    <Card>
      <Flex vertical gap={16}>
        <ProfileMissingAlert />
        <Flex justify="space-between" align="start" gap={16} wrap>
          <CaseFiltersBar value={filters} onChange={changeFilters} />
          <Space>
            {can('case.create') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/cases/new')}
                data-testid="new-case-button"
              >
                {t('cases.new')}
              </Button>
            )}
          </Space>
        </Flex>
        <div data-testid="case-list">
          <Table<CaseSummaryBody>
            rowKey="id"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={loading}
            size="middle"
            pagination={{
              current: page.current,
              pageSize: page.size,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('cases.total', { total }),
              onChange: (nextPage, nextSize) => setPage({ current: nextSize === size ? nextPage : 1, size: nextSize }),
            }}
            onRow={(item) => ({ 'data-testid': `case-row-${item.number}` }) as HTMLAttributes<HTMLElement>}
          />
        </div>
      </Flex>
    </Card>
  );
}
