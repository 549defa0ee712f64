import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Skeleton, Space, Tabs, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { findDocumentType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { useCan } from '../../auth/use-can';
import { DocumentStatusTag } from '../../cases/components/documents-table';
import { formatMinute } from '../../cases/record-time';
import { DocumentEditor } from '../components/document-editor';
import { DocumentPrint } from '../components/document-print';
import { ScansPanel } from '../components/scans-panel';
import { VersionsTable } from '../components/versions-table';
import { getDocument } from '../documents.api';

/** 文书: the editor, the versions, the scans and a printable view of one document. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const { t, pick } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const { data: document, failed, reload } = useApiData(useCallback(() => getDocument(id), [id]));

  if (!document) {
    return failed ? (
      <Result
        status="warning"
        title={t('notFound.title')}
        extra={<Button onClick={() => navigate(-1)}>{t('common.back')}</Button>}
      />
    ) : (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  const type = findDocumentType(document.typeCode);
  if (!type) return <Result status="warning" title={t('documents.unknownType', { code: document.typeCode })} />;
  const mayRecord = can('case.record');

  return (
    <Card
      data-testid="document-page"
      data-document-id={document.id}
      data-version={document.version}
      title={
        <Space>
          <span data-testid="document-title">{pick(type)}</span>
          <DocumentStatusTag status={document.status} />
          <Typography.Text type="secondary">
            {t('documents.version')} {document.version} · {formatMinute(document.updatedAt)}
          </Typography.Text>
        </Space>
      }
      extra={
        <Link to={`/cases/${document.caseId}`} data-testid="document-back-to-case">
          {t('documents.backToCase')}
        </Link>
      }
    >
      <Tabs
        items={[
          {
            key: 'edit',
            label: t('documents.editor'),
            children: (
              <DocumentEditor
                key={`${document.id}-${document.version}`}
                type={type}
                caseId={document.caseId}
                document={document}
                readOnly={!mayRecord}
                family={document.profileFamily}
                onSaved={reload}
                onReload={reload}
              />
            ),
          },
          {
            key: 'versions',
            label: <span data-testid="document-tab-versions">{t('documents.versions')}</span>,
            children: <VersionsTable document={document} type={type} />,
          },
          {
            key: 'scans',
            label: <span data-testid="document-tab-scans">{t('documents.scans')}</span>,
            children: <ScansPanel document={document} canUpload={mayRecord} onUploaded={reload} />,
          },
          {
            key: 'print',
            label: <span data-testid="document-tab-print">{t('documents.printView')}</span>,
            children: (
              <Flex vertical gap={12}>
                <Flex justify="end" className="no-print">
                  <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="document-print">
                    {t('documents.print')}
                  </Button>
                </Flex>
                <div className="print-area">
                  <DocumentPrint
                    type={type}
                    data={document.data}
                    signatures={document.signatures}
                    testId="document-print-view"
                  />
                </div>
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
