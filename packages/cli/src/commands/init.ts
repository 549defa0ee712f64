import { describeBootstrap, initialise } from '@liuhen/server';
import { withLiuhen } from '../context';
import type { Io } from '../io';

/** `liuhen init`: creates the data directory, schema, agency and bootstrap administrator; idempotent. */
export async function initCommand(io: Io): Promise<void> {
  await withLiuhen(async (liuhen) => {
    const result = await initialise(liuhen);
    if (!result.created) {
      io.out('已初始化，未做任何更改。 Already initialised; nothing changed.');
      return;
    }
    for (const line of describeBootstrap(result)) io.out(line);
  });
}
