import type { AvRecordBody, UpdateAvRecordBody } from '@liuhen/contracts';
import { App } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { useNotifyError } from '../../../api/use-notify-error';
import { useI18n } from '../../../i18n/language-context';
import { updateAvRecord } from '../av.api';

export type AvSaveHandlers = { onSaved: (next: AvRecordBody) => void; onConflict: () => void };

/** PATCH /api/av/:id with the version the page read; a version conflict reloads the record instead of failing. */
export function usePatchAv(record: AvRecordBody, { onSaved, onConflict }: AvSaveHandlers) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [saving, setSaving] = useState(false);
  const patch = async (body: Omit<UpdateAvRecordBody, 'expectedVersion'>) => {
    setSaving(true);
    try {
      const next = await updateAvRecord(record.id, { ...body, expectedVersion: record.version });
      message.success(t('av.saved'));
      onSaved(next);
    } catch (error) {
      if (isApiError(error) && error.code === 'av.version_conflict') {
        message.warning(t('av.conflict'));
        onConflict();
      } else {
        notifyError(error);
      }
    } finally {
      setSaving(false);
    }
  };
  return { saving, patch };
}
