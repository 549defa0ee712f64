import { domainError, type UnitKind, unitKindLabels, unitKinds } from '@liuhen/domain';
import { createUnit, listUnits } from '@liuhen/server';
import { operatorContext, withLiuhen } from '../context';
import type { Io } from '../io';

/** Accepts a unit kind by code (`enforcementSection`) or by its Chinese name (`法制机构`). */
export function parseUnitKind(value: string): UnitKind {
  const kind = unitKinds.find((k) => k === value || unitKindLabels[k].zh === value);
  if (!kind) throw domainError('request.invalid', { issues: `--kind ${value} (${unitKinds.join(', ')})` });
  return kind;
}

export async function unitAddCommand(io: Io, name: string, options: { kind: string; legalBasis?: string }) {
  await withLiuhen(async (liuhen) => {
    const ctx = await operatorContext(liuhen);
    const unit = await createUnit(liuhen.deps, ctx, {
      name,
      kind: parseUnitKind(options.kind),
      legalBasis: options.legalBasis ?? null,
    });
    io.out(`已创建单位 Created unit: ${unit.name} (${unitKindLabels[unit.kind].zh}) ${unit.id}`);
  });
}

export async function unitListCommand(io: Io, options: { json?: boolean }) {
  await withLiuhen(async (liuhen) => {
    const ctx = await operatorContext(liuhen);
    const units = await listUnits(liuhen.deps, ctx.actor);
    if (options.json) {
      io.out(JSON.stringify(units, null, 2));
      return;
    }
    io.out(['名称 name', '类型 kind', '人数 users', '依据 legal basis', '编号 id'].join('\t'));
    for (const unit of units) {
      io.out([unit.name, unitKindLabels[unit.kind].zh, unit.userCount, unit.legalBasis ?? '-', unit.id].join('\t'));
    }
  });
}
