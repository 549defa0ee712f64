import type { ActivityBody, ApprovalBody } from '@liuhen/contracts';
import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../api/use-notify-error';
import { activityTypes, type ApprovalType, approvalTypeLabels, approvalTypes } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { FormModal } from '../../shell/components/form-modal';
import { proposeApproval } from '../cases.api';
import { formatMinute } from '../record-time';

type ProposeForm = { type: ApprovalType; opinion: string; reasons: string; activityId?: string };
type Props = {
  caseId: string;
  /** The type the calling button needs; the select stays open for the general 提请审批 button. */
  type?: ApprovalType;
  activities: ActivityBody[];
  onClose: () => void;
  onDone: (approval: ApprovalBody) => void;
};

/** 承办人 proposes an internal approval (APPR-01) with an opinion and reasons. */
export function ProposeApprovalModal({ caseId, type, activities, onClose, onDone }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<ProposeForm>();
  const [saving, setSaving] = useState(false);
  const required = { required: true, whitespace: true, message: t('common.required') };

  const save = async (values: ProposeForm) => {
    setSaving(true);
    try {
      const approval = await proposeApproval(caseId, {
        type: values.type,
        opinion: values.opinion.trim(),
        reasons: values.reasons.trim(),
        activityId: values.activityId,
      });
      message.success(t('approval.proposed'));
      onDone(approval);
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={type ? t('approval.proposeFor', { type: pick(approvalTypeLabels[type]) }) : t('approval.propose')}
      saving={saving}
      submitTestId="propose-approval-submit"
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<ProposeForm> form={form} layout="vertical" onFinish={save} initialValues={{ type }}>
        <Form.Item name="type" label={t('approval.type')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            disabled={type !== undefined}
            options={approvalTypes.map((value) => ({ value, label: pick(approvalTypeLabels[value]) }))}
            data-testid="propose-approval-type"
          />
        </Form.Item>
        <Form.Item name="opinion" label={t('approval.opinion')} rules={[required]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="propose-approval-opinion" />
        </Form.Item>
        <Form.Item name="reasons" label={t('approval.reasons')} rules={[required]}>
          <Input.TextArea rows={4} maxLength={4000} data-testid="propose-approval-reasons" />
        </Form.Item>
        {activities.length > 0 && (
          <Form.Item name="activityId" label={t('approval.activity')}>
            <Select
              allowClear
              options={activities.map((activity) => ({
                value: activity.id,
                label: `${pick(activityTypes[activity.type as keyof typeof activityTypes])} · ${formatMinute(activity.startedAt)}`,
              }))}
              data-testid="propose-approval-activity"
            />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
