import type { AvRecordBody } from '@liuhen/contracts';
import { Typography } from 'antd';
import { mediaKindOfMimeType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { avContentUrl } from '../av.api';

/** Plays the stored file from `/api/av/:id/content` (HTTP Range, so seeking works); every access is ledgered. */
export function AvPlayer({ record }: { record: AvRecordBody }) {
  const { t } = useI18n();
  const src = avContentUrl(record.id);
  const style = { width: '100%', maxHeight: 480, background: '#000' };
  switch (mediaKindOfMimeType(record.mediaType)) {
    case 'video':
      return <video controls preload="metadata" src={src} style={style} data-testid="av-player" />;
    case 'audio':
      return <audio controls preload="metadata" src={src} style={{ width: '100%' }} data-testid="av-player" />;
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
}
