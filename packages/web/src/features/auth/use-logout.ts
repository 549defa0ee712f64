import { App } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/language-context';
import { logout } from './auth.api';
import { useSession } from './session-context';

/** Ends the session on the server (best effort) and returns to the login page. */
export function useLogout(): () => Promise<void> {
  const { setSession } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useI18n();
  return useCallback(async () => {
    try {
      await logout();
    } catch {
      // The cookie may already be gone; signing out locally is still right.
    }
    setSession(null);
    message.success(t('header.loggedOut'));
    navigate('/login', { replace: true });
  }, [setSession, navigate, message, t]);
}
