import type { CreateUnitBody, UnitBody } from '@liuhen/contracts';
import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../../api/use-notify-error';
import { needsLegalBasis, type UnitKind, unitKindLabels, unitKinds } from '../../../../i18n/domain-labels';
import { useI18n } from '../../../../i18n/language-context';
import { FormModal } from '../../../shell/components/form-modal';
import { createUnit, updateUnit } from '../units.api';

type UnitForm = { name: string; kind: UnitKind; legalBasis?: string };
type Props = { unit: UnitBody | null; onClose: () => void; onSaved: () => void };

/** Create (unit = null) or edit a unit. GEN-07: authorised and entrusted institutions need a legal basis. */
export function UnitFormModal({ unit, onClose, onSaved }: Props) {
  const { t, pick } = useI18n();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<UnitForm>();
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form);
  const basisRequired = kind !== undefined && needsLegalBasis(kind);

  const save = async (values: UnitForm) => {
    const legalBasis = values.legalBasis?.trim() ? values.legalBasis.trim() : null;
    const body: CreateUnitBody = { name: values.name.trim(), kind: values.kind, legalBasis };
    setSaving(true);
    try {
      await (unit ? updateUnit(unit.id, body) : createUnit(body));
      onSaved();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={unit ? t('units.editTitle') : t('units.create')}
      saving={saving}
      submitTestId="unit-submit"
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<UnitForm>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={unit ? { name: unit.name, kind: unit.kind, legalBasis: unit.legalBasis ?? '' } : undefined}
      >
        <Form.Item
          name="name"
          label={t('units.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={100} data-testid="unit-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            data-testid="unit-kind"
            options={unitKinds.map((value) => ({ value, label: pick(unitKindLabels[value]) }))}
          />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('units.legalBasis')}
          extra={t('units.legalBasisHelp')}
          dependencies={['kind']}
          required={basisRequired}
          rules={[
            ({ getFieldValue }) => {
              const chosen = getFieldValue('kind') as UnitKind | undefined;
              return {
                required: chosen !== undefined && needsLegalBasis(chosen),
                whitespace: true,
                message: t('common.required'),
              };
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="unit-legal-basis" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
