import type { CertificateBody, CreateCertificateBody } from '@liuhen/contracts';
import { Button, Card, Checkbox, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNotifyError } from '../../../../api/use-notify-error';
import { type CertificateStatus, certificateStatuses, certificateStatusLabels } from '../../../../i18n/domain-labels';
import { useI18n } from '../../../../i18n/language-context';
import { createCertificate, updateCertificate } from '../certificates.api';
import { dateFormat, ValidityFields } from './validity-fields';

type CertificateForm = {
  number: string;
  issuingBody: string;
  validFrom: Dayjs;
  validTo: Dayjs;
  status: CertificateStatus;
  establishmentStaff: boolean;
  passedUnifiedExam: boolean;
};
type Props = { userId: string; certificate: CertificateBody | null; onCancel: () => void; onSaved: () => void };

/** Register (certificate = null) or amend an enforcement certificate. The number is fixed once registered. */
export function CertificateForm({ userId, certificate, onCancel, onSaved }: Props) {
  const { t, pick } = useI18n();
  const notifyError = useNotifyError();
  const [saving, setSaving] = useState(false);
  const required = { required: true, message: t('common.required') };

  const save = async (values: CertificateForm) => {
    const body: Omit<CreateCertificateBody, 'number'> = {
      issuingBody: values.issuingBody.trim(),
      validFrom: values.validFrom.format(dateFormat),
      validTo: values.validTo.format(dateFormat),
      status: values.status,
      establishmentStaff: values.establishmentStaff,
      passedUnifiedExam: values.passedUnifiedExam,
    };
    setSaving(true);
    try {
      await (certificate
        ? updateCertificate(certificate.id, body)
        : createCertificate(userId, { ...body, number: values.number.trim() }));
      onSaved();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const initialValues: Partial<CertificateForm> = certificate
    ? { ...certificate, validFrom: dayjs(certificate.validFrom), validTo: dayjs(certificate.validTo) }
    : { status: 'valid', establishmentStaff: false, passedUnifiedExam: false };

  return (
    <Card size="small" title={certificate ? t('certs.editTitle') : t('certs.add')} className="certificate-form">
      <Form<CertificateForm> layout="vertical" onFinish={save} initialValues={initialValues}>
        <Form.Item
          name="number"
          label={t('certs.number')}
          extra={certificate ? t('certs.numberFixed') : undefined}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input maxLength={50} disabled={certificate !== null} data-testid="cert-number" />
        </Form.Item>
        <Form.Item name="issuingBody" label={t('certs.issuingBody')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} data-testid="cert-issuing-body" />
        </Form.Item>
        <ValidityFields />
        <Form.Item name="status" label={t('certs.status')} rules={[required]}>
          <Select
            options={certificateStatuses.map((value) => ({ value, label: pick(certificateStatusLabels[value]) }))}
            data-testid="cert-status"
          />
        </Form.Item>
        <Flex gap={24}>
          <Form.Item name="establishmentStaff" valuePropName="checked">
            <Checkbox data-testid="cert-establishment-staff">{t('certs.establishmentStaff')}</Checkbox>
          </Form.Item>
          <Form.Item name="passedUnifiedExam" valuePropName="checked">
            <Checkbox data-testid="cert-passed-unified-exam">{t('certs.passedUnifiedExam')}</Checkbox>
          </Form.Item>
        </Flex>
        <Flex gap={8} justify="flex-end">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="cert-submit">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
