import { describe, expect, it } from 'vitest';
import { materialKindLabels, materialKinds, unsettledMaterials } from './materials';

describe('DOC-02: the register lists the items not yet received, complete and valid', () => {
  const item = (name: string, received: boolean, complete: boolean, valid: boolean) => ({
    name,
    received,
    complete,
    valid,
  });

  it('lists an item missing any of the three marks, in register order', () => {
    const register = [
      item('营业执照副本复印件', true, true, true),
      item('法定代表人身份证复印件', true, false, true),
      item('工资发放表', true, true, false),
      item('劳动合同', false, false, false),
    ];
    expect(unsettledMaterials(register).map((entry) => entry.name)).toEqual([
      '法定代表人身份证复印件',
      '工资发放表',
      '劳动合同',
    ]);
  });

  it('lists nothing when every item is received, complete and valid', () => {
    expect(unsettledMaterials([item('营业执照副本复印件', true, true, true)])).toEqual([]);
  });

  it('names the three kinds the seed names: 证件, 资料, 复印件', () => {
    expect(materialKinds.map((kind) => materialKindLabels[kind].zh)).toEqual(['证件', '资料', '复印件']);
  });
});
