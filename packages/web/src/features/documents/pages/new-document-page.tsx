import { Card, Result, Skeleton } from 'antd';
import { useCallback } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { findDocumentType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { getCase } from '../../cases/cases.api';
import { DocumentEditor } from '../components/document-editor';
import { prefillOf } from '../prefill';

/** Creating a document of a chosen type on a case (from 新建文书 or an activity's missing documents). */
export function NewDocumentPage() {
  const { caseId = '' } = useParams();
  const [search] = useSearchParams();
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const { data: detail, loading } = useApiData(useCallback(() => getCase(caseId), [caseId]));
  const code = search.get('type') ?? '';
  const activityId = search.get('activityId') ?? undefined;
  const type = findDocumentType(code);
  if (!type) return <Result status="warning" title={t('documents.unknownType', { code })} />;
  return (
    <Card
      title={<span data-testid="document-title">{pick(type)}</span>}
      extra={<Link to={`/cases/${caseId}`}>{t('documents.backToCase')}</Link>}
      data-testid="document-page"
    >
      {loading && !detail ? (
        <Skeleton active />
      ) : (
        <DocumentEditor
          type={type}
          caseId={caseId}
          activityId={activityId}
          prefill={detail ? prefillOf(type, detail, activityId) : undefined}
          family={detail?.profileFamily ?? null}
          onSaved={(document) => navigate(`/documents/${document.id}`, { replace: true })}
        />
      )}
    </Card>
  );
}
