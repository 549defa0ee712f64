import type { Action } from '../../i18n/domain-labels';
import type { MessageKey } from '../../i18n/zh';

type Can = (action: Action) => boolean;

/** The 系统管理 section is offered to whoever may change the organisation or read the audit log. */
export function canSeeAdmin(can: Can): boolean {
  return can('unit.create') || can('user.create') || can('agency.update') || can('audit.read');
}

/** Tabs of 系统管理, each shown only when the session's abilities allow it. */
export const adminTabs = [
  { path: 'agency', key: 'admin.agency', visible: (can: Can) => can('agency.update') },
  { path: 'profiles', key: 'admin.profiles', visible: (can: Can) => can('agency.update') },
  { path: 'units', key: 'admin.units', visible: (can: Can) => can('unit.list') },
  { path: 'users', key: 'admin.users', visible: (can: Can) => can('user.list') },
  { path: 'audit', key: 'admin.audit', visible: (can: Can) => can('audit.read') },
] as const satisfies readonly { path: string; key: MessageKey; visible: (can: Can) => boolean }[];
