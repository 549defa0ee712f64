import type { AvCustodyBody, AvRecordBody, EvidenceCopyBody, RecordEvidenceCopyBody } from '@liuhen/contracts';
import { App, Alert, Button, Card, DatePicker, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { CustodianKind } from '@liuhen/domain';
import type { Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useApiData } from '../../../api/use-api-data';
import { useNotifyError } from '../../../api/use-notify-error';
import { useI18n } from '../../../i18n/language-context';
import type { MessageKey } from '../../../i18n/zh';
import { listUsers } from '../../admin/users/users.api';
import { useCan } from '../../auth/use-can';
import { formatMinute } from '../../cases/record-time';
import { getAvCustody, listEvidenceCopies, recordAvCustody, recordEvidenceCopy } from '../custody.api';

type Holder = AvCustodyBody['events'][number]['to'];
const evidenceMedia = ['opticalDisc', 'usbDrive', 'other'] as const;

function useHolderText() {
  const { t } = useI18n();
  return (holder: Holder | null) =>
    holder ? `${t(`avCustody.kind.${holder.kind}` as MessageKey)}${holder.name ? `：${holder.name}` : ''}` : '—';
}

/** AVS-02: hand the record to unit storage, designated staff … as the profile allows. */
function HandOverForm({
  record,
  custody,
  onDone,
}: {
  record: AvRecordBody;
  custody: AvCustodyBody;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<{ toKind: CustodianKind; toUserId?: string; note?: string }>();
  const toKind = Form.useWatch('toKind', form);
  const [busy, setBusy] = useState(false);
  const { data: users } = useApiData(useCallback(() => listUsers({ status: 'active' }), []));
  const kinds = (custody.policy?.allowedKinds ?? []).filter(
    (kind) => !(kind === custody.current?.kind && (kind === 'system' || kind === 'unitStorage')),
  );
  const submit = (values: { toKind: CustodianKind; toUserId?: string; note?: string }) => {
    setBusy(true);
    recordAvCustody(record.id, {
      toKind: values.toKind,
      ...(values.toUserId ? { toUserId: values.toUserId } : {}),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    })
      .then(() => {
        message.success(t('avCustody.done'));
        form.resetFields();
        onDone();
      })
      .catch(notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Form form={form} layout="vertical" size="small" onFinish={submit} data-testid="av-custody-form">
      <Form.Item
        name="toKind"
        label={t('avCustody.toKind')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          options={kinds.map((kind) => ({ value: kind, label: t(`avCustody.kind.${kind}` as MessageKey) }))}
          data-testid="av-custody-kind"
        />
      </Form.Item>
      {(toKind === 'designatedStaff' || toKind === 'officer') && (
        <Form.Item
          name="toUserId"
          label={t('avCustody.toUser')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={(users?.items ?? []).map((user) => ({
              value: user.id,
              label: `${user.displayName}${user.unitName ? `（${user.unitName}）` : ''}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('avCustody.note')}>
        <Input maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="av-custody-submit">
        {t('avCustody.handOver')}
      </Button>
    </Form>
  );
}

/** AVS-04 (LX): copies of the record to a storage medium, each with its written explanation for the case file. */
function EvidenceCopies({ record, article, editable }: { record: AvRecordBody; article: string; editable: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Omit<RecordEvidenceCopyBody, 'copiedOn'> & { copiedOn: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const { data, reload } = useApiData(useCallback(() => listEvidenceCopies(record.id), [record.id]));
  const submit = (values: Omit<RecordEvidenceCopyBody, 'copiedOn'> & { copiedOn: Dayjs }) => {
    setBusy(true);
    recordEvidenceCopy(record.id, { ...values, copiedOn: values.copiedOn.format('YYYY-MM-DD') })
      .then(() => {
        message.success(t('avEvidence.done'));
        form.resetFields();
        reload();
      })
      .catch(notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Flex vertical gap={8} data-testid="av-evidence-copies">
      <Typography.Text strong>{t('avEvidence.title')}</Typography.Text>
      <Typography.Text type="secondary">{t('avCustody.rule', { article })}</Typography.Text>
      <Table<EvidenceCopyBody>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('avEvidence.none') }}
        columns={[
          { title: t('avEvidence.copiedOn'), dataIndex: 'copiedOn' },
          {
            title: t('avEvidence.medium'),
            render: (_, copy) => `${t(`avEvidence.medium.${copy.medium}` as MessageKey)} ${copy.mediumLabel}`,
          },
          { title: t('avEvidence.explanation'), dataIndex: 'explanation' },
          { title: t('avCustody.recordedBy'), render: (_, copy) => copy.recordedBy.name },
        ]}
      />
      {!record.caseId && <Alert type="info" showIcon title={t('avEvidence.needsCase')} />}
      {editable && record.caseId && (
        <Form form={form} layout="vertical" size="small" onFinish={submit} data-testid="av-evidence-form">
          <Form.Item
            name="medium"
            label={t('avEvidence.medium')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              options={evidenceMedia.map((medium) => ({
                value: medium,
                label: t(`avEvidence.medium.${medium}` as MessageKey),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="mediumLabel"
            label={t('avEvidence.mediumLabel')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="copiedOn"
            label={t('avEvidence.copiedOn')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="explanation"
            label={t('avEvidence.explanation')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            {t('avEvidence.add')}
          </Button>
        </Form>
      )}
    </Flex>
  );
}

/** 保管登记 (AVS-02): who holds the record and every hand-over; evidence copies where the profile has them (AVS-04). */
export function AvCustodyPanel({ record }: { record: AvRecordBody }) {
  const { t } = useI18n();
  const can = useCan();
  const holderText = useHolderText();
  const { data: custody, reload } = useApiData(useCallback(() => getAvCustody(record.id), [record.id]));
  if (!custody) return null;
  const policy = custody.policy;
  return (
    <Card title={t('avCustody.title')} size="small" data-testid="av-custody-panel">
      <Flex vertical gap={12}>
        <Typography.Text data-testid="av-custody-current">
          {t('avCustody.current')}：<Tag color="blue">{holderText(custody.current)}</Tag>
        </Typography.Text>
        {policy?.article && (
          <Typography.Text type="secondary">
            {policy.officerMayHold === 'never' ? `${t('avCustody.officerNever')}；` : ''}
            {t('avCustody.rule', { article: policy.article })}
          </Typography.Text>
        )}
        <Table<AvCustodyBody['events'][number]>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={custody.events}
          locale={{ emptyText: t('avCustody.none') }}
          columns={[
            { title: t('avCustody.at'), render: (_, event) => formatMinute(event.at) },
            { title: t('avCustody.from'), render: (_, event) => holderText(event.from) },
            { title: t('avCustody.to'), render: (_, event) => holderText(event.to) },
            { title: t('avCustody.recordedBy'), render: (_, event) => event.recordedBy?.name ?? '—' },
            {
              title: t('avCustody.note'),
              render: (_, event) =>
                [
                  event.note,
                  event.handoverId ? t('avCustody.monthly', { handoverId: event.handoverId.slice(0, 8) }) : null,
                ]
                  .filter(Boolean)
                  .join(' '),
            },
          ]}
        />
        {can('av.custody') && policy && <HandOverForm record={record} custody={custody} onDone={reload} />}
        {policy?.evidenceCopyArticle && (
          <EvidenceCopies record={record} article={policy.evidenceCopyArticle} editable={can('av.manage')} />
        )}
      </Flex>
    </Card>
  );
}
