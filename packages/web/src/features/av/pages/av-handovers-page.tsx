import type { HandoverStatusBody } from '@liuhen/contracts';
import { App, Alert, Button, Card, DatePicker, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useApiData } from '../../../api/use-api-data';
import { useNotifyError } from '../../../api/use-notify-error';
import { useI18n } from '../../../i18n/language-context';
import type { MessageKey } from '../../../i18n/zh';
import { listUsers } from '../../admin/users/users.api';
import { useCan } from '../../auth/use-can';
import { formatMinute } from '../../cases/record-time';
import { listHandovers, recordHandover } from '../custody.api';

const statusColors: Record<HandoverStatusBody['status'], string> = {
  handedOver: 'green',
  notYetDue: 'default',
  due: 'orange',
  overdue: 'red',
};

/** 月度移交 (AVS-07, XG 第十条): per officer, the month's A/V material and its hand-over to the designated custodian. */
export function AvHandoversPage() {
  const { t } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ officerId: string; custodianId: string; note?: string }>();
  const { data, loading, reload } = useApiData(useCallback(() => listHandovers(month), [month]));
  const { data: users } = useApiData(useCallback(() => listUsers({ status: 'active' }), []));
  const pending = (data?.items ?? []).filter((item) => item.pendingCount > 0);

  const submit = (values: { officerId: string; custodianId: string; note?: string }) => {
    setBusy(true);
    const note = values.note?.trim();
    recordHandover({ officerId: values.officerId, custodianId: values.custodianId, month, ...(note ? { note } : {}) })
      .then((done) => {
        message.success(t('avHandover.done', { count: done.recordCount }));
        form.resetFields();
        reload();
      })
      .catch(notifyError)
      .finally(() => setBusy(false));
  };

  return (
    <Flex vertical gap={16} data-testid="av-handovers-page">
      <Card
        title={t('avHandover.title')}
        extra={
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(value: Dayjs | null) => value && setMonth(value.format('YYYY-MM'))}
            data-testid="av-handover-month"
          />
        }
      >
        <Flex vertical gap={12}>
          {data && !data.article && <Alert type="info" showIcon title={t('avHandover.notInProfile')} />}
          {data?.article && (
            <Typography.Text type="secondary">
              {t('avHandover.lastWeek', { from: data.lastWeek.from, to: data.lastWeek.to, article: data.article })}
            </Typography.Text>
          )}
          <Table<HandoverStatusBody>
            size="small"
            rowKey={(item) => item.officer.id}
            loading={loading}
            pagination={false}
            dataSource={data?.items ?? []}
            locale={{ emptyText: t('avHandover.empty') }}
            data-testid="av-handover-list"
            columns={[
              { title: t('avHandover.officer'), render: (_, item) => item.officer.name },
              { title: t('avHandover.stored'), dataIndex: 'storedCount' },
              { title: t('avHandover.pending'), dataIndex: 'pendingCount' },
              {
                title: t('avHandover.status'),
                render: (_, item) => (
                  <Tag color={statusColors[item.status]} data-testid={`av-handover-status-${item.status}`}>
                    {t(`avHandover.status.${item.status}` as MessageKey)}
                  </Tag>
                ),
              },
              {
                title: t('avHandover.handovers'),
                render: (_, item) =>
                  item.handovers
                    .map(
                      (handover) =>
                        `${formatMinute(handover.handedAt)} → ${handover.custodian.name}（${handover.recordCount}）${
                          handover.late ? ` ${t('avHandover.late')}` : ''
                        }`,
                    )
                    .join('；') || '—',
              },
            ]}
          />
        </Flex>
      </Card>
      {data?.article && can('av.custody') && pending.length > 0 && (
        <Card title={t('avHandover.record')} size="small">
          <Form form={form} layout="inline" onFinish={submit} data-testid="av-handover-form">
            <Form.Item
              name="officerId"
              label={t('avHandover.officer')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                style={{ minWidth: 160 }}
                options={pending.map((item) => ({ value: item.officer.id, label: item.officer.name }))}
              />
            </Form.Item>
            <Form.Item
              name="custodianId"
              label={t('avHandover.custodian')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                style={{ minWidth: 200 }}
                options={(users?.items ?? []).map((user) => ({ value: user.id, label: user.displayName }))}
              />
            </Form.Item>
            <Form.Item name="note" label={t('avCustody.note')}>
              <Input maxLength={1000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('avHandover.record')}
            </Button>
          </Form>
        </Card>
      )}
    </Flex>
  );
}
