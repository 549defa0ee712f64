import { Descriptions, Drawer, Flex, Skeleton, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import {
  type ActivityType,
  activityTypes,
  caseProcedureLabels,
  enforcementActLabels,
} from '../../../../i18n/domain-labels';
import { type Label, useI18n } from '../../../../i18n/language-context';
import {
  avLevelColors,
  avLevelHelp,
  avLevelLabels,
  avLevelOrder,
  executionMethodLabels,
  measureKindLabels,
  type Profile,
  serviceMethodLabels,
  storageAnchorLabels,
  storageRuleLabels,
} from '../../../../i18n/profile-labels';
import { getProfile } from '../profiles.api';

type Rule = Profile['av']['requirements'][number];

/** The condition of a matrix row as text: procedure, acts, flags and the variants it is limited to. */
function useConditionText() {
  const { t, pick } = useI18n();
  return (rule: Rule): string => {
    const when = rule.when;
    if (!when) return '—';
    const list = <K extends string>(values: readonly K[] | undefined, labels: Record<K, Label>) =>
      values?.map((value) => pick(labels[value])).join('/');
    const parts = [
      when.procedure && pick(caseProcedureLabels[when.procedure]),
      list(when.act, enforcementActLabels),
      when.disputeProne && t('avContext.disputeProne'),
      when.enteringPremises && t('avContext.enteringPremises'),
      list(when.serviceMethod, serviceMethodLabels),
      list(when.measureKind, measureKindLabels),
      list(when.executionMethod, executionMethodLabels),
    ];
    return parts.filter(Boolean).join('；') || '—';
  };
}

function LevelLegend() {
  const { pick } = useI18n();
  return (
    <Flex wrap gap={8} data-testid="profile-level-legend">
      {avLevelOrder.map((level) => (
        <Typography.Text key={level} type="secondary">
          <Tag color={avLevelColors[level]}>{level}</Tag>
          {pick(avLevelLabels[level])}
        </Typography.Text>
      ))}
    </Flex>
  );
}

function ProfileRules({ profile }: { profile: Profile }) {
  const { t, pick } = useI18n();
  const conditionText = useConditionText();
  const { av, avStorage: storage } = profile;
  const columns: TableColumnsType<Rule> = [
    {
      title: t('profiles.activity'),
      key: 'activity',
      render: (_, rule) =>
        rule.activity === '*' ? t('profiles.everyActivity') : pick(activityTypes[rule.activity as ActivityType]),
    },
    { title: t('profiles.condition'), key: 'when', render: (_, rule) => conditionText(rule) },
    {
      title: t('profiles.level'),
      key: 'level',
      render: (_, rule) => (
        <Tag color={avLevelColors[rule.level]} title={pick(avLevelHelp[rule.level])}>
          {rule.level} · {pick(avLevelLabels[rule.level])}
        </Tag>
      ),
    },
    { title: t('profiles.article'), dataIndex: 'article', key: 'article' },
  ];
  return (
    <Flex vertical gap={16}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('profiles.issuer')}>{profile.issuer}</Descriptions.Item>
        <Descriptions.Item label={t('profiles.title')}>{profile.source.title}</Descriptions.Item>
        <Descriptions.Item label={t('profiles.issuedOn')}>{profile.issuedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('profiles.legalBasis')}>
          {profile.source.legalBasis ?? '—'}（{profile.source.article}）
        </Descriptions.Item>
        <Descriptions.Item label={t('profiles.scope')}>
          {profile.scope.acts?.map((act) => pick(enforcementActLabels[act])).join('、') ?? t('profiles.scopeAll')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('profiles.matrix')}
      </Typography.Title>
      <LevelLegend />
      <Table<Rule>
        rowKey={(rule) => `${rule.activity}-${rule.article}-${JSON.stringify(rule.when ?? {})}`}
        size="small"
        columns={columns}
        dataSource={av.requirements}
        pagination={false}
        data-testid="profile-matrix"
      />
      <Descriptions size="small" column={1} bordered title={t('profiles.exceptions')}>
        <Descriptions.Item label={t('profiles.unsuitable')}>
          {av.unsuitableException
            ? `${t(av.unsuitableException.reasonRequired ? 'profiles.reasonRequired' : 'profiles.allowed')}（${av.unsuitableException.article}）`
            : t('profiles.notProvided')}
        </Descriptions.Item>
        <Descriptions.Item label={t('profiles.objectiveLimitation')}>
          {av.objectiveLimitation
            ? `${t('profiles.allowed')}（${av.objectiveLimitation.article}）`
            : t('profiles.notProvided')}
        </Descriptions.Item>
        <Descriptions.Item label={t('profiles.continuity')}>
          {t('profiles.tolerance', { seconds: av.continuity.toleranceSeconds })}
          {av.continuity.article ? `（${av.continuity.article}）` : ''}
        </Descriptions.Item>
        {av.announcement?.wording && (
          <Descriptions.Item label={t('profiles.announcement')}>
            「{av.announcement.wording}」（{av.announcement.article}）
          </Descriptions.Item>
        )}
      </Descriptions>
      <Descriptions size="small" column={1} bordered title={t('profiles.storage')} data-testid="profile-storage">
        <Descriptions.Item label={t('profiles.storageRule')}>
          {pick(storageRuleLabels[storage.rule] ?? { zh: storage.rule, en: storage.rule })}，
          {pick(storageAnchorLabels[storage.anchor])}（{storage.article}）
        </Descriptions.Item>
        <Descriptions.Item label={t('profiles.returnException')}>
          {storage.returnException
            ? `${pick(storageRuleLabels.afterReturn24h!)}（${storage.returnException.article}）`
            : t('profiles.notProvided')}
        </Descriptions.Item>
        <Descriptions.Item label={t('profiles.retention')}>
          {storage.retention.minimumMonths
            ? t('profiles.months', { months: storage.retention.minimumMonths })
            : t('profiles.notProvided')}
          {storage.retention.article ? `（${storage.retention.article}）` : ''}
        </Descriptions.Item>
      </Descriptions>
    </Flex>
  );
}

/** A profile as its file states it: issuer and basis, the A/V matrix with each rule's article, and the storage rule. */
export function ProfileDrawer({ profileId, onClose }: { profileId: string; onClose: () => void }) {
  const { pick } = useI18n();
  const { data } = useApiData(useCallback(() => getProfile(profileId), [profileId]));
  return (
    <Drawer open size={820} title={data ? pick(data.summary.name) : profileId} onClose={onClose} destroyOnHidden>
      <div data-testid="profile-drawer">{data ? <ProfileRules profile={data.profile} /> : <Skeleton active />}</div>
    </Drawer>
  );
}
