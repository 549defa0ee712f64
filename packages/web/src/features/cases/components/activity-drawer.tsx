import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ActivityBody, CaseDetailBody, CreateActivityBody } from '@liuhen/contracts';
import { Alert, App, Button, Checkbox, Col, DatePicker, Drawer, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApiData } from '../../../api/use-api-data';
import { useNotifyError } from '../../../api/use-notify-error';
import {
  type ActivityType,
  activityTypeCodes,
  activityTypes,
  notifiableRightLabels,
  notifiableRights,
  notificationMethodLabels,
  notificationMethods,
} from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { useCurrentSession } from '../../auth/session-context';
import { listOfficers, recordActivity } from '../cases.api';
import { optional } from '../pages/new-case-page';
import { instantOf } from '../record-time';
import { ActivityAvContextFields, type AvContextForm, avContextOf } from './activity-av-context-fields';
import { MissingDocuments } from './missing-documents';
import { OfficerSelect } from './officer-select';

type PersonForm = { name: string; role?: string; idNumber?: string };
type ActivityForm = {
  type: ActivityType;
  startedAt: Dayjs;
  endedAt?: Dayjs;
  place: string;
  officers: { userId: string; certificateShown?: boolean }[];
  parties?: PersonForm[];
  witnesses?: PersonForm[];
  rightsNotified?: {
    right: CreateActivityBody['rightsNotified'][number]['right'];
    method: CreateActivityBody['rightsNotified'][number]['method'];
    at: Dayjs;
  }[];
  summary?: string;
  avContext?: AvContextForm;
};

type Props = { detail: CaseDetailBody; onClose: () => void; onSaved: (activity: ActivityBody) => void };

function people(list: PersonForm[] | undefined) {
  return (list ?? []).map((person) => ({
    name: person.name.trim(),
    role: optional(person.role),
    idNumber: optional(person.idNumber),
  }));
}

function PeopleList({ name, testId }: { name: 'parties' | 'witnesses'; testId: string }) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('common.required') }]}
              >
                <Input placeholder={t('activities.personName')} data-testid={`${testId}-name-${index}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'role']}>
                <Input placeholder={t('activities.personRole')} style={{ width: 120 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'idNumber']}>
                <Input placeholder={t('activities.personId')} />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} data-testid={`${testId}-add`}>
            {t('activities.addPerson')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 记录执法活动: type (by the case's stage), time, place, officers present with 出示执法证, people and rights. */
export function ActivityDrawer({ detail, onClose, onSaved }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { user } = useCurrentSession();
  const [form] = Form.useForm<ActivityForm>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<ActivityBody | null>(null);
  const officers = useApiData(listOfficers);
  const type = Form.useWatch('type', form);
  const required = { required: true, message: t('common.required') };

  const types = activityTypeCodes.filter((code) =>
    (activityTypes[code].stages as readonly string[]).includes(detail.stage),
  );
  const handlerIsMe = detail.handlers.some((handler) => handler.id === user.id);

  const save = async (values: ActivityForm) => {
    setSaving(true);
    try {
      const activity = await recordActivity(detail.id, {
        type: values.type,
        startedAt: instantOf(values.startedAt),
        endedAt: values.endedAt ? instantOf(values.endedAt) : undefined,
        place: values.place.trim(),
        officers: values.officers.map((officer) => ({
          userId: officer.userId,
          certificateShown: officer.certificateShown === true,
        })),
        parties: people(values.parties),
        witnesses: people(values.witnesses),
        rightsNotified: (values.rightsNotified ?? []).map((item) => ({
          right: item.right,
          method: item.method,
          at: instantOf(item.at),
        })),
        summary: optional(values.summary),
        avRecordIds: [],
        avContext: avContextOf(values.avContext, values.type),
      });
      message.success(t('activities.saved'));
      setSaved(activity);
      onSaved(activity);
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      size={720}
      title={t('activities.new')}
      onClose={onClose}
      destroyOnHidden
      extra={
        !saved && (
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="activity-form-submit">
            {t('common.save')}
          </Button>
        )
      }
    >
      {saved ? (
        <MissingDocuments caseId={detail.id} activity={saved} />
      ) : (
        <Form<ActivityForm>
          form={form}
          layout="vertical"
          onFinish={save}
          initialValues={{
            officers: handlerIsMe ? [{ userId: user.id, certificateShown: true }] : [{ certificateShown: true }],
          }}
        >
          <Form.Item name="type" label={t('activities.type')} rules={[required]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={types.map((code) => ({ value: code, label: pick(activityTypes[code]) }))}
              data-testid="activity-type"
            />
          </Form.Item>
          {type && activityTypes[type].needsTwoOfficers && (
            <Alert type="info" showIcon className="form-alert" title={t('activities.twoOfficers')} />
          )}
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="startedAt" label={t('activities.startedAt')} rules={[required]}>
                <DatePicker showTime style={{ width: '100%' }} data-testid="activity-started-at" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="endedAt" label={t('activities.endedAt')}>
                <DatePicker showTime style={{ width: '100%' }} data-testid="activity-ended-at" />
              </Form.Item>
            </Col>
          </Row>
          <ActivityAvContextFields type={type} />
          <Form.Item name="place" label={t('activities.place')} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={200} data-testid="activity-place" />
          </Form.Item>
          <Form.Item label={t('activities.officers')} required>
            <Form.List name="officers">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, 'userId']} rules={[required]}>
                        <OfficerSelect
                          officers={officers.data?.items ?? []}
                          loading={officers.loading}
                          style={{ width: 300 }}
                          placeholder={t('activities.officer')}
                          data-testid={`activity-officer-${index}`}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'certificateShown']} valuePropName="checked">
                        <Checkbox data-testid={`activity-officer-shown-${index}`}>
                          {t('activities.certificateShown')}
                        </Checkbox>
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ certificateShown: true })}
                    data-testid="activity-officer-add"
                  >
                    {t('activities.addOfficer')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item label={t('activities.parties')}>
            <PeopleList name="parties" testId="activity-party" />
          </Form.Item>
          <Form.Item label={t('activities.witnesses')}>
            <PeopleList name="witnesses" testId="activity-witness" />
          </Form.Item>
          <Form.Item label={t('activities.rights')}>
            <Form.List name="rightsNotified">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, 'right']} rules={[required]}>
                        <Select
                          style={{ width: 150 }}
                          placeholder={t('activities.right')}
                          options={notifiableRights.map((value) => ({
                            value,
                            label: pick(notifiableRightLabels[value]),
                          }))}
                          data-testid={`activity-right-${index}`}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'method']} rules={[required]}>
                        <Select
                          style={{ width: 160 }}
                          placeholder={t('activities.method')}
                          options={notificationMethods.map((value) => ({
                            value,
                            label: pick(notificationMethodLabels[value]),
                          }))}
                          data-testid={`activity-right-method-${index}`}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'at']} rules={[required]}>
                        <DatePicker
                          showTime
                          placeholder={t('activities.at')}
                          data-testid={`activity-right-at-${index}`}
                        />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ at: form.getFieldValue('startedAt') as Dayjs | undefined })}
                    data-testid="activity-right-add"
                  >
                    {t('activities.addRight')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item name="summary" label={t('activities.summary')}>
            <Input.TextArea rows={4} maxLength={4000} data-testid="activity-summary" />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}
