import { describeBootstrap, initialise } from '@liuhen/server';
import { withLiuhen } from '../context';
import type { Io } from '../io';

/** `liuhen init`: creates the data directory, schema, agency and bootstrap administrator; idempotent. */
export async function initCommand(
  io: Io,
  options: { hash?: string; signature?: string; origin?: string; agencyName?: string; profile?: string } = {},
): Promise<void> {
  const overrides = {
    ...(options.hash ? { ledgerHash: options.hash } : {}),
    ...(options.signature ? { ledgerSignature: options.signature } : {}),
    ...(options.origin ? { ledgerOrigin: options.origin } : {}),
    ...(options.agencyName ? { agencyName: options.agencyName } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
  };
  await withLiuhen(async (liuhen) => {
    const result = await initialise(liuhen);
    if (!result.created) {
      io.out('已初始化，未做任何更改。 Already initialised; nothing changed.');
      return;
    }
    for (const line of describeBootstrap(result)) io.out(line);
    const { config } = liuhen.deps;
    io.out(
      config.profile
        ? `执法全过程记录规定 Profile: ${config.profile}`
        : '尚未选用执法全过程记录规定：请管理员在“系统管理 → 执法全过程记录规定”中选用 / No profile yet: choose one in 系统管理',
    );
    io.out(
      `账本 Ledger: ${config.ledgerHash.toUpperCase()} + ${config.ledgerSignature === 'sm2' ? 'SM2' : 'Ed25519'}（初始化后不可更改 / fixed for the life of the log）`,
    );
  }, overrides);
}
