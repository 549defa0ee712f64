import type { AvRecordBody, UpdateAvRecordBody } from '@liuhen/contracts';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { useApiData } from '../../../api/use-api-data';
import { useNotifyError } from '../../../api/use-notify-error';
import {
  type AvDeviceType,
  avDeviceTypeLabels,
  avDeviceTypes,
  type BodyCamMounting,
  bodyCamMountingLabels,
  bodyCamMountings,
} from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { listOfficers } from '../../cases/cases.api';
import { OfficerSelect } from '../../cases/components/officer-select';
import { instantOf, pickedOf } from '../../cases/record-time';
import { updateAvRecord } from '../av.api';

type Values = {
  deviceType?: AvDeviceType;
  deviceNumber?: string;
  makerId?: string;
  capturedFrom?: Dayjs | null;
  capturedTo?: Dayjs | null;
  place?: string;
  purpose?: string;
  mounting?: BodyCamMounting;
  mountingFocus?: string;
  announcementOffsetSeconds?: number | null;
  persons?: string;
  summary?: string;
};

const trimmed = (value: string | undefined) => {
  const text = value?.trim();
  return text ? text : undefined;
};

/** AVS-03 元数据: 制作方法, 设备编号, 制作人, 制作时间, 地点, 证明对象, saved with the version it was read at. */
export function AvMetadataForm({
  record,
  editable,
  onSaved,
  onConflict,
}: {
  record: AvRecordBody;
  editable: boolean;
  onSaved: (next: AvRecordBody) => void;
  onConflict: () => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const { data: officers } = useApiData(useCallback(() => listOfficers(), []));

  const initialValues: Values = {
    deviceType: record.deviceType ?? undefined,
    deviceNumber: record.deviceNumber ?? undefined,
    makerId: record.maker?.id,
    capturedFrom: record.capturedFrom ? pickedOf(record.capturedFrom) : null,
    capturedTo: record.capturedTo ? pickedOf(record.capturedTo) : null,
    place: record.place ?? undefined,
    purpose: record.purpose ?? undefined,
    mounting: record.mounting ?? undefined,
    mountingFocus: record.mountingFocus ?? undefined,
    announcementOffsetSeconds: record.announcementOffsetSeconds,
    persons: record.persons ?? undefined,
    summary: record.summary ?? undefined,
  };

  const save = (values: Values) => {
    const body: UpdateAvRecordBody = {
      expectedVersion: record.version,
      ...(values.deviceType ? { deviceType: values.deviceType } : {}),
      ...(trimmed(values.deviceNumber) ? { deviceNumber: trimmed(values.deviceNumber) } : {}),
      ...(values.makerId ? { makerId: values.makerId } : {}),
      ...(values.capturedFrom ? { capturedFrom: instantOf(values.capturedFrom) } : {}),
      ...(values.capturedTo ? { capturedTo: instantOf(values.capturedTo) } : {}),
      ...(trimmed(values.place) ? { place: trimmed(values.place) } : {}),
      ...(trimmed(values.purpose) ? { purpose: trimmed(values.purpose) } : {}),
      ...(values.deviceType === 'bodyCam' && values.mounting ? { mounting: values.mounting } : {}),
      ...(values.deviceType === 'bodyCam' && trimmed(values.mountingFocus)
        ? { mountingFocus: trimmed(values.mountingFocus) }
        : {}),
      ...(typeof values.announcementOffsetSeconds === 'number'
        ? { announcementOffsetSeconds: values.announcementOffsetSeconds }
        : {}),
      ...(trimmed(values.persons) ? { persons: trimmed(values.persons) } : {}),
      ...(trimmed(values.summary) ? { summary: trimmed(values.summary) } : {}),
    };
    setSaving(true);
    updateAvRecord(record.id, body)
      .then((next) => {
        message.success(t('av.saved'));
        onSaved(next);
      })
      .catch((error: unknown) => {
        if (isApiError(error) && error.code === 'av.version_conflict') {
          message.warning(t('av.conflict'));
          onConflict();
        } else {
          notifyError(error);
        }
      })
      .finally(() => setSaving(false));
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={save}
      disabled={!editable}
      data-testid="av-meta-form"
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="deviceType" label={t('av.deviceType')}>
            <Select<AvDeviceType>
              allowClear
              data-testid="av-meta-device-type"
              options={avDeviceTypes.map((type) => ({ value: type, label: pick(avDeviceTypeLabels[type]) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="deviceNumber" label={t('av.deviceNumber')}>
            <Input maxLength={64} data-testid="av-meta-device-number" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="makerId" label={t('av.maker')}>
            <OfficerSelect officers={officers?.items ?? []} allowClear data-testid="av-meta-maker" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="place" label={t('av.place')}>
            <Input maxLength={200} data-testid="av-meta-place" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="capturedFrom" label={t('av.capturedFrom')}>
            <DatePicker showTime style={{ width: '100%' }} data-testid="av-meta-captured-from" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="capturedTo"
            label={t('av.capturedTo')}
            dependencies={['capturedFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const from = getFieldValue('capturedFrom') as Dayjs | null | undefined;
                  return value && from && value.isBefore(from)
                    ? Promise.reject(new Error(`${t('av.capturedTo')} ≥ ${t('av.capturedFrom')}`))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker showTime style={{ width: '100%' }} data-testid="av-meta-captured-to" />
          </Form.Item>
        </Col>
        <Form.Item noStyle shouldUpdate={(before, after) => before.deviceType !== after.deviceType}>
          {({ getFieldValue }) =>
            getFieldValue('deviceType') === 'bodyCam' && (
              <>
                <Col xs={24} md={8}>
                  <Form.Item name="mounting" label={t('av.mounting')}>
                    <Select
                      allowClear
                      disabled={!editable}
                      options={bodyCamMountings.map((value) => ({ value, label: pick(bodyCamMountingLabels[value]) }))}
                      data-testid="av-meta-mounting"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name="mountingFocus" label={t('av.mountingFocus')} extra={t('av.mountingFocusHelp')}>
                    <Input maxLength={200} disabled={!editable} data-testid="av-meta-mounting-focus" />
                  </Form.Item>
                </Col>
              </>
            )
          }
        </Form.Item>
        <Col xs={24} md={8}>
          <Form.Item
            name="announcementOffsetSeconds"
            label={t('av.announcementOffset')}
            extra={t('av.announcementHelp')}
          >
            <InputNumber
              min={0}
              precision={0}
              disabled={!editable}
              style={{ width: '100%' }}
              data-testid="av-meta-announcement"
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="purpose" label={t('av.purpose')}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="av-meta-purpose" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="persons" label={t('avRules.persons')}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="av-meta-persons" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="summary" label={t('avRules.summary')}>
            <Input.TextArea rows={3} maxLength={4000} data-testid="av-meta-summary" />
          </Form.Item>
        </Col>
      </Row>
      {editable && (
        <Button type="primary" htmlType="submit" loading={saving} data-testid="av-meta-save">
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
