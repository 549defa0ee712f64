import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { useApiData } from '../../../api/use-api-data';
import { useI18n } from '../../../i18n/language-context';
import { listUnits } from '../../admin/units/units.api';
import { listUsers } from '../../admin/users/users.api';
import type { AvFilters } from '../av.api';

/** AVS-05 search fields of the library. */
export type AvSearch = Pick<
  AvFilters,
  'unitId' | 'deviceNumber' | 'officer' | 'capturedFrom' | 'capturedTo' | 'party' | 'cause'
>;

type Values = {
  unitId?: string;
  deviceNumber?: string;
  officer?: string;
  usedAt?: [Dayjs | null, Dayjs | null] | null;
  party?: string;
  cause?: string;
};

const trimmed = (value: string | undefined) => value?.trim() || undefined;

/** 分类检索 (AVS-05): unit, device number, officer, time of use, party and 案由. */
export function AvSearchForm({ onSearch }: { onSearch: (search: AvSearch) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { data: units } = useApiData(listUnits);
  const { data: users } = useApiData(useCallback(() => listUsers({ role: 'officer' }), []));
  const submit = (values: Values) => {
    const [from, to] = values.usedAt ?? [null, null];
    onSearch({
      unitId: values.unitId || undefined,
      deviceNumber: trimmed(values.deviceNumber),
      officer: values.officer || undefined,
      // Whole days in the browser's time zone (Asia/Shanghai at the agencies), sent with their offset.
      capturedFrom: from ? from.startOf('day').format() : undefined,
      capturedTo: to ? to.endOf('day').format() : undefined,
      party: trimmed(values.party),
      cause: trimmed(values.cause),
    });
  };
  return (
    <Form form={form} layout="inline" onFinish={submit} data-testid="av-search" style={{ rowGap: 8 }}>
      <Form.Item name="unitId" label={t('avSearch.unit')}>
        <Select
          allowClear
          style={{ minWidth: 160 }}
          options={(units?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      </Form.Item>
      <Form.Item name="deviceNumber" label={t('avSearch.deviceNumber')}>
        <Input allowClear maxLength={64} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="officer" label={t('avSearch.officer')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 120 }}
          options={(users?.items ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
        />
      </Form.Item>
      <Form.Item name="usedAt" label={t('avSearch.usedAt')}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item name="party" label={t('avSearch.party')}>
        <Input allowClear maxLength={100} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="cause" label={t('avSearch.cause')}>
        <Input allowClear maxLength={100} style={{ width: 140 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="av-search-submit">
        {t('common.search')}
      </Button>
      <Button
        onClick={() => {
          form.resetFields();
          onSearch({});
        }}
      >
        {t('common.reset')}
      </Button>
    </Form>
  );
}
