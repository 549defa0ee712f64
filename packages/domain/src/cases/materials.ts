type Label = { zh: string; en: string };

/**
 * DOC-02 (002 临西 第十九条(四)): the certificates, materials and copies an officer receives from or keeps of the
 * counterpart are registered per case, each marked received, complete and valid; the register lists every item not
 * yet both complete and valid.
 */
export const materialKinds = ['certificate', 'material', 'copy'] as const;
export type MaterialKind = (typeof materialKinds)[number];

export const materialKindLabels = {
  certificate: { zh: '证件', en: 'Certificate' },
  material: { zh: '资料', en: 'Material' },
  copy: { zh: '复印件', en: 'Copy' },
} as const satisfies Record<MaterialKind, Label>;

export type MaterialMarks = { received: boolean; complete: boolean; valid: boolean };

/** The items of a register that are not yet received, complete and valid, in register order. */
export function unsettledMaterials<T extends MaterialMarks>(items: readonly T[]): T[] {
  return items.filter((item) => !(item.received && item.complete && item.valid));
}
