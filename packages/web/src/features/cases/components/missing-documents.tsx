import type { ActivityBody } from '@liuhen/contracts';
import { Alert, Button, List } from 'antd';
import { useNavigate } from 'react-router-dom';
import { findDocumentType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';

/** The path of the editor that creates a document of `typeCode` on a case, optionally for an activity. */
export function newDocumentPath(caseId: string, typeCode: string, activityId?: string | null): string {
  const params = new URLSearchParams({ type: typeCode });
  if (activityId) params.set('activityId', activityId);
  return `/cases/${encodeURIComponent(caseId)}/documents/new?${params.toString()}`;
}

/** INV-02: the documents an activity should produce but has not yet, each with a button to make it. */
export function MissingDocuments({ caseId, activity }: { caseId: string; activity: ActivityBody }) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  if (activity.missingDocuments.length === 0) {
    return <Alert type="success" showIcon title={t('activities.noMissing')} data-testid="activity-missing-none" />;
  }
  return (
    <List
      header={t('activities.missingHelp')}
      bordered
      data-testid="activity-missing-documents"
      dataSource={activity.missingDocuments}
      renderItem={(code) => {
        const type = findDocumentType(code);
        return (
          <List.Item
            actions={[
              <Button
                key="create"
                type="link"
                onClick={() => navigate(newDocumentPath(caseId, code, activity.id))}
                data-testid={`create-document-${code}`}
              >
                {t('activities.createDocument')}
              </Button>,
            ]}
          >
            {type ? pick(type) : code}
          </List.Item>
        );
      }}
    />
  );
}
