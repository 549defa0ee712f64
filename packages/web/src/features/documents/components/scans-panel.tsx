import { UploadOutlined } from '@ant-design/icons';
import type { DocumentBody } from '@liuhen/contracts';
import { App, Button, Flex, Table, type TableColumnsType, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../api/use-notify-error';
import { useI18n } from '../../../i18n/language-context';
import { useCurrentSession } from '../../auth/session-context';
import { formatMinute } from '../../cases/record-time';
import { type Scan, scanMediaTypes, scanUrl, uploadScan } from '../documents.api';

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 扫描件: the scanned paper copies of a document, and an upload that sends the raw file. */
export function ScansPanel({
  document,
  canUpload,
  onUploaded,
}: {
  document: DocumentBody;
  canUpload: boolean;
  onUploaded: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { csrfToken } = useCurrentSession();
  const [uploading, setUploading] = useState(false);
  const columns: TableColumnsType<Scan> = [
    {
      title: t('documents.fileName'),
      key: 'name',
      render: (_, scan) => (
        <a href={scanUrl(document.id, scan.hash)} target="_blank" rel="noreferrer">
          {scan.fileName}
        </a>
      ),
    },
    { title: t('documents.size'), key: 'size', render: (_, scan) => sizeText(scan.size) },
    { title: t('documents.by'), key: 'by', render: (_, scan) => scan.addedBy.name },
    { title: t('documents.updatedAt'), key: 'at', render: (_, scan) => formatMinute(scan.addedAt) },
    {
      title: t('documents.hash'),
      key: 'hash',
      render: (_, scan) => <Typography.Text code>{scan.hash.slice(0, 18)}…</Typography.Text>,
    },
  ];
  return (
    <Flex vertical gap={12}>
      {canUpload && (
        <Upload
          accept={scanMediaTypes.join(',')}
          showUploadList={false}
          beforeUpload={(file) => scanMediaTypes.includes(file.type) || Upload.LIST_IGNORE}
          customRequest={({ file, onSuccess, onError }) => {
            setUploading(true);
            uploadScan(document.id, file as File, csrfToken)
              .then((next) => {
                onSuccess?.(next);
                message.success(t('documents.uploaded'));
                onUploaded();
              })
              .catch((error: unknown) => {
                onError?.(error as Error);
                notifyError(error);
              })
              .finally(() => setUploading(false));
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading} data-testid="document-upload-scan">
            {t('documents.upload')}
          </Button>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {t('documents.uploadHelp')}
          </Typography.Text>
        </Upload>
      )}
      <Table<Scan>
        rowKey="hash"
        size="small"
        columns={columns}
        dataSource={document.scans}
        locale={{ emptyText: t('documents.noScans') }}
        pagination={false}
        data-testid="document-scans"
      />
    </Flex>
  );
}
