import { App } from 'antd';
import { useCallback } from 'react';
import { useI18n } from '../i18n/language-context';
import { redirectingCodes, toApiError } from './api-error';

/** Shows a failed call's message in the current language; errors answered by a redirect stay quiet. */
export function useNotifyError(): (error: unknown) => void {
  const { notification } = App.useApp();
  const { lang, t } = useI18n();
  return useCallback(
    (error: unknown) => {
      const apiError = toApiError(error);
      if (redirectingCodes.has(apiError.code)) return;
      notification.error({
        title: apiError.localised(lang),
        description: apiError.requestId ? t('error.requestId', { id: apiError.requestId }) : undefined,
        placement: 'topRight',
      });
    },
    [notification, lang, t],
  );
}
