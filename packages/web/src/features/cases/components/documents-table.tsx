import type { CaseDetailBody } from '@liuhen/contracts';
import { Table, type TableColumnsType, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { type ActivityType, activityTypes, findDocumentType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { formatMinute } from '../record-time';

type DocumentSummary = CaseDetailBody['documents'][number];

export function DocumentStatusTag({ status }: { status: 'draft' | 'final' }) {
  const { t } = useI18n();
  return (
    <Tag color={status === 'final' ? 'green' : 'default'} data-status={status} data-testid="document-status">
      {t(status === 'final' ? 'documents.final' : 'documents.draft')}
    </Tag>
  );
}

/** 执法文书 of a case: type, the activity it belongs to, status and version. */
export function DocumentsTable({ detail }: { detail: CaseDetailBody }) {
  const { t, pick } = useI18n();
  const activityLabel = (id: string | null) => {
    const activity = id ? detail.activities.find((item) => item.id === id) : undefined;
    return activity
      ? `${pick(activityTypes[activity.type as ActivityType])} · ${formatMinute(activity.startedAt)}`
      : '—';
  };
  const columns: TableColumnsType<DocumentSummary> = [
    {
      title: t('documents.title'),
      key: 'title',
      render: (_, item) => {
        const type = findDocumentType(item.typeCode);
        return (
          <Link to={`/documents/${item.id}`} data-testid={`document-link-${item.id}`}>
            {type ? pick(type) : item.title}
          </Link>
        );
      },
    },
    { title: t('documents.activity'), key: 'activity', render: (_, item) => activityLabel(item.activityId) },
    { title: t('documents.status'), key: 'status', render: (_, item) => <DocumentStatusTag status={item.status} /> },
    { title: t('documents.version'), dataIndex: 'version', key: 'version' },
    { title: t('documents.updatedAt'), key: 'updatedAt', render: (_, item) => formatMinute(item.updatedAt) },
  ];
  return (
    <Table<DocumentSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={detail.documents}
      pagination={false}
      onRow={(item) => ({ 'data-testid': `document-row-${item.typeCode}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
