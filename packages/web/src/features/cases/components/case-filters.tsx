import { SearchOutlined } from '@ant-design/icons';
import { Checkbox, DatePicker, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import {
  caseProcedureLabels,
  caseProcedures,
  caseStageLabels,
  caseStages,
  enforcementActLabels,
  enforcementActs,
} from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import type { CaseFilters } from '../cases.api';

type Props = { value: CaseFilters; onChange: (next: CaseFilters) => void };

/** Filters of the case list: search, stage, act, procedure, opening dates, mine and overdue. */
export function CaseFiltersBar({ value, onChange }: Props) {
  const { t, pick } = useI18n();
  const search = (q: string) => onChange({ ...value, q: q.trim() || undefined });
  const range: [Dayjs, Dayjs] | null = value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null;
  return (
    <Space wrap data-testid="case-filters">
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('cases.search')}
        style={{ width: 240 }}
        maxLength={50}
        onPressEnter={(event) => search(event.currentTarget.value)}
        onChange={(event) => event.target.value === '' && search('')}
        data-testid="case-filter-q"
      />
      <Select
        allowClear
        placeholder={t('cases.allStages')}
        style={{ width: 140 }}
        value={value.stage}
        onChange={(stage?: CaseFilters['stage']) => onChange({ ...value, stage })}
        options={caseStages.map((stage) => ({ value: stage, label: pick(caseStageLabels[stage]) }))}
        data-testid="case-filter-stage"
      />
      <Select
        allowClear
        placeholder={t('cases.allActs')}
        style={{ width: 150 }}
        value={value.act}
        onChange={(act?: CaseFilters['act']) => onChange({ ...value, act })}
        options={enforcementActs.map((act) => ({ value: act, label: pick(enforcementActLabels[act]) }))}
        data-testid="case-filter-act"
      />
      <Select
        allowClear
        placeholder={t('cases.allProcedures')}
        style={{ width: 130 }}
        value={value.procedure}
        onChange={(procedure?: CaseFilters['procedure']) => onChange({ ...value, procedure })}
        options={caseProcedures.map((procedure) => ({ value: procedure, label: pick(caseProcedureLabels[procedure]) }))}
        data-testid="case-filter-procedure"
      />
      <DatePicker.RangePicker
        value={range}
        onChange={(picked) =>
          onChange({
            ...value,
            from: picked?.[0]?.format('YYYY-MM-DD') ?? undefined,
            to: picked?.[1]?.format('YYYY-MM-DD') ?? undefined,
          })
        }
        data-testid="case-filter-dates"
      />
      <Checkbox
        checked={value.mine === 'true'}
        onChange={(event) => onChange({ ...value, mine: event.target.checked ? 'true' : undefined })}
        data-testid="case-filter-mine"
      >
        {t('cases.mine')}
      </Checkbox>
      <Checkbox
        checked={value.overdue === 'true'}
        onChange={(event) => onChange({ ...value, overdue: event.target.checked ? 'true' : undefined })}
        data-testid="case-filter-overdue"
      >
        {t('cases.onlyOverdue')}
      </Checkbox>
    </Space>
  );
}
