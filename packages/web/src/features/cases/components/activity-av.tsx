import type { ActivityBody } from '@liuhen/contracts';
import { errorMessages } from '@liuhen/domain';
import { Alert, Button, Descriptions, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { fillTemplate, useI18n } from '../../../i18n/language-context';
import {
  type ActivityAv,
  avExceptionKindLabels,
  type AvExceptionKind,
  avLevelHelp,
  avLevelLabels,
  avStateColors,
  avStateLabels,
  type Profile,
} from '../../../i18n/profile-labels';
import { formatInstant } from '../record-time';
import { ActivityAvExceptionModal } from './activity-av-exception-modal';
import { ActivityAvGapModal } from './activity-av-gap-modal';

const shortId = (id: string) => id.slice(0, 8);

/** 音像记录 of an activity: the level its profile requires and whether it is met (AV-01), the article on hover. */
export function ActivityAvBadge({ activityId, av }: { activityId: string; av: ActivityAv }) {
  const { pick } = useI18n();
  const state = pick(avStateLabels[av.state]);
  const text = av.level && av.state !== 'notRequired' ? `${pick(avLevelLabels[av.level])} · ${state}` : state;
  const tag = (
    <Tag color={avStateColors[av.state]} data-testid={`activity-av-${activityId}`} data-state={av.state}>
      {text}
    </Tag>
  );
  if (!av.level) return tag;
  return (
    <Tooltip title={`${av.level} ${pick(avLevelHelp[av.level])}${av.article ? `（${av.article}）` : ''}`}>
      {tag}
    </Tooltip>
  );
}

/** The exceptions that make sense for this activity under the profile (AV-02; AV-10 only for WS). */
export function exceptionKindsFor(av: ActivityAv, profile: Profile | null): AvExceptionKind[] {
  if (av.state === 'satisfied' || av.state === 'notRequired' || !av.level) return [];
  const kinds: AvExceptionKind[] = [];
  if (!profile || profile.av.unsuitableException) kinds.push('unsuitable');
  if (av.level === 'WS' && (!profile || profile.av.objectiveLimitation)) kinds.push('objectiveLimitation');
  return kinds;
}

function RecordLink({ id }: { id: string }) {
  return (
    <Link to={`/av/${encodeURIComponent(id)}`} data-testid={`activity-av-record-${id}`}>
      #{shortId(id)}
    </Link>
  );
}

type Props = {
  caseId: string;
  activity: ActivityBody;
  profile: Profile | null;
  canRecord: boolean;
  onChanged: () => void;
};

/** The expanded row: uncovered stretches, breaks between segments, linked records and the exception recorded. */
export function ActivityAvDetails({ caseId, activity, profile, canRecord, onChanged }: Props) {
  const { t, pick, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [gap, setGap] = useState<{ beforeId: string; afterId: string } | null>(null);
  const { av } = activity;
  const kinds = exceptionKindsFor(av, profile);
  const problem = (code: string) => {
    const message = errorMessages[code as keyof typeof errorMessages];
    return message ? fillTemplate(message[lang], { article: av.article ?? '' }) : code;
  };

  return (
    <Flex vertical gap={8} data-testid={`activity-av-details-${activity.id}`}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('activityAv.requirement')}>
          {av.level ? `${av.level} · ${pick(avLevelLabels[av.level])}（${av.article ?? '—'}）` : t('activityAv.none')}
        </Descriptions.Item>
        {av.level && ['W', 'C', 'WS'].includes(av.level) && (
          <Descriptions.Item label={t('activityAv.window')}>
            {t('activityAv.windowText', {
              from: formatInstant(activity.startedAt),
              to: activity.endedAt ? formatInstant(activity.endedAt) : t('activityAv.open'),
            })}
          </Descriptions.Item>
        )}
        {av.uncovered.length > 0 && (
          <Descriptions.Item label={t('activityAv.uncovered')}>
            <Flex vertical>
              {av.uncovered.map((stretch) => (
                <span key={stretch.from}>
                  {t('activityAv.stretch', {
                    from: formatInstant(stretch.from),
                    to: formatInstant(stretch.to),
                    seconds: stretch.seconds,
                  })}
                </span>
              ))}
            </Flex>
          </Descriptions.Item>
        )}
        {av.gaps.length > 0 && (
          <Descriptions.Item label={t('activityAv.gaps')}>
            <Flex vertical>
              {av.gaps.map((gap) => (
                <span key={`${gap.beforeId}-${gap.afterId}`}>
                  {t('activityAv.gap', { device: gap.deviceNumber ?? '—', seconds: gap.seconds })}{' '}
                  <RecordLink id={gap.beforeId} /> → <RecordLink id={gap.afterId} />
                  {gap.reason && <Typography.Text type="secondary">（{gap.reason}）</Typography.Text>}
                  {!gap.reason && canRecord && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setGap({ beforeId: gap.beforeId, afterId: gap.afterId })}
                      data-testid={`activity-av-explain-${gap.beforeId}-${gap.afterId}`}
                    >
                      {t('activityAv.explainGap')}
                    </Button>
                  )}
                </span>
              ))}
            </Flex>
          </Descriptions.Item>
        )}
        {av.undated.length > 0 && (
          <Descriptions.Item label={t('activityAv.undated')}>
            <Space wrap>
              {av.undated.map((id) => (
                <RecordLink key={id} id={id} />
              ))}
            </Space>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('activityAv.linked')}>
          {av.linkedRecordIds.length === 0 ? (
            '—'
          ) : (
            <Space wrap>
              {av.linkedRecordIds.map((id) => (
                <RecordLink key={id} id={id} />
              ))}
            </Space>
          )}
        </Descriptions.Item>
        {av.exception && (
          <Descriptions.Item label={t('activityAv.exception')}>
            <span data-testid={`activity-av-exception-${activity.id}`}>
              {pick(avExceptionKindLabels[av.exception.kind])}
              {av.exception.reason ? `：${av.exception.reason}` : ''}
              <Typography.Text type="secondary">
                {' '}
                {t('activityAv.recordedBy', {
                  name: av.exception.recordedBy.name,
                  at: formatInstant(av.exception.at),
                })}
              </Typography.Text>
            </span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {av.exceptionProblems.map((code) => (
        <Alert key={code} type="warning" showIcon title={problem(code)} />
      ))}
      {canRecord && kinds.length > 0 && (
        <div>
          <Button size="small" onClick={() => setOpen(true)} data-testid={`activity-av-except-${activity.id}`}>
            {t('activityAv.recordException')}
          </Button>
        </div>
      )}
      {gap && (
        <ActivityAvGapModal
          caseId={caseId}
          activity={activity}
          gap={gap}
          onClose={() => setGap(null)}
          onDone={() => {
            setGap(null);
            onChanged();
          }}
        />
      )}
      {open && (
        <ActivityAvExceptionModal
          caseId={caseId}
          activity={activity}
          kinds={kinds}
          reasonRequired={profile?.av.unsuitableException?.reasonRequired ?? true}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onChanged();
          }}
        />
      )}
    </Flex>
  );
}
