import type { CaseDetailBody, MajorComplexBody } from '@liuhen/contracts';
import { Alert, App, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useNotifyError } from '../../../api/use-notify-error';
import { useI18n } from '../../../i18n/language-context';
import { FormModal } from '../../shell/components/form-modal';

type Props = { detail: CaseDetailBody; onClose: () => void; onDone: () => void };

/** DEC-04 (LX 第九条): flags the case 重大、复杂案件, or clears the flag, with the reason on record. */
export function MajorComplexModal({ detail, onClose, onDone }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const next = !detail.majorComplex;

  const save = async (values: { reason: string }) => {
    const body: MajorComplexBody = { majorComplex: next, reason: values.reason.trim() };
    setSaving(true);
    try {
      await api.put<CaseDetailBody>(`/cases/${encodeURIComponent(detail.id)}/major-complex`, body);
      message.success(t('cases.majorComplexDone'));
      onDone();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={t(next ? 'cases.majorComplexSet' : 'cases.majorComplexClear')}
      saving={saving}
      submitTestId="major-complex-submit"
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Alert type="info" showIcon className="form-alert" title={t('cases.majorComplexHelp')} />
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="reason"
          label={t('cases.majorComplexReason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="major-complex-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
