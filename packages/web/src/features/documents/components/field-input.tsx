import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { type DocumentField, type DocumentType, isFieldRequired } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';

type Props = {
  type: DocumentType;
  field: DocumentField;
  /** The form's current data, for fields required only when another field has a value. */
  data: Record<string, unknown>;
  /** The case profile's catalogue rules (BX … XG); undefined: a field required under any profile is marked. */
  profile?: Parameters<typeof isFieldRequired>[2];
  disabled?: boolean;
};

function NamesList({
  name,
  keys,
  disabled,
}: {
  name: string[];
  keys: ('name' | 'certificateNumber')[];
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const testBase = `doc-field-${name[1]}`;
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((item, index) => (
            <Space key={item.key} align="baseline" wrap>
              {keys.map((key) => (
                <Form.Item key={key} name={[item.name, key]}>
                  <Input
                    disabled={disabled}
                    placeholder={t(key === 'name' ? 'documents.signerName' : 'documents.certificateNumber')}
                    data-testid={`${testBase}-${index}-${key}`}
                  />
                </Form.Item>
              ))}
              {!disabled && <MinusCircleOutlined onClick={() => remove(item.name)} />}
            </Space>
          ))}
          {!disabled && (
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => add({})}
              data-testid={`${testBase}-add`}
            >
              {t('documents.add')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}

/** One field of a document type, rendered by its kind; required fields are marked, conditional ones explained. */
export function FieldInput({ type, field, data, profile, disabled }: Props) {
  const { t, pick, lang } = useI18n();
  const testId = `doc-field-${field.key}`;
  const name = ['data', field.key];
  const required = isFieldRequired(field, data, profile);
  let extra: string | undefined = field.help;
  if (field.requiredWhen) {
    const target = type.fields.find((candidate) => candidate.key === field.requiredWhen?.field);
    const values = Array.isArray(field.requiredWhen.equals) ? field.requiredWhen.equals : [field.requiredWhen.equals];
    const valueText = values
      .map((value) => {
        if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
        const option = target?.options?.find((candidate) => candidate.value === value);
        return option ? pick(option) : value;
      })
      .join(lang === 'zh' ? '、' : ', ');
    extra = t('documents.requiredWhen', { field: target ? pick(target) : field.requiredWhen.field, value: valueText });
  }
  const common = { label: pick(field), required, extra, className: `doc-field doc-field-${field.kind}` };

  switch (field.kind) {
    case 'text':
      return (
        <Form.Item name={name} {...common}>
          <Input disabled={disabled} data-testid={testId} />
        </Form.Item>
      );
    case 'longText':
      return (
        <Form.Item name={name} {...common}>
          <Input.TextArea disabled={disabled} autoSize={{ minRows: 3, maxRows: 12 }} data-testid={testId} />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item name={name} {...common}>
          <DatePicker disabled={disabled} data-testid={testId} />
        </Form.Item>
      );
    case 'dateTime':
      return (
        <Form.Item name={name} {...common}>
          <DatePicker showTime disabled={disabled} data-testid={testId} />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item name={name} {...common}>
          <InputNumber disabled={disabled} style={{ width: 200 }} data-testid={testId} />
        </Form.Item>
      );
    case 'money':
      return (
        <Form.Item name={name} {...common}>
          <InputNumber
            disabled={disabled}
            min={0}
            precision={2}
            prefix="¥"
            style={{ width: 200 }}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'choice':
      return (
        <Form.Item name={name} {...common}>
          <Select
            allowClear
            disabled={disabled}
            style={{ maxWidth: 400 }}
            options={(field.options ?? []).map((option) => ({ value: option.value, label: pick(option) }))}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'boolean':
      return (
        <Form.Item name={name} valuePropName="checked" {...common}>
          <Switch disabled={disabled} data-testid={testId} />
        </Form.Item>
      );
    case 'people':
      return (
        <Form.Item {...common}>
          <NamesList name={name} keys={['name']} disabled={disabled} />
        </Form.Item>
      );
    case 'officers':
      return (
        <Form.Item {...common}>
          <NamesList name={name} keys={['name', 'certificateNumber']} disabled={disabled} />
        </Form.Item>
      );
    case 'party':
      return (
        <Form.Item name={[...name, 'name']} {...common}>
          <Input disabled={disabled} data-testid={testId} />
        </Form.Item>
      );
    case 'list':
      return (
        <Form.Item name={name} {...common}>
          <Select
            mode="tags"
            open={false}
            disabled={disabled}
            placeholder={t('documents.listHelp')}
            data-testid={testId}
          />
        </Form.Item>
      );
  }
}
