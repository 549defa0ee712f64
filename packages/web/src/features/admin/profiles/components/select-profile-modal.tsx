import type { ProfileSummaryBody } from '@liuhen/contracts';
import { Alert, App, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../../api/use-notify-error';
import { useI18n } from '../../../../i18n/language-context';
import { selectProfile } from '../profiles.api';

type Props = {
  profile: ProfileSummaryBody;
  replacing: ProfileSummaryBody | null;
  onClose: () => void;
  onDone: () => void;
};

/** Selecting the agency's profile needs a reason (记入审计日志); it binds cases and A/V records created afterwards. */
export function SelectProfileModal({ profile, replacing, onClose, onDone }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);

  const save = async ({ reason }: { reason: string }) => {
    setSaving(true);
    try {
      await selectProfile({ profileId: profile.id, reason: reason.trim() });
      message.success(t('profiles.selectedDone', { name: pick(profile.name) }));
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
      title={t('profiles.selectTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('profiles.select')}
      okButtonProps={{ loading: saving, 'data-testid': 'profile-select-submit' } as ButtonProps}
      destroyOnHidden
    >
      <Typography.Paragraph strong>{pick(profile.name)}</Typography.Paragraph>
      {replacing && (
        <Typography.Paragraph type="secondary">
          {t('profiles.replacing', { name: pick(replacing.name) })}
        </Typography.Paragraph>
      )}
      <Alert type="info" showIcon className="form-alert" title={t('profiles.appliesFromNow')} />
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="reason"
          label={t('profiles.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="profile-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
