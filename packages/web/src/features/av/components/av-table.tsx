import type { AvRecordBody } from '@liuhen/contracts';
import { Space, Table, type TableColumnsType, type TablePaginationConfig, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import {
  avDeviceTypeLabels,
  avMediaKindLabels,
  mediaKindOfMimeType,
  type RequiredAvMetadataKey,
  requiredAvMetadataLabels,
} from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { formatMinute } from '../../cases/record-time';
import { avDerivativeUrl, doneDerivative, sizeText } from '../av.api';

export type AvColumn =
  | 'thumbnail'
  | 'fileName'
  | 'mediaType'
  | 'size'
  | 'receivedAt'
  | 'uploader'
  | 'device'
  | 'maker'
  | 'capturedAt'
  | 'case';

const allColumns: readonly AvColumn[] = [
  'thumbnail',
  'fileName',
  'mediaType',
  'size',
  'receivedAt',
  'uploader',
  'device',
  'maker',
  'capturedAt',
  'case',
];

/** The 待补充 tag: shown while AVS-03 fields are missing, naming them on hover. */
export function MissingTag({ missing }: { missing: readonly string[] }) {
  const { t, pick } = useI18n();
  if (missing.length === 0) return null;
  const fields = missing
    .map((key) => {
      const label = requiredAvMetadataLabels[key as RequiredAvMetadataKey];
      return label ? pick(label) : key;
    })
    .join('、');
  return (
    <Tooltip title={t('av.missing', { fields })}>
      <Tag color="orange" data-testid="av-missing">
        {t('av.incomplete')}
      </Tag>
    </Tooltip>
  );
}

/** A/V records as a table: each file name opens the record page (`/av/:id`). */
export function AvTable({
  records,
  loading,
  columns = allColumns,
  extraColumns = [],
  pagination,
  testId,
}: {
  records: AvRecordBody[];
  loading?: boolean;
  columns?: readonly AvColumn[];
  extraColumns?: TableColumnsType<AvRecordBody>;
  pagination?: TablePaginationConfig | false;
  testId?: string;
}) {
  const { t, pick } = useI18n();
  const definitions: Record<AvColumn, TableColumnsType<AvRecordBody>[number]> = {
    thumbnail: {
      title: t('av.thumbnail'),
      key: 'thumbnail',
      width: 80,
      // A 320 px JPEG made from the original (AV-04); nothing until the background job has made it.
      render: (_, record) =>
        doneDerivative(record, 'thumbnail') ? (
          <img
            src={avDerivativeUrl(record.id, 'thumbnail')}
            alt=""
            loading="lazy"
            style={{ width: 64, maxHeight: 48, objectFit: 'cover', display: 'block' }}
            data-testid={`av-thumbnail-${record.id}`}
          />
        ) : null,
    },
    fileName: {
      title: t('av.fileName'),
      key: 'fileName',
      render: (_, record) => (
        <Space size={4} wrap>
          <Link to={`/av/${record.id}`} data-testid={`av-open-${record.id}`}>
            {record.fileName}
          </Link>
          <MissingTag missing={record.missing} />
        </Space>
      ),
    },
    mediaType: {
      title: t('av.mediaType'),
      key: 'mediaType',
      render: (_, record) => {
        const kind = mediaKindOfMimeType(record.mediaType);
        return kind ? pick(avMediaKindLabels[kind]) : record.mediaType;
      },
    },
    size: { title: t('av.size'), key: 'size', render: (_, record) => sizeText(record.size) },
    receivedAt: {
      title: t('av.receivedAt'),
      key: 'receivedAt',
      render: (_, record) => formatMinute(record.receivedAt),
    },
    uploader: {
      title: t('av.uploader'),
      key: 'uploader',
      render: (_, record) =>
        record.station ? t('av.station', { name: record.station.name }) : (record.uploadedBy?.name ?? '—'),
    },
    device: {
      title: t('av.device'),
      key: 'device',
      render: (_, record) =>
        [record.deviceType ? pick(avDeviceTypeLabels[record.deviceType]) : null, record.deviceNumber]
          .filter(Boolean)
          .join(' · ') || '—',
    },
    maker: { title: t('av.maker'), key: 'maker', render: (_, record) => record.maker?.name ?? '—' },
    capturedAt: {
      title: t('av.capturedAt'),
      key: 'capturedAt',
      render: (_, record) => formatMinute(record.capturedFrom),
    },
    case: {
      title: t('av.case'),
      key: 'case',
      render: (_, record) =>
        record.caseId ? (
          <Link to={`/cases/${record.caseId}`}>{record.caseNumber ?? record.caseId}</Link>
        ) : (
          <Typography.Text type="secondary">{t('av.unlinked')}</Typography.Text>
        ),
    },
  };
  return (
    <Table<AvRecordBody>
      rowKey="id"
      size="small"
      loading={loading}
      columns={[...columns.map((column) => definitions[column]), ...extraColumns]}
      dataSource={records}
      locale={{ emptyText: t('av.empty') }}
      pagination={pagination ?? { pageSize: 10, hideOnSinglePage: true }}
      onRow={(record) => ({ 'data-testid': `av-row-${record.fileName}` }) as HTMLAttributes<HTMLElement>}
      data-testid={testId}
      scroll={{ x: 'max-content' }}
    />
  );
}
