import { Select, type SelectProps, Space, Tag } from 'antd';
import { useI18n } from '../../../i18n/language-context';
import type { OfficerOption } from '../cases.api';

type Props = Omit<SelectProps<string | string[]>, 'options'> & { officers: OfficerOption[] };

/** Officers to choose from, with their certificate; an uncertified officer is shown but cannot be chosen (ROLE-01). */
export function OfficerSelect({ officers, ...rest }: Props) {
  const { t } = useI18n();
  return (
    <Select
      showSearch={{ optionFilterProp: 'name' }}
      {...rest}
      options={officers.map((officer) => ({
        value: officer.id,
        name: officer.name,
        disabled: !officer.certified,
        label: (
          <Space size={4}>
            <span>{officer.name}</span>
            {officer.certified ? (
              <Tag color="green">{officer.certificateNumber}</Tag>
            ) : (
              <Tag color="red">{t('caseForm.uncertified')}</Tag>
            )}
          </Space>
        ),
      }))}
    />
  );
}
