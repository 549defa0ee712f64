import type { Action } from '../../i18n/domain-labels';
import { useSession } from './session-context';

/** Whether the session's abilities (computed by the server) allow `action`. Unknown means no. */
export function useCan(): (action: Action) => boolean {
  const { session } = useSession();
  return (action) => session?.abilities[action] === true;
}
