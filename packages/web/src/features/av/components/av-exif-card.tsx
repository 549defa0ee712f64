import type { AvRecordBody } from '@liuhen/contracts';
import { Card, Descriptions, Typography } from 'antd';
import { useI18n } from '../../../i18n/language-context';
import { formatMinute } from '../../cases/record-time';

type PhotoExif = NonNullable<AvRecordBody['probe']['exif']>;

const labels = {
  title: { zh: '照片EXIF信息', en: 'Photo EXIF' },
  none: { zh: '照片未含EXIF信息', en: 'The photo carries no EXIF' },
  unreadable: { zh: 'EXIF无法读取', en: 'The EXIF cannot be read' },
  capturedAt: { zh: '拍摄时间', en: 'Taken at' },
  asWritten: { zh: '文件原文', en: 'as written' },
  assumed: { zh: '未记录时区，按北京时间理解', en: 'no time zone recorded; read as Beijing time' },
  camera: { zh: '相机', en: 'Camera' },
  serialNumber: { zh: '相机序列号', en: 'Camera serial number' },
  position: { zh: '拍摄位置', en: 'Position' },
  size: { zh: '尺寸', en: 'Size' },
  orientation: { zh: '方向', en: 'Orientation' },
};

const hasAny = (exif: PhotoExif) =>
  [exif.dateTimeOriginal, exif.make, exif.model, exif.serialNumber, exif.latitude, exif.width].some((v) => v !== null);

/** 照片EXIF信息: what a photo says of itself, shown beside what was declared (GEN-05, AVS-03); nothing for audio/video. */
export function AvExifCard({ record }: { record: AvRecordBody }) {
  const { pick } = useI18n();
  const exif = record.probe.exif;
  if (!exif) return null;
  const camera = [exif.make, exif.model].filter(Boolean).join(' ');
  return (
    <Card size="small" title={pick(labels.title)} data-testid="av-exif">
      {exif.error && <Typography.Text type="warning">{`${pick(labels.unreadable)}：${exif.error}`}</Typography.Text>}
      {!exif.error && !hasAny(exif) && <Typography.Text type="secondary">{pick(labels.none)}</Typography.Text>}
      {hasAny(exif) && (
        <Descriptions size="small" column={1}>
          {(exif.capturedAt ?? exif.dateTimeOriginal) && (
            <Descriptions.Item label={pick(labels.capturedAt)}>
              {exif.capturedAt ? formatMinute(exif.capturedAt) : null}
              <Typography.Text type="secondary">
                {` ${pick(labels.asWritten)} ${[exif.dateTimeOriginal, exif.offsetTimeOriginal].filter(Boolean).join(' ')}`}
                {exif.timeZoneAssumed && ` · ${pick(labels.assumed)}`}
              </Typography.Text>
            </Descriptions.Item>
          )}
          {camera && <Descriptions.Item label={pick(labels.camera)}>{camera}</Descriptions.Item>}
          {exif.serialNumber && (
            <Descriptions.Item label={pick(labels.serialNumber)}>{exif.serialNumber}</Descriptions.Item>
          )}
          {exif.latitude !== null && exif.longitude !== null && (
            <Descriptions.Item label={pick(labels.position)}>
              {`${exif.latitude.toFixed(6)}, ${exif.longitude.toFixed(6)}`}
            </Descriptions.Item>
          )}
          {exif.width !== null && exif.height !== null && (
            <Descriptions.Item label={pick(labels.size)}>{`${exif.width}×${exif.height}`}</Descriptions.Item>
          )}
          {exif.orientation !== null && exif.orientation !== 1 && (
            <Descriptions.Item label={pick(labels.orientation)}>{exif.orientation}</Descriptions.Item>
          )}
        </Descriptions>
      )}
    </Card>
  );
}
