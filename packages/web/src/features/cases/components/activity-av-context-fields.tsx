import type { CreateActivityBody } from '@liuhen/contracts';
import { Checkbox, Col, Form, Row, Select } from 'antd';
import type { ActivityType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import {
  type CoerciveMeasureKind,
  coerciveMeasureKinds,
  type ExecutionMethod,
  executionMethodLabels,
  executionMethods,
  measureKindLabels,
  type ServiceMethod,
  serviceMethodLabels,
  serviceMethods,
} from '../../../i18n/profile-labels';

/** The drawer's `avContext` values: the circumstances the profile's A/V matrix distinguishes (AV-01-P). */
export type AvContextForm = {
  disputeProne?: boolean;
  offPremises?: boolean;
  enteringPremises?: boolean;
  serviceMethod?: ServiceMethod;
  measureKind?: CoerciveMeasureKind;
  executionMethod?: ExecutionMethod;
};

/** The context to send for an activity of `type`: only the fields that apply to it, and only those given. */
export function avContextOf(
  values: AvContextForm | undefined,
  type: ActivityType,
): CreateActivityBody['avContext'] | undefined {
  if (!values) return undefined;
  const context: NonNullable<CreateActivityBody['avContext']> = {
    ...(values.disputeProne ? { disputeProne: true } : {}),
    ...(values.offPremises ? { offPremises: true } : {}),
    ...(type === 'service' && values.enteringPremises ? { enteringPremises: true } : {}),
    ...(type === 'service' && values.serviceMethod ? { serviceMethod: values.serviceMethod } : {}),
    ...(type === 'coerciveMeasure' && values.measureKind ? { measureKind: values.measureKind } : {}),
    ...(type === 'compulsoryExecution' && values.executionMethod ? { executionMethod: values.executionMethod } : {}),
  };
  return Object.keys(context).length > 0 ? context : undefined;
}

/** 送达方式 / 入户送达, 措施种类, 执行方式 by activity type, and 容易引起行政争议 / 在办公场所以外 for every activity. */
export function ActivityAvContextFields({ type }: { type: ActivityType | undefined }) {
  const { t, pick } = useI18n();
  return (
    <Row gutter={12}>
      {type === 'service' && (
        <>
          <Col span={12}>
            <Form.Item name={['avContext', 'serviceMethod']} label={t('avContext.serviceMethod')}>
              <Select
                allowClear
                options={serviceMethods.map((value) => ({ value, label: pick(serviceMethodLabels[value]) }))}
                data-testid="activity-service-method"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['avContext', 'enteringPremises']} valuePropName="checked" label=" ">
              <Checkbox data-testid="activity-entering-premises">{t('avContext.enteringPremises')}</Checkbox>
            </Form.Item>
          </Col>
        </>
      )}
      {type === 'coerciveMeasure' && (
        <Col span={12}>
          <Form.Item name={['avContext', 'measureKind']} label={t('avContext.measureKind')}>
            <Select
              allowClear
              options={coerciveMeasureKinds.map((value) => ({ value, label: pick(measureKindLabels[value]) }))}
              data-testid="activity-measure-kind"
            />
          </Form.Item>
        </Col>
      )}
      {type === 'compulsoryExecution' && (
        <Col span={12}>
          <Form.Item name={['avContext', 'executionMethod']} label={t('avContext.executionMethod')}>
            <Select
              allowClear
              options={executionMethods.map((value) => ({ value, label: pick(executionMethodLabels[value]) }))}
              data-testid="activity-execution-method"
            />
          </Form.Item>
        </Col>
      )}
      <Col span={24}>
        <Form.Item label={t('avContext.title')} extra={t('avContext.help')}>
          <Form.Item name={['avContext', 'disputeProne']} valuePropName="checked" noStyle>
            <Checkbox data-testid="activity-dispute-prone">{t('avContext.disputeProne')}</Checkbox>
          </Form.Item>
          <Form.Item name={['avContext', 'offPremises']} valuePropName="checked" noStyle>
            <Checkbox data-testid="activity-off-premises">{t('avContext.offPremises')}</Checkbox>
          </Form.Item>
        </Form.Item>
      </Col>
    </Row>
  );
}
