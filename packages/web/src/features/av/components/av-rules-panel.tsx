import type { AvRecordBody } from '@liuhen/contracts';
import { errorMessages } from '@liuhen/domain';
import { Alert, Card, Descriptions, Divider, Flex, Tag, Typography } from 'antd';
import { fillTemplate, useI18n } from '../../../i18n/language-context';
import { type CaseMetadataField, caseMetadataFieldLabels, storageRuleLabels } from '../../../i18n/profile-labels';
import { formatInstant } from '../../cases/record-time';
import { KeyContentForm, PartyReviewForm, StorageExceptionForm } from './av-rules-forms';
import type { AvSaveHandlers } from './use-patch-av';

type Props = AvSaveHandlers & { record: AvRecordBody; editable: boolean };
type Storage = NonNullable<AvRecordBody['rules']>['storage'];

/** 「逾期 X 小时 Y 分」 from the exact lateness in seconds; under a minute, the seconds. */
function useLateness() {
  const { t } = useI18n();
  return (seconds: number) => {
    if (seconds < 60) return t('avRules.lateSeconds', { seconds });
    return t('avRules.late', { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60) });
  };
}

function StorageResult({ storage }: { storage: Storage }) {
  const { t } = useI18n();
  const lateness = useLateness();
  if (storage.lateBySeconds === null) return <Tag data-testid="av-storage-result">{t('avRules.unknown')}</Tag>;
  return storage.lateBySeconds > 0 ? (
    <Tag color="red" data-testid="av-storage-result">
      {lateness(storage.lateBySeconds)}
    </Tag>
  ) : (
    <Tag color="green" data-testid="av-storage-result">
      {t('avRules.onTime')}
    </Tag>
  );
}

/**
 * What the record's profile asks of it (AVS-01, AV-05 … AV-11): the storage deadline and whether it was met, the
 * key-content checklist, the announcement, the metadata a case needs, and the party's review.
 */
export function AvRulesPanel({ record, editable, onSaved, onConflict }: Props) {
  const { t, pick, lang } = useI18n();
  const rules = record.rules;
  if (!rules) return null;
  const handlers = { onSaved, onConflict };
  const { storage } = rules;
  const problem = (code: string) => {
    const message = errorMessages[code as keyof typeof errorMessages];
    return message ? fillTemplate(message[lang], {}) : code;
  };

  return (
    <Card title={t('avRules.title')} size="small" data-testid="av-rules-panel">
      <Flex vertical gap={12}>
        <Typography.Text strong>{t('avRules.storage')}</Typography.Text>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('avRules.rule')}>
            {pick(storageRuleLabels[storage.rule] ?? { zh: storage.rule, en: storage.rule })}（{storage.article}）
          </Descriptions.Item>
          <Descriptions.Item label={t('avRules.dueAt')}>
            <span data-testid="av-storage-due">
              {storage.dueAt ? formatInstant(storage.dueAt) : t('avRules.dueUnknown')}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('avRules.storedAt')}>{formatInstant(storage.storedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('avRules.result')}>
            <StorageResult storage={storage} />
          </Descriptions.Item>
        </Descriptions>
        {storage.provisional && <Alert type="info" showIcon title={t('avRules.provisional')} />}
        {storage.exceptionProblems.map((code) => (
          <Alert key={code} type="warning" showIcon title={problem(code)} />
        ))}
        {storage.exceptionAllowed && (
          <StorageExceptionForm key={record.version} record={record} editable={editable} {...handlers} />
        )}
        {rules.caseMetadata && rules.caseMetadata.missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="av-case-metadata-missing"
            title={t('avRules.metadataMissing', {
              article: rules.caseMetadata.article,
              fields: rules.caseMetadata.missing
                .map((field) => {
                  const label = caseMetadataFieldLabels[field as CaseMetadataField];
                  return label ? pick(label) : field;
                })
                .join('、'),
            })}
          />
        )}
        {rules.announcement && (
          <>
            <Divider style={{ margin: 0 }} />
            <Typography.Text strong>
              {t('avRules.announcement')}（{rules.announcement.article}）
            </Typography.Text>
            {rules.announcement.wording && (
              <Typography.Paragraph style={{ margin: 0 }} data-testid="av-announcement-wording">
                {t('avRules.wording')}「{rules.announcement.wording}」
              </Typography.Paragraph>
            )}
            <div>
              <Tag color={rules.announcement.given ? 'green' : 'orange'} data-testid="av-announcement-given">
                {t(rules.announcement.given ? 'avRules.announced' : 'avRules.notAnnounced')}
              </Tag>
              <Typography.Text type="secondary">{t('avRules.announcementHelp')}</Typography.Text>
            </div>
          </>
        )}
        {rules.mounting && (
          <div>
            <Typography.Text strong>{t('avRules.mounting')}</Typography.Text>{' '}
            <Tag color={rules.mounting.recorded ? 'green' : 'orange'}>
              {t(rules.mounting.recorded ? 'avRules.recorded' : 'avRules.notRecorded')}
            </Tag>
            <Typography.Text type="secondary">（{rules.mounting.article}）</Typography.Text>
          </div>
        )}
        {rules.keyContent && (
          <>
            <Divider style={{ margin: 0 }} />
            <Typography.Text strong>
              {t('avRules.keyContent')}（{rules.keyContent.article}）
            </Typography.Text>
            <KeyContentForm
              key={record.version}
              record={record}
              editable={editable}
              rules={rules.keyContent}
              {...handlers}
            />
          </>
        )}
        {rules.partyReview && (
          <>
            <Divider style={{ margin: 0 }} />
            <Typography.Text strong>
              {t('avRules.partyReview')}（{rules.partyReview.article}）
            </Typography.Text>
            <PartyReviewForm key={record.version} record={record} editable={editable} {...handlers} />
          </>
        )}
      </Flex>
    </Card>
  );
}
