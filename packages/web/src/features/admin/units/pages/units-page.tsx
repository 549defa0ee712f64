import { PlusOutlined } from '@ant-design/icons';
import type { UnitBody } from '@liuhen/contracts';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useNotifyError } from '../../../../api/use-notify-error';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';
import { UnitFormModal } from '../components/unit-form-modal';
import { UnitsTable } from '../components/units-table';
import { deleteUnit, listUnits } from '../units.api';

/** 单位管理: the agency's units; deleting one that still has users is refused by the server (unit.has_users). */
export function UnitsPage() {
  const { t } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { data, loading, reload } = useApiData(listUnits);
  // undefined: closed; null: creating; a unit: editing it.
  const [editing, setEditing] = useState<UnitBody | null | undefined>(undefined);

  const remove = async (unit: UnitBody) => {
    try {
      await deleteUnit(unit.id);
      message.success(t('units.deleted'));
      reload();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Flex vertical gap={16}>
      {can('unit.create') && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="unit-create">
            {t('units.create')}
          </Button>
        </Flex>
      )}
      <UnitsTable units={data?.items ?? []} loading={loading} onEdit={setEditing} onDelete={remove} />
      {editing !== undefined && (
        <UnitFormModal
          unit={editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            message.success(t('units.saved'));
            reload();
          }}
        />
      )}
    </Flex>
  );
}
