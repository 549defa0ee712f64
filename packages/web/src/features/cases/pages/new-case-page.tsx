import type { CreateCaseBody } from '@liuhen/contracts';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { useNotifyError } from '../../../api/use-notify-error';
import {
  type CaseProcedure,
  type CaseSource,
  caseProcedureLabels,
  caseProcedures,
  caseSourceLabels,
  caseSources,
  type ConfidentialityMarker,
  confidentialityMarkerLabels,
  confidentialityMarkers,
  type EnforcementAct,
  enforcementActLabels,
  enforcementActs,
  type IdentityDocumentType,
  identityDocumentTypeLabels,
  identityDocumentTypes,
} from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { createCase, listOfficers } from '../cases.api';
import { OfficerSelect } from '../components/officer-select';
import { PartyFields } from '../components/party-fields';
import { instantOf, localDateOf } from '../record-time';

type PartyForm = {
  kind: 'person' | 'organisation';
  name: string;
  idType: IdentityDocumentType;
  idNumber: string;
  phone?: string;
  address?: string;
  legalRepresentative?: string;
};

type CaseForm = {
  source: CaseSource;
  act: EnforcementAct;
  procedure: CaseProcedure;
  cause: string;
  parties: PartyForm[];
  handlerIds: string[];
  confidentiality: ConfidentialityMarker[];
  receivedAt: Dayjs;
  summary: string;
  realName?: boolean;
  complainant?: { name?: string; phone?: string; idType?: IdentityDocumentType; idNumber?: string; address?: string };
  violationEndedOn?: Dayjs;
  materials?: string[];
  correctedOnSpot?: string;
  supplementNotice?: string;
  referredBy?: string;
  inspection?: {
    selectionMethod: 'doubleRandom' | 'special' | 'routine';
    targetsDrawn: string;
    drawnAt: Dayjs;
    plan?: string;
  };
  emergency?: boolean;
  emergencyReason?: string;
};

