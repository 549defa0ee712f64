import type { ActivityBody } from '@liuhen/contracts';
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../api/use-notify-error';
import { useI18n } from '../../../i18n/language-context';
import { avExceptionKindLabels, type AvExceptionKind } from '../../../i18n/profile-labels';
import { recordAvException } from '../cases.api';

type Values = { kind: AvExceptionKind; reason?: string };

type Props = {
  caseId: string;
  activity: ActivityBody;
  kinds: AvExceptionKind[];
  /** Whether the profile's 不适宜音像记录 exception needs the reason in writing (AV-02). */
  reasonRequired: boolean;
  onClose: () => void;
  onDone: () => void;
};

/** 记录例外: why the activity has no (complete) A/V — 不适宜音像记录 (AV-02) or 受客观条件限制 (AV-10). */
export function ActivityAvExceptionModal({ caseId, activity, kinds, reasonRequired, onClose, onDone }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [saving, setSaving] = useState(false);
  const needsReason = kind === 'objectiveLimitation' || reasonRequired;

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const reason = values.reason?.trim();
      await recordAvException(caseId, activity.id, { kind: values.kind, ...(reason ? { reason } : {}) });
      message.success(t('activityAv.exceptionSaved'));
      onDone();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('activityAv.recordException')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={save} initialValues={{ kind: kinds[0] }}>
        <Form.Item name="kind" label={t('activityAv.exceptionKind')} rules={[{ required: true }]}>
          <Radio.Group
            data-testid="activity-av-exception-kind"
            options={kinds.map((value) => ({ value, label: pick(avExceptionKindLabels[value]) }))}
          />
        </Form.Item>
        {kind === 'objectiveLimitation' && (
          <Alert type="info" showIcon className="form-alert" title={t('activityAv.limitationHelp')} />
        )}
        <Form.Item
          name="reason"
          label={t('activityAv.reason')}
          rules={needsReason ? [{ required: true, whitespace: true, message: t('common.required') }] : []}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="activity-av-exception-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
