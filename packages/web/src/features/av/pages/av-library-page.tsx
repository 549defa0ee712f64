import { Card, Checkbox, Flex, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useApiData } from '../../../api/use-api-data';
import { useI18n } from '../../../i18n/language-context';
import { useCan } from '../../auth/use-can';
import { type AvFilters, listAvRecords } from '../av.api';
import { type AvSearch, AvSearchForm } from '../components/av-search-form';
import { AvTable } from '../components/av-table';
import { LazyAvUploader } from '../components/lazy-av-uploader';

type Flag = 'unlinked' | 'incomplete' | 'mine';
const flags: readonly Flag[] = ['unlinked', 'incomplete', 'mine'];
const pageSize = 20;

/** 音像记录库: upload footage (tus, resumable) and find records by 未关联 / 待补充 / 我的. */
export function AvLibraryPage() {
  const { t } = useI18n();
  const can = useCan();
  const [checked, setChecked] = useState<Record<Flag, boolean>>({ unlinked: false, incomplete: false, mine: false });
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState<AvSearch>({});
  const filters: AvFilters = {
    unlinked: checked.unlinked ? 'true' : undefined,
    incomplete: checked.incomplete ? 'true' : undefined,
    mine: checked.mine ? 'true' : undefined,
  };
  const { unlinked, incomplete, mine } = filters;
  const { data, loading, reload } = useApiData(
    useCallback(
      () => listAvRecords({ ...search, unlinked, incomplete, mine, limit: pageSize, offset: (page - 1) * pageSize }),
      [search, unlinked, incomplete, mine, page],
    ),
  );
  const labels: Record<Flag, string> = {
    unlinked: t('av.unlinked'),
    incomplete: t('av.incomplete'),
    mine: t('av.mine'),
  };

  return (
    <Flex vertical gap={16} data-testid="av-page">
      {can('av.upload') && (
        <Card title={t('av.upload')}>
          <LazyAvUploader testId="av-uploader" onUploaded={reload} />
        </Card>
      )}
      <Card
        title={t('av.title')}
        extra={
          <Space>
            {flags.map((flag) => (
              <Checkbox
                key={flag}
                checked={checked[flag]}
                onChange={(event) => {
                  setChecked((previous) => ({ ...previous, [flag]: event.target.checked }));
                  setPage(1);
                }}
                data-testid={`av-filter-${flag}`}
              >
                {labels[flag]}
              </Checkbox>
            ))}
            <Typography.Text type="secondary" data-testid="av-total">
              {t('av.total', { total: data?.total ?? 0 })}
            </Typography.Text>
          </Space>
        }
      >
        <AvSearchForm
          onSearch={(next) => {
            setSearch(next);
            setPage(1);
          }}
        />
        <AvTable
          testId="av-list"
          records={data?.items ?? []}
          loading={loading}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: setPage,
          }}
        />
      </Card>
    </Flex>
  );
}
