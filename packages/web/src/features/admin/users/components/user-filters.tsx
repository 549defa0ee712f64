import { SearchOutlined } from '@ant-design/icons';
import type { UnitBody, UserListQuery } from '@liuhen/contracts';
import { Input, Select, Space } from 'antd';
import { useI18n } from '../../../../i18n/language-context';
import { roleOptions, unitOptions } from '../role-options';

type Props = { units: UnitBody[]; value: UserListQuery; onChange: (next: UserListQuery) => void };

/** Filters of the users table: unit, role, status and a search over username and name. */
export function UserFilters({ units, value, onChange }: Props) {
  const { t, pick } = useI18n();
  // Searching on Enter (and on clearing) spares the server a request per keystroke.
  const search = (q: string) => onChange({ ...value, q: q.trim() || undefined });
  return (
    <Space wrap>
      <Select
        allowClear
        placeholder={t('users.allUnits')}
        style={{ width: 200 }}
        value={value.unitId}
        onChange={(unitId?: string) => onChange({ ...value, unitId })}
        options={unitOptions(units)}
        data-testid="filter-unit"
      />
      <Select
        allowClear
        placeholder={t('users.allRoles')}
        style={{ width: 180 }}
        value={value.role}
        onChange={(role?: UserListQuery['role']) => onChange({ ...value, role })}
        options={roleOptions(pick)}
        data-testid="filter-role"
      />
      <Select
        allowClear
        placeholder={t('users.allStatuses')}
        style={{ width: 140 }}
        value={value.status}
        onChange={(status?: UserListQuery['status']) => onChange({ ...value, status })}
        options={[
          { value: 'active', label: t('users.active') },
          { value: 'disabled', label: t('users.disabled') },
        ]}
        data-testid="filter-status"
      />
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('users.search')}
        style={{ width: 240 }}
        maxLength={50}
        onPressEnter={(event) => search(event.currentTarget.value)}
        onChange={(event) => event.target.value === '' && search('')}
        data-testid="filter-q"
      />
    </Space>
  );
}
