import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';
import { listUsers } from '../../users/users.api';
import type { AuditFilters as Filters } from '../audit.api';
import { instantOfPicked } from '../shanghai-time';
import { ActionSelect } from './action-select';

type Props = { onChange: (filters: Filters) => void };

type FilterForm = {
  action?: string;
  actorUserId?: string;
  subjectType?: string;
  subjectId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};

const noUsers = async () => ({ items: [] });

/** A picked day starts at 00:00:00 and ends at 23:59:59 unless a time is chosen. */
const dayBounds = [dayjs().startOf('day'), dayjs().endOf('day')];

/** Filters of the audit log: action, actor (when users may be listed), subject and a time range (Beijing time). */
export function AuditFilters({ onChange }: Props) {
  const { t } = useI18n();
  const can = useCan();
  const [form] = Form.useForm<FilterForm>();
  const mayListUsers = can('user.list');
  const users = useApiData(useCallback(() => (mayListUsers ? listUsers({}) : noUsers()), [mayListUsers]));

  const apply = (values: FilterForm) => {
    const [from, to] = values.range ?? [];
    onChange({
      action: values.action?.trim() || undefined,
      actorUserId: values.actorUserId || undefined,
      subjectType: values.subjectType?.trim() || undefined,
      subjectId: values.subjectId?.trim() || undefined,
      from: from ? instantOfPicked(from) : undefined,
      // The server's `to` is exclusive; the picked end second is meant to be included.
      to: to ? instantOfPicked(to.add(1, 'second')) : undefined,
    });
  };

  return (
    <Form<FilterForm> form={form} layout="inline" onFinish={apply} className="filter-bar">
      <Form.Item name="action">
        <ActionSelect testId="audit-action" />
      </Form.Item>
      {mayListUsers && (
        <Form.Item name="actorUserId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.filterActor')}
            style={{ width: 200 }}
            options={(users.data?.items ?? []).map((user) => ({
              value: user.id,
              label: `${user.displayName}（${user.username}）`,
            }))}
            data-testid="audit-actor"
          />
        </Form.Item>
      )}
      <Form.Item name="subjectType">
        <Input
          allowClear
          placeholder={t('audit.filterSubjectType')}
          style={{ width: 160 }}
          maxLength={64}
          data-testid="audit-subject-type"
        />
      </Form.Item>
      <Form.Item name="subjectId">
        <Input
          allowClear
          placeholder={t('audit.filterSubjectId')}
          style={{ width: 200 }}
          maxLength={64}
          data-testid="audit-subject-id"
        />
      </Form.Item>
      <Form.Item>
        {/* The picker has two inputs; the test id goes on one wrapper around both. */}
        <span data-testid="audit-range">
          <Form.Item name="range" noStyle>
            <DatePicker.RangePicker
              showTime={{ defaultOpenValue: dayBounds }}
              format="YYYY-MM-DD HH:mm:ss"
              allowEmpty={[true, true]}
              placeholder={[t('audit.rangeStart'), t('audit.rangeEnd')]}
              style={{ width: 380 }}
            />
          </Form.Item>
        </span>
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="audit-search">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
          data-testid="audit-reset"
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
