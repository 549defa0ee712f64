import { createStation, listStations, revokeStation } from '@liuhen/server';
import { operatorContext, withLiuhen } from '../context';
import type { Io } from '../io';

/** `liuhen station add`: registers an ingest station (采集站) of a unit and prints its upload token, once. */
export async function stationAddCommand(io: Io, name: string, options: { unit: string }): Promise<void> {
  await withLiuhen(async (liuhen) => {
    const ctx = await operatorContext(liuhen);
    const station = await createStation(liuhen.deps, ctx, { name, unitName: options.unit });
    io.out(`已登记采集站 Registered ingest station: ${station.name} (${station.unitName}) ${station.id}`);
    io.out(`上传令牌 Upload token: ${station.token}`);
    io.out(
      '（令牌只显示这一次，服务器只保存其哈希；请立即配置到采集站，遗失须吊销后重新登记 / shown only once — the server keeps only its hash; configure it on the station now, and revoke and re-register if it is lost）',
    );
  });
}

export async function stationListCommand(io: Io, options: { json?: boolean }): Promise<void> {
  await withLiuhen(async (liuhen) => {
    const ctx = await operatorContext(liuhen);
    const stations = await listStations(liuhen.deps, ctx);
    if (options.json) {
      io.out(
        JSON.stringify(
          stations.map((s) => ({
            id: s.id,
            name: s.name,
            unitName: s.unitName,
            createdAt: s.created_at,
            revokedAt: s.revoked_at,
          })),
          null,
          2,
        ),
      );
      return;
    }
    io.out(['名称 name', '单位 unit', '登记时间 registered', '状态 status', '编号 id'].join('\t'));
    for (const s of stations) {
      const status = s.revoked_at ? `已吊销 revoked ${s.revoked_at}` : '有效 active';
      io.out([s.name, s.unitName, s.created_at, status, s.id].join('\t'));
    }
  });
}

/** `liuhen station revoke`: the station's token is refused from its next request on. */
export async function stationRevokeCommand(io: Io, name: string): Promise<void> {
  await withLiuhen(async (liuhen) => {
    const ctx = await operatorContext(liuhen);
    await revokeStation(liuhen.deps, ctx, name);
    io.out(`已吊销采集站令牌 Revoked the token of ingest station: ${name}`);
  });
}
