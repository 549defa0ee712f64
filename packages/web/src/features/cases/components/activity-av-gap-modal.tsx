import type { ActivityBody } from '@liuhen/contracts';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../api/use-notify-error';
import { useI18n } from '../../../i18n/language-context';
import { recordAvGapNote } from '../cases.api';

type Props = {
  caseId: string;
  activity: ActivityBody;
  gap: { beforeId: string; afterId: string };
  onClose: () => void;
  onDone: () => void;
};

/** 说明中断原因 (AV-03): why the recording broke off between two segments of one device. */
export function ActivityAvGapModal({ caseId, activity, gap, onClose, onDone }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);

  const save = async ({ reason }: { reason: string }) => {
    setSaving(true);
    try {
      await recordAvGapNote(caseId, activity.id, { ...gap, reason: reason.trim() });
      message.success(t('activityAv.gapSaved'));
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
      title={t('activityAv.explainGap')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
    >
      <Alert type="info" showIcon className="form-alert" title={t('activityAv.gapReasonHelp')} />
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="reason"
          label={t('activityAv.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="activity-av-gap-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
