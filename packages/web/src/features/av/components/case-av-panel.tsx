import type { CaseDetailBody } from '@liuhen/contracts';
import { Card, Flex, Form, Select, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useApiData } from '../../../api/use-api-data';
import { type ActivityType, activityTypes } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { useCan } from '../../auth/use-can';
import { formatMinute } from '../../cases/record-time';
import { listAvRecords } from '../av.api';
import { AvTable } from './av-table';
import { LazyAvUploader } from './lazy-av-uploader';
import { ReceptionFootagePanel } from './reception-footage-panel';

/** The case page's 音像记录 tab: the records linked to the case, and an upload that links new footage at once. */
export function CaseAvPanel({ detail }: { detail: CaseDetailBody }) {
  const { t, pick } = useI18n();
  const can = useCan();
  const [activityId, setActivityId] = useState<string | undefined>(undefined);
  const caseId = detail.id;
  const { data, loading, reload } = useApiData(
    useCallback(() => listAvRecords({ caseId, limit: 200, offset: 0 }), [caseId]),
  );
  const open = detail.stage !== 'closed' && detail.stage !== 'archived';
  const canUpload = open && detail.canRecord && can('av.upload');
  const activityLabel = useCallback(
    (id: string | null) => {
      const activity = detail.activities.find((candidate) => candidate.id === id);
      return activity
        ? `${pick(activityTypes[activity.type as ActivityType])} · ${formatMinute(activity.startedAt)}`
        : '—';
    },
    [detail.activities, pick],
  );

  return (
    <Flex vertical gap={12} data-testid="case-av">
      {detail.source === 'onApplication' && <ReceptionFootagePanel caseId={caseId} />}
      {canUpload && (
        <Card size="small" title={t('av.upload')}>
          <Typography.Paragraph type="secondary">{t('av.uploadCaseHelp')}</Typography.Paragraph>
          <Form layout="inline" style={{ marginBottom: 12 }}>
            <Form.Item label={t('av.uploadActivity')}>
              <Select<string>
                allowClear
                style={{ minWidth: 320 }}
                value={activityId}
                onChange={setActivityId}
                data-testid="case-av-activity"
                options={detail.activities.map((activity) => ({
                  value: activity.id,
                  label: `${activityLabel(activity.id)} · ${activity.place}`,
                }))}
              />
            </Form.Item>
          </Form>
          <LazyAvUploader testId="case-av-uploader" link={{ caseId, activityId }} onUploaded={reload} />
        </Card>
      )}
      <AvTable
        testId="case-av-list"
        records={data?.items ?? []}
        loading={loading}
        columns={['fileName', 'mediaType', 'size', 'receivedAt', 'uploader', 'device', 'maker', 'capturedAt']}
        extraColumns={[
          { title: t('av.activity'), key: 'activity', render: (_, record) => activityLabel(record.activityId) },
        ]}
      />
    </Flex>
  );
}
