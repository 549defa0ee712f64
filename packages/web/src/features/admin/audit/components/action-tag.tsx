import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../../../i18n/language-context';
import { actionLabel } from '../action-labels';

/** Colours by what an act does, so failed logins and verifications stand out while scanning the log. */
function colourOf(action: string): string | undefined {
  if (action.startsWith('ledger.')) return 'purple';
  if (/\.(login_failed|locked)$/.test(action)) return 'red';
  if (/\.(disabled|dissolved|password_reset)$/.test(action)) return 'orange';
  if (/\.(created|registered|initialised)$/.test(action)) return 'green';
  if (/\.(logged_in|logged_out)$/.test(action)) return undefined;
  return 'blue';
}

/** An action by its name in the current language, its code on hover; unknown codes are shown as they are. */
export function ActionTag({ action }: { action: string }) {
  const { pick } = useI18n();
  const label = actionLabel(action);
  const tag = <Tag color={colourOf(action)}>{label ? pick(label) : action}</Tag>;
  return label ? <Tooltip title={action}>{tag}</Tooltip> : tag;
}
