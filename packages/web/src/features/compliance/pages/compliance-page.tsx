import type { ComplianceFindingBody } from '@liuhen/contracts';
import { Card, Flex, Input, Select, Space, Table, type TableColumnsType, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { useI18n } from '../../../i18n/language-context';
import { listUnits } from '../../admin/units/units.api';
import { listOfficers } from '../../cases/cases.api';
import { type ComplianceFilters, listFindings } from '../compliance.api';
import { DueTime, SeverityTag, StatusTag } from '../components/compliance-tags';

const pageSizeDefault = 20;
const severities = ['violation', 'warning', 'info'] as const;

/** 合规: the stored findings of the cases the user may read, violations first, filtered by unit, officer, severity, rule. */
export function CompliancePage() {
  const { t, pick } = useI18n();
  const [filters, setFilters] = useState<ComplianceFilters>({});
  const [page, setPage] = useState({ current: 1, size: pageSizeDefault });
  const { current, size } = page;
  const { data, loading } = useApiData(
    useCallback(
      () => listFindings({ ...filters, limit: size, offset: (current - 1) * size }),
      [filters, current, size],
    ),
  );
  const { data: units } = useApiData(useCallback(() => listUnits(), []));
  const { data: officers } = useApiData(useCallback(() => listOfficers(), []));
  const change = (next: ComplianceFilters) => {
    setFilters(next);
    setPage((previous) => ({ ...previous, current: 1 }));
  };

  const columns: TableColumnsType<ComplianceFindingBody> = [
    { title: t('compliance.severity'), key: 'severity', render: (_, item) => <SeverityTag severity={item.severity} /> },
    { title: t('compliance.status'), key: 'status', render: (_, item) => <StatusTag status={item.status} /> },
    { title: t('compliance.rule'), dataIndex: 'rule', key: 'rule' },
    { title: t('compliance.article'), key: 'article', render: (_, item) => item.article ?? '—' },
    { title: t('compliance.message'), key: 'message', render: (_, item) => pick(item.message) },
    {
      title: t('compliance.case'),
      key: 'case',
      render: (_, item) => (
        <Link to={`/cases/${item.case.id}`} data-testid={`compliance-case-${item.case.id}`}>
          {item.case.number}
        </Link>
      ),
    },
    { title: t('compliance.unit'), key: 'unit', render: (_, item) => item.unit?.name ?? '—' },
    {
      title: t('compliance.responsible'),
      key: 'responsible',
      render: (_, item) => item.responsible.map((person) => person.name).join('、') || '—',
    },
    { title: t('compliance.dueAt'), key: 'dueAt', render: (_, item) => <DueTime item={item} /> },
  ];

  return (
    <Card title={t('compliance.title')}>
      <Flex vertical gap={16}>
        <Space wrap data-testid="compliance-filters">
          <Select
            allowClear
            placeholder={t('compliance.allUnits')}
            style={{ width: 180 }}
            value={filters.unitId}
            onChange={(unitId?: string) => change({ ...filters, unitId })}
            options={(units?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            data-testid="compliance-filter-unit"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('compliance.allOfficers')}
            style={{ width: 160 }}
            value={filters.officerId}
            onChange={(officerId?: string) => change({ ...filters, officerId })}
            options={(officers?.items ?? []).map((officer) => ({ value: officer.id, label: officer.name }))}
            data-testid="compliance-filter-officer"
          />
          <Select
            allowClear
            placeholder={t('compliance.allSeverities')}
            style={{ width: 150 }}
            value={filters.severity}
            onChange={(severity?: ComplianceFilters['severity']) => change({ ...filters, severity })}
            options={severities.map((value) => ({ value, label: t(`compliance.severity.${value}`) }))}
            data-testid="compliance-filter-severity"
          />
          <Input
            allowClear
            placeholder={t('compliance.rulePlaceholder')}
            style={{ width: 170 }}
            maxLength={40}
            onPressEnter={(event) => change({ ...filters, rule: event.currentTarget.value.trim() || undefined })}
            onChange={(event) => event.target.value === '' && change({ ...filters, rule: undefined })}
            data-testid="compliance-filter-rule"
          />
          {data && (
            <Typography.Text type="secondary" data-testid="compliance-counts">
              {t('compliance.counts', data.counts)}
            </Typography.Text>
          )}
        </Space>
        <div data-testid="compliance-list">
          <Table<ComplianceFindingBody>
            rowKey="id"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={loading}
            size="middle"
            pagination={{
              current,
              pageSize: size,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('compliance.total', { total }),
              onChange: (nextPage, nextSize) => setPage({ current: nextSize === size ? nextPage : 1, size: nextSize }),
            }}
            onRow={(item) =>
              ({ 'data-testid': `compliance-row-${item.rule}-${item.case.number}` }) as HTMLAttributes<HTMLElement>
            }
          />
        </div>
      </Flex>
    </Card>
  );
}
