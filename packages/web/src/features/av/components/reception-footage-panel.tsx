import type { ReceptionFootageBody } from '@liuhen/contracts';
import { Card, List, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiData } from '../../../api/use-api-data';
import { useI18n } from '../../../i18n/language-context';
import { formatInstant } from '../../cases/record-time';

const offset = (seconds: number) =>
  [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), Math.floor(seconds % 60)]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');

/**
 * INIT-02: for a case started on application, the reception-point surveillance covering its registration, acceptance
 * and handling, each opening the footage at that moment. Moments no recording covers are marked.
 */
export function ReceptionFootagePanel({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { data } = useApiData(
    useCallback(
      () => api.get<ReceptionFootageBody>(`/cases/${encodeURIComponent(caseId)}/reception-footage`),
      [caseId],
    ),
  );
  if (!data?.applicable) return null;
  return (
    <Card size="small" title={t('av.reception.title')} data-testid="reception-footage">
      <Typography.Paragraph type="secondary">{t('av.reception.help')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={data.moments}
        renderItem={(moment) => (
          <List.Item data-testid={`reception-${moment.kind}`}>
            <span>
              {moment.label} · {formatInstant(moment.at)}
            </span>
            {moment.covering.length === 0 ? (
              <Tag color="orange">{t('av.reception.none')}</Tag>
            ) : (
              moment.covering.map((footage) => (
                <Link
                  key={footage.recordId}
                  to={`/av/${encodeURIComponent(footage.recordId)}?t=${Math.floor(footage.offsetSeconds)}`}
                  data-testid={`reception-link-${footage.recordId}`}
                >
                  {footage.deviceNumber ?? t('av.reception.camera')} · {offset(footage.offsetSeconds)}
                </Link>
              ))
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}
