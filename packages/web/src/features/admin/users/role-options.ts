import type { UnitBody } from '@liuhen/contracts';
import { roleDefinitions, roles } from '../../../i18n/domain-labels';
import type { Label } from '../../../i18n/language-context';

/** Role choices labelled in the current language (zh by default: 执法人员, 系统管理员 …). */
export function roleOptions(pick: (label: Label) => string) {
  return roles.map((value) => ({ value, label: pick(roleDefinitions[value]) }));
}

export function unitOptions(units: readonly UnitBody[]) {
  return units.map((unit) => ({ value: unit.id, label: unit.name }));
}
