import type { AvRecordBody } from '@liuhen/contracts';
import { Alert, Typography } from 'antd';
import { mediaKindOfMimeType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { avContentUrl, avDerivativeUrl, doneDerivative } from '../av.api';

/**
 * Plays the stored file from `/api/av/:id/content` (HTTP Range, so seeking works), or its browser-compatible proxy
 * when the browser cannot play the original (AV-04), with the poster frame shown before playback. Every playback of
 * either is ledgered.
 */
export function AvPlayer({ record, startSeconds }: { record: AvRecordBody; startSeconds?: number | undefined }) {
  const { t } = useI18n();
  const proxy = doneDerivative(record, 'proxy');
  const poster = doneDerivative(record, 'poster') ? avDerivativeUrl(record.id, 'poster') : undefined;
  // A media fragment (`#t=`) starts playback at a moment, e.g. an application's registration in reception footage.
  const start = startSeconds !== undefined && startSeconds > 0 ? `#t=${Math.floor(startSeconds)}` : '';
  const src = `${proxy ? avDerivativeUrl(record.id, 'proxy') : avContentUrl(record.id)}${start}`;
  const style = { width: '100%', maxHeight: 480, background: '#000' };
  const kind = mediaKindOfMimeType(proxy?.mediaType ?? record.mediaType);
  let player;
  switch (kind) {
    case 'video':
      player = <video controls preload="metadata" src={src} poster={poster} style={style} data-testid="av-player" />;
      break;
    case 'audio':
      player = <audio controls preload="metadata" src={src} style={{ width: '100%' }} data-testid="av-player" />;
      break;
    case 'photo':
      return (
        <img src={src} alt={record.fileName} style={{ maxWidth: '100%', maxHeight: 480 }} data-testid="av-player" />
      );
    default:
      return (
        <Typography.Paragraph type="secondary" data-testid="av-player">
          {t('av.noPlayer')}
        </Typography.Paragraph>
      );
  }
  if (!proxy) return player;
  return (
    <>
      {player}
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 8 }}
        data-testid="av-proxy-note"
        title={
          <>
            {t('av.proxyNote')}{' '}
            <Typography.Link href={avContentUrl(record.id, true)} data-testid="av-download-original">
              {t('av.downloadOriginal')}
            </Typography.Link>
          </>
        }
      />
    </>
  );
}

/** The record's derivatives and where each stands, e.g. 封面 已生成 · 缩略图 已生成 · 浏览器兼容副本 无需. */
export function DerivativesSummary({ record }: { record: AvRecordBody }) {
  const { t } = useI18n();
  const derivatives = record.derivatives ?? [];
  if (derivatives.length === 0) return <>{t('av.derivative.pending')}</>;
  return (
    <span data-testid="av-derivatives">
      {derivatives
        .map((derivative) => `${t(`av.derivative.${derivative.kind}`)} ${t(`av.derivative.${derivative.status}`)}`)
        .join(' · ')}
    </span>
  );
}
