import Uppy, { type Meta, type UppyFile } from '@uppy/core';
import '@uppy/core/css/style.min.css';
import '@uppy/dashboard/css/style.min.css';
import Dashboard from '@uppy/react/dashboard';
import Tus, { type TusBody } from '@uppy/tus';
import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { uppyZhStrings } from '../../../i18n/av-messages';
import { useI18n } from '../../../i18n/language-context';
import { useCurrentSession } from '../../auth/session-context';
import { uploadEndpoint } from '../av.api';

type AvMeta = Meta & { caseId?: string; activityId?: string };

/** Upload-Metadata the server reads besides `filename` and `filetype` (which the tus plugin adds). */
export type UploadLink = { caseId?: string; activityId?: string };

/**
 * 上传音像记录: an Uppy Dashboard sending files over tus 1.0 to `/api/uploads` with the session cookie and the CSRF
 * header. Uploads are resumable: tus keeps each file's upload URL (by fingerprint) in localStorage, so choosing the
 * same file again after a reload continues where it stopped. `link` becomes Upload-Metadata (the case page links the
 * footage at once); `onUploaded` runs after each file, with the new record id from `Liuhen-Av-Record-Id`.
 */
export function AvUploader({
  link,
  onUploaded,
  testId,
}: {
  link?: UploadLink;
  onUploaded: (recordId: string | null) => void;
  testId: string;
}) {
  const { lang, t } = useI18n();
  const { message } = App.useApp();
  const { csrfToken } = useCurrentSession();
  const csrfRef = useRef(csrfToken);
  const linkRef = useRef(link);
  const uploadedRef = useRef(onUploaded);
  const [uppy, setUppy] = useState<Uppy<AvMeta, TusBody> | null>(null);

  useEffect(() => {
    csrfRef.current = csrfToken;
    linkRef.current = link;
    uploadedRef.current = onUploaded;
  });

  useEffect(() => {
    const instance = new Uppy<AvMeta, TusBody>({
      autoProceed: true,
      restrictions: { allowedFileTypes: ['video/*', 'audio/*', 'image/*'] },
      ...(lang === 'zh' ? { locale: { strings: uppyZhStrings, pluralize: () => 0 } } : {}),
      // Only the keys the server reads go out as Upload-Metadata (Uppy's own `relativePath` would arrive as "null").
      onBeforeFileAdded: (file: UppyFile<AvMeta, TusBody>) => {
        const extra = linkRef.current ?? {};
        return {
          ...file,
          meta: {
            name: file.meta.name,
            type: file.meta.type,
            ...(extra.caseId ? { caseId: extra.caseId } : {}),
            ...(extra.caseId && extra.activityId ? { activityId: extra.activityId } : {}),
          },
        };
      },
    }).use(Tus, {
      endpoint: uploadEndpoint,
      headers: () => ({ 'x-csrf-token': csrfRef.current }),
      chunkSize: 8 * 1024 * 1024,
      retryDelays: [0, 1000, 3000, 5000],
      removeFingerprintOnSuccess: true,
    });
    instance.on('upload-success', (file, response) => {
      const recordId = response.body?.xhr?.getResponseHeader('Liuhen-Av-Record-Id') ?? null;
      message.success(t('av.uploaded', { name: file?.name ?? '' }));
      uploadedRef.current(recordId);
    });
    // The effect body must not set state synchronously: hand the instance over on the next tick.
    const handle = setTimeout(() => setUppy(instance), 0);
    return () => {
      clearTimeout(handle);
      instance.destroy();
    };
  }, [lang, message, t]);

  return (
    <div data-testid={testId}>
      {uppy && (
        <Dashboard
          uppy={uppy}
          height={260}
          width="100%"
          proudlyDisplayPoweredByUppy={false}
          note={t('av.uploadHelp')}
        />
      )}
    </div>
  );
}
