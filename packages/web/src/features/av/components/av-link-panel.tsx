import type { AvRecordBody } from '@liuhen/contracts';
import { App, Button, type ButtonProps, Descriptions, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { useApiData } from '../../../api/use-api-data';
import { useNotifyError } from '../../../api/use-notify-error';
import { type ActivityType, activityTypes } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { getCase, listCases } from '../../cases/cases.api';
import { formatMinute } from '../../cases/record-time';
import { linkAvRecord, unlinkAvRecord } from '../av.api';

/** The activities of a case as select options: type and start time. */
export function useActivityOptions(caseId: string | undefined) {
  const { pick } = useI18n();
  const { data } = useApiData(useCallback(() => (caseId ? getCase(caseId) : Promise.resolve(null)), [caseId]));
  return (data?.activities ?? []).map((activity) => ({
    value: activity.id,
    label: `${pick(activityTypes[activity.type as ActivityType])} · ${formatMinute(activity.startedAt)} · ${activity.place}`,
  }));
}

/** 关联案件: links the record to a case (mine, or found by number) and optionally an activity; unlinks with a reason. */
export function AvLinkPanel({
  record,
  editable,
  onChanged,
}: {
  record: AvRecordBody;
  editable: boolean;
  onChanged: (next: AvRecordBody | null) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [query, setQuery] = useState('');
  const [caseId, setCaseId] = useState<string | undefined>(undefined);
  const [activityId, setActivityId] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [unlinking, setUnlinking] = useState(false);
  const [reason, setReason] = useState('');
  const { data: cases, loading: casesLoading } = useApiData(
    useCallback(
      () =>
        query.trim()
          ? listCases({ q: query.trim(), limit: 20, offset: 0 })
          : listCases({ mine: 'true', limit: 50, offset: 0 }),
      [query],
    ),
  );
  const activityOptions = useActivityOptions(caseId);
  const linkedActivities = useActivityOptions(record.caseId ?? undefined);
  const linkedActivity = linkedActivities.find((option) => option.value === record.activityId);

  const failed = (error: unknown) => {
    if (isApiError(error) && error.code === 'av.version_conflict') {
      message.warning(t('av.conflict'));
      onChanged(null);
    } else {
      notifyError(error);
    }
  };

  const link = () => {
    if (!caseId) return;
    setBusy(true);
    linkAvRecord(record.id, { expectedVersion: record.version, caseId, ...(activityId ? { activityId } : {}) })
      .then((next) => {
        message.success(t('av.linked', { number: next.caseNumber ?? '' }));
        setCaseId(undefined);
        setActivityId(undefined);
        onChanged(next);
      })
      .catch(failed)
      .finally(() => setBusy(false));
  };

  const unlink = () => {
    if (!reason.trim()) return;
    setBusy(true);
    unlinkAvRecord(record.id, { expectedVersion: record.version, reason: reason.trim() })
      .then((next) => {
        message.success(t('av.unlinkedDone'));
        setUnlinking(false);
        setReason('');
        onChanged(next);
      })
      .catch(failed)
      .finally(() => setBusy(false));
  };

  return (
    <Flex vertical gap={16}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('av.case')}>
          {record.caseId ? (
            <Link to={`/cases/${record.caseId}`} data-testid="av-linked-case">
              {record.caseNumber ?? record.caseId}
            </Link>
          ) : (
            <Typography.Text type="secondary" data-testid="av-linked-case">
              {t('av.unlinked')}
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('av.activity')}>
          <span data-testid="av-linked-activity">
            {record.activityId ? (linkedActivity?.label ?? record.activityId) : '—'}
          </span>
        </Descriptions.Item>
      </Descriptions>
      {editable && (
        <Form layout="vertical" onFinish={link}>
          <Form.Item label={t('av.linkCase')} extra={t('av.linkCaseHelp')} required>
            <Select<string>
              value={caseId}
              onChange={(value) => {
                setCaseId(value);
                setActivityId(undefined);
              }}
              showSearch={{ filterOption: false, onSearch: setQuery }}
              loading={casesLoading}
              allowClear
              data-testid="av-link-case"
              options={(cases?.items ?? []).map((item) => ({
                value: item.id,
                label: `${item.number} · ${item.cause}`,
              }))}
            />
          </Form.Item>
          <Form.Item label={t('av.linkActivity')}>
            <Select<string>
              value={activityId}
              onChange={setActivityId}
              allowClear
              disabled={!caseId}
              data-testid="av-link-activity"
              options={activityOptions}
            />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" disabled={!caseId} loading={busy} data-testid="av-link-submit">
              {t('av.linkSubmit')}
            </Button>
            {record.caseId && (
              <Button danger onClick={() => setUnlinking(true)} data-testid="av-unlink">
                {t('av.unlink')}
              </Button>
            )}
          </Flex>
        </Form>
      )}
      <Modal
        open={unlinking}
        title={t('av.unlink')}
        okText={t('av.unlinkConfirm')}
        okButtonProps={
          { danger: true, disabled: !reason.trim(), loading: busy, 'data-testid': 'av-unlink-submit' } as ButtonProps
        }
        cancelText={t('common.cancel')}
        onOk={unlink}
        onCancel={() => setUnlinking(false)}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('av.unlinkReason')} required>
            <Input.TextArea
              rows={3}
              maxLength={1000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              data-testid="av-unlink-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
