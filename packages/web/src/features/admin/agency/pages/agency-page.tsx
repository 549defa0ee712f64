import type { UpdateAgencyBody } from '@liuhen/contracts';
import { App, Button, Form, Input, Skeleton } from 'antd';
import { useState } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useNotifyError } from '../../../../api/use-notify-error';
import { useI18n } from '../../../../i18n/language-context';
import { loadSession } from '../../../auth/auth.api';
import { useSession } from '../../../auth/session-context';
import { useCan } from '../../../auth/use-can';
import { getAgency, updateAgency } from '../agency.api';

type AgencyForm = Required<UpdateAgencyBody>;

/** 机关信息: the agency's name and the short name used in case numbers. */
export function AgencyPage() {
  const { t } = useI18n();
  const can = useCan();
  const { setSession } = useSession();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { data: agency, loading } = useApiData(getAgency);
  const [saving, setSaving] = useState(false);
  const editable = can('agency.update');

  if (loading && !agency) return <Skeleton active />;
  if (!agency) return null;

  const save = async (values: AgencyForm) => {
    setSaving(true);
    try {
      await updateAgency({ name: values.name.trim(), shortName: values.shortName.trim() });
      message.success(t('agency.saved'));
      // The header shows the agency name from the session.
      setSession(await loadSession());
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Form<AgencyForm>
      key={agency.id}
      layout="vertical"
      initialValues={{ name: agency.name, shortName: agency.shortName }}
      onFinish={save}
      disabled={!editable}
      style={{ maxWidth: 560 }}
    >
      <Form.Item name="name" label={t('agency.name')} rules={required}>
        <Input maxLength={100} data-testid="agency-name-input" />
      </Form.Item>
      <Form.Item name="shortName" label={t('agency.shortName')} extra={t('agency.shortNameHelp')} rules={required}>
        <Input maxLength={20} data-testid="agency-short-name" />
      </Form.Item>
      {editable && (
        <Button type="primary" htmlType="submit" loading={saving} data-testid="agency-submit">
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
