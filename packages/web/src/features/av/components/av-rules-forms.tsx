import type { AvRecordBody } from '@liuhen/contracts';
import { Button, DatePicker, Flex, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/language-context';
import { instantOf, pickedOf } from '../../cases/record-time';
import { type AvSaveHandlers, usePatchAv } from './use-patch-av';

type Rules = NonNullable<AvRecordBody['rules']>;
type FormProps = AvSaveHandlers & { record: AvRecordBody; editable: boolean };

/** AVS-01: the return-to-unit exception — why the footage could not be stored in time, and when the officer returned. */
export function StorageExceptionForm({ record, editable, ...handlers }: FormProps) {
  const { t } = useI18n();
  const { saving, patch } = usePatchAv(record, handlers);
  const current = record.storageException;
  return (
    <Form<{ reason: string; returnedAt: Dayjs }>
      layout="vertical"
      disabled={!editable}
      initialValues={{
        reason: current?.reason ?? undefined,
        returnedAt: current?.returnedAt ? pickedOf(current.returnedAt) : undefined,
      }}
      onFinish={(values) =>
        patch({ storageException: { reason: values.reason.trim(), returnedAt: instantOf(values.returnedAt) } })
      }
      data-testid="av-storage-exception-form"
    >
      <Form.Item
        name="reason"
        label={t('avRules.exceptionReason')}
        extra={t('avRules.exceptionReasonHelp')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} data-testid="av-storage-exception-reason" />
      </Form.Item>
      <Form.Item
        name="returnedAt"
        label={t('avRules.returnedAt')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker showTime data-testid="av-storage-exception-returned" />
      </Form.Item>
      {editable && (
        <Button htmlType="submit" loading={saving} data-testid="av-storage-exception-save">
          {t('avRules.saveException')}
        </Button>
      )}
    </Form>
  );
}

/** AV-05: each key-content item of the profile ticked 已摄录 or 不适用. */
export function KeyContentForm({
  record,
  editable,
  rules,
  ...handlers
}: FormProps & { rules: NonNullable<Rules['keyContent']> }) {
  const { t, pick } = useI18n();
  const { saving, patch } = usePatchAv(record, handlers);
  const initial = Object.fromEntries(rules.items.map((item) => [item.id, item.value ?? undefined]));
  return (
    <Form<Record<string, 'captured' | 'notApplicable' | undefined>>
      layout="vertical"
      disabled={!editable}
      initialValues={initial}
      onFinish={(values) => {
        const keyContent = Object.fromEntries(
          Object.entries(values).filter((entry): entry is [string, 'captured' | 'notApplicable'] => !!entry[1]),
        );
        void patch({ keyContent });
      }}
      data-testid="av-key-content-form"
    >
      {rules.items.map((item) => (
        <Form.Item key={item.id} name={item.id} label={pick(item)} style={{ marginBottom: 8 }}>
          <Radio.Group
            data-testid={`av-key-content-${item.id}`}
            options={[
              { value: 'captured', label: t('avRules.captured') },
              { value: 'notApplicable', label: t('avRules.notApplicable') },
            ]}
          />
        </Form.Item>
      ))}
      {editable && (
        <Button htmlType="submit" loading={saving} data-testid="av-key-content-save">
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}

type ReviewValues = { reviewedAt: Dayjs; signed: boolean; refusalNote?: string };

/** AV-11: the party reviewed the recording and signed, or refused (the refusal noted). */
export function PartyReviewForm({ record, editable, ...handlers }: FormProps) {
  const { t } = useI18n();
  const { saving, patch } = usePatchAv(record, handlers);
  const [form] = Form.useForm<ReviewValues>();
  const signed = Form.useWatch('signed', form);
  const current = record.partyReview;
  return (
    <Form<ReviewValues>
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={{
        reviewedAt: current ? pickedOf(current.reviewedAt) : undefined,
        signed: current?.signed ?? true,
        refusalNote: current?.refusalNote,
      }}
      onFinish={(values) => {
        const note = values.refusalNote?.trim();
        void patch({
          partyReview: {
            reviewedAt: instantOf(values.reviewedAt),
            signed: values.signed,
            ...(!values.signed && note ? { refusalNote: note } : {}),
          },
        });
      }}
      data-testid="av-party-review-form"
    >
      <Flex gap={12} wrap>
        <Form.Item
          name="reviewedAt"
          label={t('avRules.reviewedAt')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker showTime data-testid="av-party-review-at" />
        </Form.Item>
        <Form.Item name="signed" label={t('avRules.signature')}>
          <Radio.Group
            data-testid="av-party-review-signed"
            options={[
              { value: true, label: t('avRules.signed') },
              { value: false, label: t('avRules.refused') },
            ]}
          />
        </Form.Item>
      </Flex>
      {signed === false && (
        <Form.Item
          name="refusalNote"
          label={t('avRules.refusalNote')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="av-party-review-note" />
        </Form.Item>
      )}
      {current && (
        <Typography.Paragraph type="secondary">
          {current.signed ? t('avRules.reviewRecordedSigned') : t('avRules.reviewRecordedRefused')}
        </Typography.Paragraph>
      )}
      {editable && (
        <Button htmlType="submit" loading={saving} data-testid="av-party-review-save">
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
