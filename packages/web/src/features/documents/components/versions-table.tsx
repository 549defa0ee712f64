import type { DocumentBody } from '@liuhen/contracts';
import { Button, Modal, Skeleton, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useApiData } from '../../../api/use-api-data';
import type { DocumentType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { DocumentStatusTag } from '../../cases/components/documents-table';
import { formatMinute } from '../../cases/record-time';
import { type DocumentVersionSummary, getDocumentVersion } from '../documents.api';
import { DocumentPrint } from './document-print';

function VersionModal({
  document,
  type,
  version,
  onClose,
}: {
  document: DocumentBody;
  type: DocumentType;
  version: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { data } = useApiData(useCallback(() => getDocumentVersion(document.id, version), [document.id, version]));
  return (
    <Modal open width={820} title={t('documents.versionTitle', { version })} onCancel={onClose} footer={null}>
      {data ? (
        <DocumentPrint
          type={type}
          data={data.data}
          signatures={data.signatures}
          subtitle={data.reason ?? undefined}
          testId="document-version-view"
        />
      ) : (
        <Skeleton active />
      )}
    </Modal>
  );
}

/** 版本记录: every saved version; one opens read-only. */
export function VersionsTable({ document, type }: { document: DocumentBody; type: DocumentType }) {
  const { t } = useI18n();
  const [viewing, setViewing] = useState<number | null>(null);
  const columns: TableColumnsType<DocumentVersionSummary> = [
    { title: t('documents.version'), dataIndex: 'version', key: 'version', width: 70 },
    { title: t('documents.status'), key: 'status', render: (_, item) => <DocumentStatusTag status={item.status} /> },
    { title: t('documents.reasonCol'), key: 'reason', render: (_, item) => item.reason ?? '—' },
    { title: t('documents.by'), key: 'by', render: (_, item) => item.createdBy.name },
    { title: t('documents.updatedAt'), key: 'at', render: (_, item) => formatMinute(item.createdAt) },
    {
      title: t('documents.hash'),
      key: 'hash',
      render: (_, item) => (
        <Tooltip title={item.contentHash}>
          <Typography.Text code>{item.contentHash.slice(0, 18)}…</Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t('common.actions'),
      key: 'view',
      render: (_, item) => (
        <Button size="small" onClick={() => setViewing(item.version)} data-testid={`document-version-${item.version}`}>
          {t('documents.view')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Table<DocumentVersionSummary>
        rowKey="version"
        size="small"
        columns={columns}
        dataSource={[...document.versions].reverse()}
        pagination={false}
        data-testid="document-versions"
      />
      {viewing !== null && (
        <VersionModal document={document} type={type} version={viewing} onClose={() => setViewing(null)} />
      )}
    </>
  );
}
