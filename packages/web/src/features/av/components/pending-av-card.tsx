import { App, Button, Card, List, Space, Tabs, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNotifyError } from '../../../api/use-notify-error';
import { type ActivityType, activityTypes } from '../../../i18n/domain-labels';
import { formatMinute } from '../../cases/record-time';
import { Link } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { useI18n } from '../../../i18n/language-context';
import { type AvLinkSuggestion, linkAvRecord, listAvRecords, listLinkSuggestions } from '../av.api';
import { AvTable } from './av-table';

/** 工作台 · 待处理音像记录: my records not yet linked to a case, and my records whose metadata is incomplete. */
export function PendingAvCard() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [accepting, setAccepting] = useState<string | null>(null);
  const suggestions = useApiData(useCallback(() => listLinkSuggestions(), []));
  const unlinked = useApiData(
    useCallback(() => listAvRecords({ mine: 'true', unlinked: 'true', limit: 20, offset: 0 }), []),
  );
  const incomplete = useApiData(
    useCallback(() => listAvRecords({ mine: 'true', incomplete: 'true', limit: 20, offset: 0 }), []),
  );
  const columns = ['fileName', 'receivedAt', 'device', 'capturedAt', 'case'] as const;

  /** One click accepts a suggestion: the recording is linked to that case and activity. */
  const accept = async (suggestion: AvLinkSuggestion) => {
    setAccepting(suggestion.recordId);
    try {
      await linkAvRecord(suggestion.recordId, {
        expectedVersion: suggestion.recordVersion,
        caseId: suggestion.caseId,
        activityId: suggestion.activityId,
      });
      message.success(t('av.suggestionAccepted'));
      suggestions.reload();
      unlinked.reload();
    } catch (error) {
      notifyError(error);
    } finally {
      setAccepting(null);
    }
  };
  return (
    <Card title={t('av.pending')} data-testid="workbench-av" extra={<Link to="/av">{t('av.title')}</Link>}>
      <Tabs
        size="small"
        items={[
          {
            key: 'suggestions',
            label: (
              <span data-testid="workbench-av-suggestions">
                {t('av.suggestions')} <Tag color="blue">{suggestions.data?.items.length ?? 0}</Tag>
              </span>
            ),
            children: (
              <List
                size="small"
                loading={suggestions.loading}
                dataSource={suggestions.data?.items ?? []}
                locale={{ emptyText: t('av.noSuggestions') }}
                renderItem={(suggestion) => (
                  <List.Item
                    data-testid={`av-suggestion-${suggestion.recordId}`}
                    actions={[
                      <Button
                        key="accept"
                        type="link"
                        loading={accepting === suggestion.recordId}
                        onClick={() => void accept(suggestion)}
                        data-testid={`av-suggestion-accept-${suggestion.recordId}`}
                      >
                        {t('av.acceptSuggestion')}
                      </Button>,
                    ]}
                  >
                    <Space wrap>
                      <Link to={`/av/${suggestion.recordId}`}>{suggestion.fileName}</Link>
                      <Typography.Text type="secondary">→</Typography.Text>
                      <Link to={`/cases/${suggestion.caseId}`}>{suggestion.caseNumber}</Link>
                      <Tag>
                        {pick(
                          activityTypes[suggestion.activityType as ActivityType] ?? {
                            zh: suggestion.activityType,
                            en: suggestion.activityType,
                          },
                        )}{' '}
                        · {formatMinute(suggestion.activityStartedAt)}
                      </Tag>
                      <Typography.Text type="secondary">
                        {t('av.overlap', { minutes: Math.round(suggestion.overlapSeconds / 60) })}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            ),
          },
          {
            key: 'unlinked',
            label: (
              <span data-testid="workbench-av-unlinked">
                {t('av.pendingUnlinked')} <Tag>{unlinked.data?.total ?? 0}</Tag>
              </span>
            ),
            children: <AvTable records={unlinked.data?.items ?? []} loading={unlinked.loading} columns={columns} />,
          },
          {
            key: 'incomplete',
            label: (
              <span data-testid="workbench-av-incomplete">
                {t('av.pendingIncomplete')} <Tag>{incomplete.data?.total ?? 0}</Tag>
              </span>
            ),
            children: <AvTable records={incomplete.data?.items ?? []} loading={incomplete.loading} columns={columns} />,
          },
        ]}
      />
    </Card>
  );
}
