import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { type ApiError, toApiError } from '../../../api/api-error';
import { useI18n } from '../../../i18n/language-context';
import { login } from '../auth.api';
import { AuthCard } from '../components/auth-card';
import { FullPageSpin } from '../components/full-page-spin';
import { useSession } from '../session-context';

type LoginForm = { username: string; password: string };

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && from !== '/login' ? from : '/';
}

export function LoginPage() {
  const { t, lang } = useI18n();
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (session === undefined) return <FullPageSpin />;
  if (session && !submitting) return <Navigate to={returnPath(location.state)} replace />;

  const submit = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const next = await login({ username: values.username.trim(), password: values.password });
      setSession(next);
      navigate(next.user.mustChangePassword ? '/change-password' : returnPath(location.state), { replace: true });
    } catch (caught) {
      setError(toApiError(caught));
      setSubmitting(false);
    }
  };

  return (
    <AuthCard heading={t('login.heading')}>
      <Form<LoginForm> layout="vertical" size="large" onFinish={submit} requiredMark={false}>
        {error && (
          <Alert type="error" showIcon title={error.localised(lang)} data-testid="login-error" className="form-alert" />
        )}
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, message: t('login.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
