import { DatePicker, Flex, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import { useI18n } from '../../../../i18n/language-context';

/** Dates travel as calendar dates 'YYYY-MM-DD'; typing one and pressing Enter works as well as picking it. */
export const dateFormat = 'YYYY-MM-DD';

/** Enter confirms a typed date in the picker; it must not also submit the whole form. */
const keepEnterInPicker = (event: KeyboardEvent) => event.key === 'Enter' && event.preventDefault();

/** 有效期自 / 有效期至, the second not before the first. Fields `validFrom` and `validTo` of the enclosing form. */
export function ValidityFields() {
  const { t } = useI18n();
  const required = { required: true, message: t('common.required') };
  return (
    <Flex gap={16}>
      <Form.Item name="validFrom" label={t('certs.validFrom')} rules={[required]} style={{ flex: 1 }}>
        <DatePicker
          format={dateFormat}
          onKeyDown={keepEnterInPicker}
          style={{ width: '100%' }}
          data-testid="cert-valid-from"
        />
      </Form.Item>
      <Form.Item
        name="validTo"
        label={t('certs.validTo')}
        dependencies={['validFrom']}
        style={{ flex: 1 }}
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: async (_rule, value?: Dayjs) => {
              const from = getFieldValue('validFrom') as Dayjs | undefined;
              if (value && from && value.isBefore(from, 'day')) throw new Error(t('certs.periodInvalid'));
            },
          }),
        ]}
      >
        <DatePicker
          format={dateFormat}
          onKeyDown={keepEnterInPicker}
          style={{ width: '100%' }}
          data-testid="cert-valid-to"
        />
      </Form.Item>
    </Flex>
  );
}
