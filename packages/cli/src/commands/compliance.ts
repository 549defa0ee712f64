import { reevaluateAll } from '@liuhen/server';
import { operatorContext, withLiuhen } from '../context';
import type { Io } from '../io';

/**
 * `liuhen compliance reevaluate`: recomputes the stored compliance findings of every case of the agency (issue 6),
 * e.g. after an agency profile or the holiday calendar changed. Findings are derived data: nothing is ledgered.
 */
export async function complianceReevaluateCommand(io: Io) {
  await withLiuhen(async (liuhen) => {
    const ctx = await operatorContext(liuhen);
    const started = performance.now();
    const { evaluated, changed } = await reevaluateAll(liuhen.deps, { agencyId: ctx.agencyId });
    const seconds = Math.round(performance.now() - started) / 1000;
    io.out(
      `已重新评估 ${evaluated} 件案件，其中 ${changed} 件结果有变化（${seconds} 秒） / ` +
        `Re-evaluated ${evaluated} cases, ${changed} with changed findings, in ${seconds} s`,
    );
  });
}
