import { PlusOutlined } from '@ant-design/icons';
import type { UserBody, UserListQuery } from '@liuhen/contracts';
import { App, Button, Flex } from 'antd';
import { useCallback, useState } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useNotifyError } from '../../../../api/use-notify-error';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';
import { CertificatesDrawer } from '../../certificates/components/certificates-drawer';
import { listUnits } from '../../units/units.api';
import { PasswordOnceModal } from '../components/password-once-modal';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { UserFilters } from '../components/user-filters';
import { UserFormModal } from '../components/user-form-modal';
import type { UserAction } from '../components/user-row-actions';
import { UsersTable } from '../components/users-table';
import { disableUser, enableUser, listUsers } from '../users.api';

type Dialog =
  | { kind: 'form'; user: UserBody | null }
  | { kind: 'reset'; user: UserBody }
  | { kind: 'password'; title: string; testId: string; name: string; password: string }
  | { kind: 'certificates'; user: UserBody };

/** 用户管理: filterable list of the agency's users, their certification, and the admin actions. */
export function UsersPage() {
  const { t } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [filters, setFilters] = useState<UserListQuery>({});
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const units = useApiData(listUnits);
  const users = useApiData(useCallback(() => listUsers(filters), [filters]));
  const close = () => setDialog(null);

  const act = async (action: UserAction, user: UserBody) => {
    if (action === 'edit') return setDialog({ kind: 'form', user });
    if (action === 'resetPassword') return setDialog({ kind: 'reset', user });
    if (action === 'certificates') return setDialog({ kind: 'certificates', user });
    try {
      await (action === 'disable' ? disableUser(user.id) : enableUser(user.id));
      message.success(t(action === 'disable' ? 'users.disabledDone' : 'users.enabledDone'));
      users.reload();
    } catch (error) {
      notifyError(error);
    }
  };

  const saved = (user: UserBody, initialPassword: string | null) => {
    users.reload();
    if (initialPassword === null) {
      message.success(t('users.saved'));
      return close();
    }
    const title = t('users.initialPasswordTitle');
    setDialog({
      kind: 'password',
      title,
      testId: 'initial-password',
      name: user.displayName,
      password: initialPassword,
    });
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <UserFilters units={units.data?.items ?? []} value={filters} onChange={setFilters} />
        {can('user.create') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'form', user: null })}
            data-testid="user-create"
          >
            {t('users.create')}
          </Button>
        )}
      </Flex>
      <UsersTable users={users.data?.items ?? []} loading={users.loading} onAction={act} />
      {dialog?.kind === 'form' && (
        <UserFormModal user={dialog.user} units={units.data?.items ?? []} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordModal
          user={dialog.user}
          onClose={close}
          onDone={(password) => {
            const title = t('users.temporaryPasswordTitle');
            const name = dialog.user.displayName;
            setDialog({ kind: 'password', title, testId: 'temporary-password', name, password });
          }}
        />
      )}
      {dialog?.kind === 'password' && (
        <PasswordOnceModal
          title={dialog.title}
          name={dialog.name}
          password={dialog.password}
          testId={dialog.testId}
          onClose={close}
        />
      )}
      {dialog?.kind === 'certificates' && (
        <CertificatesDrawer user={dialog.user} onClose={close} onChanged={users.reload} />
      )}
    </Flex>
  );
}