/** A trimmed text, or undefined when nothing but spaces was typed (the server refuses empty strings). */
export function optional(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function bodyOf(values: CaseForm): CreateCaseBody {
  const complaintLike = values.source === 'complaint' || values.source === 'report';
  const withComplainant = (complaintLike && values.realName) || values.source === 'onApplication';
  const complainant = values.complainant;
  const complainantName = optional(complainant?.name);
  const complainantNumber = optional(complainant?.idNumber);
  return {
    act: values.act,
    procedure: values.procedure,
    source: values.source,
    realName: complaintLike ? values.realName === true : undefined,
    cause: values.cause.trim(),
    parties: values.parties.map((party) => {
      const common = {
        name: party.name.trim(),
        idDocument: { type: party.idType, number: party.idNumber.trim() },
        phone: optional(party.phone),
        address: optional(party.address),
      };
      return party.kind === 'person'
        ? { kind: 'person' as const, ...common }
        : { kind: 'organisation' as const, ...common, legalRepresentative: optional(party.legalRepresentative) };
    }),
    handlerIds: values.handlerIds,
    confidentiality: values.confidentiality ?? [],
    intake: {
      receivedAt: instantOf(values.receivedAt),
      summary: values.summary.trim(),
      complainant:
        withComplainant && complainantName
          ? {
              name: complainantName,
              phone: optional(complainant?.phone),
              address: optional(complainant?.address),
              idDocument:
                complainant?.idType && complainantNumber
                  ? { type: complainant.idType, number: complainantNumber }
                  : undefined,
            }
          : undefined,
      violationEndedOn: complaintLike && values.violationEndedOn ? localDateOf(values.violationEndedOn) : undefined,
      materials:
        values.source === 'onApplication' && values.materials?.length
          ? values.materials.map((item) => item.trim()).filter(Boolean)
          : undefined,
      correctedOnSpot: values.source === 'onApplication' ? optional(values.correctedOnSpot) : undefined,
      supplementNotice: values.source === 'onApplication' ? optional(values.supplementNotice) : undefined,
      referredBy:
        values.source === 'assignedBySuperior' || values.source === 'referralIn'
          ? optional(values.referredBy)
          : undefined,
      inspection:
        values.source === 'doubleRandom' && values.inspection
          ? {
              selectionMethod: values.inspection.selectionMethod,
              targetsDrawn: values.inspection.targetsDrawn.trim(),
              drawnAt: instantOf(values.inspection.drawnAt),
              plan: optional(values.inspection.plan),
            }
          : undefined,
    },
    emergency: values.emergency && values.emergencyReason ? { reason: values.emergencyReason.trim() } : undefined,
  };
}

/** 新建案件: the source first, then what the intake of that source needs (INIT-01…08). */
export function NewCasePage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<CaseForm>();
  const [saving, setSaving] = useState(false);
  const officers = useApiData(listOfficers);
  const source = Form.useWatch('source', form);
  const realName = Form.useWatch('realName', form);
  const emergency = Form.useWatch('emergency', form);
  const required = { required: true, message: t('common.required') };
  const requiredText = { ...required, whitespace: true };
  const complaintLike = source === 'complaint' || source === 'report';
  const referred = source === 'assignedBySuperior' || source === 'referralIn';

  const save = async (values: CaseForm) => {
    setSaving(true);
    try {
      const created = await createCase(bodyOf(values));
      message.success(t('caseForm.created', { number: created.number }));
      navigate(`/cases/${created.id}`);
    } catch (error) {
      notifyError(error);
      setSaving(false);
    }
  };

  return (
    <Card title={t('caseForm.title')}>
      <Form<CaseForm>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          procedure: 'general',
          confidentiality: [],
          parties: [{ kind: 'person', idType: 'residentIdCard' }],
          handlerIds: [],
        }}
        className="case-form"
      >
        <Form.Item name="source" label={t('cases.source')} rules={[required]} extra={t('caseForm.sourceFirst')}>
          <Select
            options={caseSources.map((value) => ({ value, label: pick(caseSourceLabels[value]) }))}
            data-testid="case-form-source"
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
        {source && (
          <>
            <Divider titlePlacement="start">{t('caseForm.basics')}</Divider>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="act" label={t('cases.act')} rules={[required]}>
                  <Select
                    options={enforcementActs.map((value) => ({ value, label: pick(enforcementActLabels[value]) }))}
                    data-testid="case-form-act"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="procedure" label={t('cases.procedure')} rules={[required]}>
                  <Select
                    options={caseProcedures.map((value) => ({ value, label: pick(caseProcedureLabels[value]) }))}
                    data-testid="case-form-procedure"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="cause" label={t('cases.cause')} rules={[requiredText]}>
                  <Input maxLength={200} data-testid="case-form-cause" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={t('cases.parties')} required>
              <PartyFields />
            </Form.Item>
            <Form.Item
              name="handlerIds"
              label={t('cases.handlers')}
              extra={t('caseForm.handlersHelp')}
              rules={[{ ...required, type: 'array', min: 1 }]}
            >
              <OfficerSelect
                mode="multiple"
                officers={officers.data?.items ?? []}
                loading={officers.loading}
                data-testid="case-form-handlers"
              />
            </Form.Item>
            <Form.Item name="confidentiality" label={t('cases.confidentiality')}>
              <Checkbox.Group
                options={confidentialityMarkers.map((value) => ({
                  value,
                  label: pick(confidentialityMarkerLabels[value]),
                }))}
                data-testid="case-form-confidentiality"
              />
            </Form.Item>

            <Divider titlePlacement="start">{t('caseForm.intake')}</Divider>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="receivedAt" label={t('caseForm.receivedAt')} rules={[required]}>
                  <DatePicker showTime style={{ width: '100%' }} data-testid="case-form-received-at" />
                </Form.Item>
              </Col>
              {complaintLike && (
                <>
                  <Col xs={24} md={8}>
                    <Form.Item name="realName" label={t('caseForm.realName')} valuePropName="checked">
                      <Switch data-testid="case-form-real-name" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name="violationEndedOn" label={t('caseForm.violationEndedOn')}>
                      <DatePicker style={{ width: '100%' }} data-testid="case-form-violation-ended-on" />
                    </Form.Item>
                  </Col>
                </>
              )}
            </Row>
            <Form.Item name="summary" label={t('caseForm.summary')} rules={[requiredText]}>
              <Input.TextArea rows={3} maxLength={4000} data-testid="case-form-summary" />
            </Form.Item>
            {((complaintLike && realName) || source === 'onApplication') && (
              <Card
                size="small"
                title={t(source === 'onApplication' ? 'caseForm.applicant' : 'caseForm.complainant')}
                className="party-card"
              >
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={['complainant', 'name']}
                      label={t('caseForm.complainantName')}
                      rules={[requiredText]}
                    >
                      <Input maxLength={100} data-testid="case-form-complainant-name" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['complainant', 'phone']} label={t('caseForm.phone')}>
                      <Input maxLength={30} data-testid="case-form-complainant-phone" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['complainant', 'address']} label={t('caseForm.address')}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['complainant', 'idType']} label={t('caseForm.idType')}>
                      <Select
                        allowClear
                        options={identityDocumentTypes.map((type) => ({
                          value: type,
                          label: pick(identityDocumentTypeLabels[type]),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={16}>
                    <Form.Item name={['complainant', 'idNumber']} label={t('caseForm.idNumber')}>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            )}
            {source === 'onApplication' && (
              <>
                <Form.Item name="materials" label={t('caseForm.materials')} extra={t('caseForm.materialsHelp')}>
                  <Select mode="tags" open={false} tokenSeparators={['；', ';']} data-testid="case-form-materials" />
                </Form.Item>
                <Form.Item name="correctedOnSpot" label={t('caseForm.correctedOnSpot')}>
                  <Input.TextArea rows={2} maxLength={1000} data-testid="case-form-corrected-on-spot" />
                </Form.Item>
                <Form.Item name="supplementNotice" label={t('caseForm.supplementNotice')}>
                  <Input.TextArea rows={2} maxLength={2000} data-testid="case-form-supplement-notice" />
                </Form.Item>
              </>
            )}
            {referred && (
              <Form.Item name="referredBy" label={t('caseForm.referredBy')} rules={[requiredText]}>
                <Input maxLength={200} data-testid="case-form-referred-by" />
              </Form.Item>
            )}
            {source === 'doubleRandom' && (
              <Card size="small" title={t('caseForm.inspection')} className="party-card">
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={['inspection', 'selectionMethod']}
                      label={t('caseForm.selectionMethod')}
                      rules={[required]}
                    >
                      <Select
                        options={(['doubleRandom', 'special', 'routine'] as const).map((value) => ({
                          value,
                          label: t(`caseForm.selection.${value}`),
                        }))}
                        data-testid="case-form-selection-method"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['inspection', 'drawnAt']} label={t('caseForm.drawnAt')} rules={[required]}>
                      <DatePicker showTime style={{ width: '100%' }} data-testid="case-form-drawn-at" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['inspection', 'plan']} label={t('caseForm.plan')}>
                      <Input maxLength={200} data-testid="case-form-plan" />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item
                  name={['inspection', 'targetsDrawn']}
                  label={t('caseForm.targetsDrawn')}
                  rules={[requiredText]}
                >
                  <Input.TextArea rows={2} maxLength={2000} data-testid="case-form-targets-drawn" />
                </Form.Item>
              </Card>
            )}
            <Form.Item
              name="emergency"
              label={t('caseForm.emergency')}
              valuePropName="checked"
              extra={t('caseForm.emergencyHelp')}
            >
              <Switch data-testid="case-form-emergency" />
            </Form.Item>
            {emergency && (
              <Form.Item name="emergencyReason" label={t('caseForm.emergencyReason')} rules={[requiredText]}>
                <Input.TextArea rows={2} maxLength={1000} data-testid="case-form-emergency-reason" />
              </Form.Item>
            )}
          </>
        )}
        <Flex justify="end">
          <Space>
            <Button onClick={() => navigate('/cases')}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={saving} disabled={!source} data-testid="case-form-submit">
              {t('caseForm.submit')}
            </Button>
          </Space>
        </Flex>
      </Form>
    </Card>
  );
}
