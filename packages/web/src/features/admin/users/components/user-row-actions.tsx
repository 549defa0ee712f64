import type { UserBody } from '@liuhen/contracts';
import { Button, Popconfirm, Space } from 'antd';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';

export type UserAction = 'edit' | 'disable' | 'enable' | 'resetPassword' | 'certificates';
type Props = { user: UserBody; onAction: (action: UserAction, user: UserBody) => void };

/** The row's buttons; each one only when the session's abilities allow it. */
export function UserRowActions({ user, onAction }: Props) {
  const { t } = useI18n();
  const can = useCan();
  const name = user.username;
  return (
    <Space size={0} wrap>
      {can('user.update') && (
        <Button type="link" size="small" onClick={() => onAction('edit', user)} data-testid={`user-edit-${name}`}>
          {t('common.edit')}
        </Button>
      )}
      {user.status === 'active' && can('user.disable') && (
        <Popconfirm
          title={t('users.disableConfirm', { name: user.displayName })}
          onConfirm={() => onAction('disable', user)}
        >
          <Button type="link" size="small" danger data-testid={`user-disable-${name}`}>
            {t('users.disable')}
          </Button>
        </Popconfirm>
      )}
      {user.status === 'disabled' && can('user.enable') && (
        <Button type="link" size="small" onClick={() => onAction('enable', user)} data-testid={`user-enable-${name}`}>
          {t('users.enable')}
        </Button>
      )}
      {can('user.resetPassword') && (
        <Button
          type="link"
          size="small"
          onClick={() => onAction('resetPassword', user)}
          data-testid={`user-reset-password-${name}`}
        >
          {t('users.resetPassword')}
        </Button>
      )}
      {can('certificate.read') && (
        <Button
          type="link"
          size="small"
          onClick={() => onAction('certificates', user)}
          data-testid={`user-certificates-${name}`}
        >
          {t('users.certificates')}
        </Button>
      )}
    </Space>
  );
}
