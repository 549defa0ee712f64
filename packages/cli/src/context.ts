import { userInfo } from 'node:os';
import { domainError } from '@liuhen/domain';
import { findFirstAgency, type Liuhen, loadConfig, openLiuhen, type SessionActor } from '@liuhen/server';

/**
 * The CLI acts as the operator at the machine, with administrator rights over the data directory or database it
 * is pointed at. Its acts are recorded in the trail under `cli:<OS user>`.
 */
export async function withLiuhen<T>(
  work: (liuhen: Liuhen) => Promise<T>,
  overrides: Parameters<typeof loadConfig>[1] = {},
): Promise<T> {
  const liuhen = await openLiuhen(loadConfig(process.env, overrides));
  try {
    return await work(liuhen);
  } finally {
    await liuhen.close();
  }
}

export type OperatorContext = { actor: SessionActor; agencyId: string; requestId: null };

export async function operatorContext(liuhen: Liuhen): Promise<OperatorContext> {
  const agency = await findFirstAgency(liuhen.database.db);
  if (!agency) throw domainError('agency.not_initialised');
  const actor: SessionActor = {
    userId: `cli:${userInfo().username}`,
    username: `cli:${userInfo().username}`,
    agencyId: agency.id,
    unitId: null,
    roles: ['admin'],
  };
  return { actor, agencyId: agency.id, requestId: null };
}
