import type { ActivityBody } from '@liuhen/contracts';
import { Button, Space, Table, type TableColumnsType, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useNavigate } from 'react-router-dom';
import { type ActivityType, activityTypes, findDocumentType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { useProfile } from '../../admin/profiles/profiles.api';
import { formatMinute } from '../record-time';
import { ActivityAvBadge, ActivityAvDetails } from './activity-av';
import { newDocumentPath } from './missing-documents';

type Props = {
  caseId: string;
  /** The profile the case is bound to (GEN-01): its rules decide which A/V exceptions can be offered. */
  profileId: string | null;
  activities: ActivityBody[];
  canRecord: boolean;
  onChanged?: () => void;
};

/** 执法活动 of a case, newest last, each with its officers and the documents it still lacks. */
export function ActivitiesTable({ caseId, profileId, activities, canRecord, onChanged }: Props) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const profile = useProfile(profileId);
  const columns: TableColumnsType<ActivityBody> = [
    {
      title: t('activities.type'),
      key: 'type',
      render: (_, item) => pick(activityTypes[item.type as ActivityType]),
    },
    { title: t('activities.startedAt'), key: 'startedAt', render: (_, item) => formatMinute(item.startedAt) },
    { title: t('activities.place'), dataIndex: 'place', key: 'place' },
    {
      title: t('activities.officers'),
      key: 'officers',
      render: (_, item) => (
        <Space size={[0, 4]} wrap>
          {item.officers.map((officer) => (
            <Tag key={officer.userId} color={officer.certificateShown ? 'blue' : 'default'}>
              {officer.certificateShown ? t('activities.officerShown', { name: officer.name }) : officer.name}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('activities.recordedBy'), key: 'recordedBy', render: (_, item) => item.recordedBy.name },
    {
      title: t('activities.av'),
      key: 'av',
      render: (_, item) => <ActivityAvBadge activityId={item.id} av={item.av} />,
    },
    {
      title: t('activities.missing'),
      key: 'missing',
      render: (_, item) => (
        <Space size={[4, 4]} wrap>
          {item.missingDocuments.map((code) => {
            const type = findDocumentType(code);
            return canRecord ? (
              <Button
                key={code}
                size="small"
                onClick={() => navigate(newDocumentPath(caseId, code, item.id))}
                data-testid={`activity-${item.id}-create-${code}`}
              >
                {type ? pick(type) : code}
              </Button>
            ) : (
              <Tag key={code}>{type ? pick(type) : code}</Tag>
            );
          })}
        </Space>
      ),
    },
  ];
  return (
    <Table<ActivityBody>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={activities}
      locale={{ emptyText: t('activities.none') }}
      pagination={false}
      expandable={{
        expandedRowRender: (item) => (
          <ActivityAvDetails
            caseId={caseId}
            activity={item}
            profile={profile}
            canRecord={canRecord}
            onChanged={() => onChanged?.()}
          />
        ),
      }}
      onRow={(item) => ({ 'data-testid': `activity-row-${item.id}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
