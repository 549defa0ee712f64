import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { type ApiError, toApiError } from '../../../api/api-error';
import { useI18n } from '../../../i18n/language-context';
import { changePassword } from '../auth.api';
import { AuthCard } from '../components/auth-card';
import { FullPageSpin } from '../components/full-page-spin';
import { newPasswordRules } from '../password-rules';
import { useSession } from '../session-context';
import { useLogout } from '../use-logout';

type ChangePasswordForm = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordPage() {
  const { t, lang } = useI18n();
  const { session, setSession } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (session === undefined) return <FullPageSpin />;
  if (session === null) return <Navigate to="/login" replace />;
  const forced = session.user.mustChangePassword;

  const submit = async ({ currentPassword, newPassword }: ChangePasswordForm) => {
    setSubmitting(true);
    setError(null);
    try {
      setSession(await changePassword({ currentPassword, newPassword }));
      message.success(t('cp.done'));
      navigate('/', { replace: true });
    } catch (caught) {
      setError(toApiError(caught));
      setSubmitting(false);
    }
  };

  return (
    <AuthCard heading={t('cp.title')}>
      {forced && <Alert type="warning" showIcon title={t('cp.forced')} className="form-alert" />}
      <Typography.Paragraph type="secondary">{t('cp.policy')}</Typography.Paragraph>
      {error && (
        <Alert type="error" showIcon title={error.localised(lang)} data-testid="cp-error" className="form-alert" />
      )}
      <Form<ChangePasswordForm> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={t('cp.current')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus data-testid="cp-current" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('cp.new')} rules={newPasswordRules(t, session.user.username)}>
          <Input.Password autoComplete="new-password" data-testid="cp-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('cp.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('cp.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="cp-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting} data-testid="cp-submit">
          {t('cp.submit')}
        </Button>
      </Form>
      <div className="auth-back">
        {forced ? (
          <Button type="link" onClick={() => void logout()} data-testid="cp-logout">
            {t('header.logout')}
          </Button>
        ) : (
          <Link to="/">{t('common.back')}</Link>
        )}
      </div>
    </AuthCard>
  );
}
