import { Button, Form, Input, Select } from 'antd';
import { useCallback } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';
import { listUsers } from '../../users/users.api';
import type { AuditFilters as Filters } from '../audit.api';

type Props = { onChange: (filters: Filters) => void };

const noUsers = async () => ({ items: [] });

/** Filters of the audit log: action code, subject type and (when users may be listed) the actor. */
export function AuditFilters({ onChange }: Props) {
  const { t } = useI18n();
  const can = useCan();
  const [form] = Form.useForm<Filters>();
  const mayListUsers = can('user.list');
  const users = useApiData(useCallback(() => (mayListUsers ? listUsers({}) : noUsers()), [mayListUsers]));

  const apply = (values: Filters) =>
    onChange({
      action: values.action?.trim() || undefined,
      subjectType: values.subjectType?.trim() || undefined,
      actorUserId: values.actorUserId || undefined,
    });

  return (
    <Form<Filters> form={form} layout="inline" onFinish={apply} className="filter-bar">
      <Form.Item name="action">
        <Input allowClear placeholder={t('audit.filterAction')} style={{ width: 220 }} data-testid="audit-action" />
      </Form.Item>
      <Form.Item name="subjectType">
        <Input
          allowClear
          placeholder={t('audit.filterSubjectType')}
          style={{ width: 180 }}
          data-testid="audit-subject-type"
        />
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
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
