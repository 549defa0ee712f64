import type { UserBody } from '@liuhen/contracts';
import { Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../../api/use-notify-error';
import { useI18n } from '../../../../i18n/language-context';
import { FormModal } from '../../../shell/components/form-modal';
import { resetPassword } from '../users.api';

type Props = { user: UserBody; onClose: () => void; onDone: (temporaryPassword: string) => void };

/** Resets a user's password (given, or generated when left empty); they must change it at next login. */
export function ResetPasswordModal({ user, onClose, onDone }: Props) {
  const { t } = useI18n();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<{ password?: string }>();
  const [saving, setSaving] = useState(false);

  const save = async ({ password }: { password?: string }) => {
    setSaving(true);
    try {
      const { temporaryPassword } = await resetPassword(user.id, password || undefined);
      onDone(temporaryPassword);
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={t('users.resetTitle', { name: user.displayName })}
      saving={saving}
      submitTestId="reset-submit"
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('users.resetHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item name="password" label={t('users.newPassword')}>
          <Input.Password autoComplete="new-password" data-testid="reset-password" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
