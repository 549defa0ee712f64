import type { UnitBody } from '@liuhen/contracts';
import { Button, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { unitKindLabels } from '../../../../i18n/domain-labels';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';

type Props = {
  units: UnitBody[];
  loading: boolean;
  onEdit: (unit: UnitBody) => void;
  onDelete: (unit: UnitBody) => void;
};

export function UnitsTable({ units, loading, onEdit, onDelete }: Props) {
  const { t, pick } = useI18n();
  const can = useCan();
  const showActions = can('unit.update') || can('unit.delete');

  const columns: TableColumnsType<UnitBody> = [
    { title: t('units.name'), dataIndex: 'name', key: 'name' },
    { title: t('units.kind'), key: 'kind', render: (_, unit) => pick(unitKindLabels[unit.kind]) },
    { title: t('units.legalBasis'), key: 'legalBasis', ellipsis: true, render: (_, unit) => unit.legalBasis ?? '—' },
    { title: t('units.userCount'), dataIndex: 'userCount', key: 'userCount', width: 100, align: 'right' },
  ];
  if (showActions) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      render: (_, unit) => (
        <Space size="small">
          {can('unit.update') && (
            <Button type="link" size="small" onClick={() => onEdit(unit)} data-testid={`unit-edit-${unit.name}`}>
              {t('common.edit')}
            </Button>
          )}
          {can('unit.delete') && (
            <Popconfirm title={t('units.deleteConfirm', { name: unit.name })} onConfirm={() => onDelete(unit)}>
              <Button type="link" size="small" danger data-testid={`unit-delete-${unit.name}`}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    });
  }

  return (
    <Table<UnitBody>
      rowKey="id"
      columns={columns}
      dataSource={units}
      loading={loading}
      pagination={false}
      size="middle"
      onRow={(unit) => ({ 'data-testid': `unit-row-${unit.name}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
