import { Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../../i18n/language-context';
import { actionLabels } from '../action-labels';

type Props = { value?: string; onChange?: (value?: string) => void; testId?: string };

type Option = { value: string; label: string };

/** The action filter: the known actions by name or code, or any typed code (newer actions, other modules). */
export function ActionSelect({ value, onChange, testId }: Props) {
  const { t, pick } = useI18n();
  const [typed, setTyped] = useState('');
  const options: Option[] = Object.entries(actionLabels).map(([code, label]) => ({ value: code, label: pick(label) }));
  // A code that is not on the list is offered as typed, after the matches, so Enter still picks a match first.
  for (const free of [typed.trim(), value ?? '']) {
    if (free && !options.some((option) => option.value === free)) options.push({ value: free, label: free });
  }

  return (
    <Select<string, Option>
      allowClear
      showSearch={{ optionFilterProp: ['label', 'value'], onSearch: setTyped }}
      onOpenChange={(open) => !open && setTyped('')}
      value={value}
      onChange={(next) => {
        setTyped('');
        onChange?.(next);
      }}
      placeholder={t('audit.filterAction')}
      style={{ width: 240 }}
      options={options}
      optionRender={(option) => (
        <Flex justify="space-between" gap={8}>
          <span>{option.data.label}</span>
          {option.data.label !== option.data.value && (
            <Typography.Text type="secondary" className="action-code">
              {option.data.value}
            </Typography.Text>
          )}
        </Flex>
      )}
      popupMatchSelectWidth={320}
      data-testid={testId}
    />
  );
}
