import { App } from 'antd';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { setApiHandlers } from '../../../api/client';
import { useI18n } from '../../../i18n/language-context';
import { useSession } from '../session-context';

/** Connects the API client's 401/403 reactions to the router and the session. Renders nothing. */
export function ApiBridge() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { setSession } = useSession();
  const { message } = App.useApp();
  const { lang } = useI18n();

  useEffect(
    () =>
      setApiHandlers({
        onUnauthorized: (error) => {
          setSession(null);
          if (pathname === '/login') return;
          if (error.code === 'auth.session_expired') message.warning(error.localised(lang));
          navigate('/login', { replace: true, state: { from: pathname } });
        },
        onPasswordChangeRequired: () => {
          if (pathname !== '/change-password') navigate('/change-password', { replace: true });
        },
      }),
    [navigate, pathname, setSession, message, lang],
  );

  return null;
}
