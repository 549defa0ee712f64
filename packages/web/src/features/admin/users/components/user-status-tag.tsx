import type { UserBody } from '@liuhen/contracts';
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../../../i18n/language-context';

/** 正常 / 已停用, or 已锁定 while a lockout after failed logins is running. */
export function UserStatusTag({ user }: { user: UserBody }) {
  const { t } = useI18n();
  if (user.status === 'disabled') return <Tag>{t('users.disabled')}</Tag>;
  // The server sends lockedUntil only while the lock is in force.
  if (user.lockedUntil) {
    return (
      <Tooltip title={new Date(user.lockedUntil).toLocaleString()}>
        <Tag color="orange">{t('users.locked')}</Tag>
      </Tooltip>
    );
  }
  return <Tag color="green">{t('users.active')}</Tag>;
}
