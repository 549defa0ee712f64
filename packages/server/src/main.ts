import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Database, migrateToLatest, openDatabase } from './adapters/db/database';
import type { Config } from './config';
import { createDeps, type Deps } from './deps';
import { createHttpServer } from './http/server';
import { scheduleAvDerivatives } from './jobs/av-derive.job';
import { scheduleAvProbes } from './jobs/av-probe.job';
import { scheduleCheckpoints } from './jobs/checkpoint.job';
import { scheduleComplianceSweep } from './jobs/compliance-sweep.job';
import { type BootstrapResult, initialiseAgency } from './modules/organisation/bootstrap.usecases';

export type Liuhen = { deps: Deps; database: Database; close(): Promise<void> };

/** Composition root: data directory → database (migrated) → deps. Used by the server and by every CLI command. */
export async function openLiuhen(config: Config): Promise<Liuhen> {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  mkdirSync(path.join(config.dataDir, 'blobs'), { recursive: true, mode: 0o700 });
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const deps = createDeps({ database, config });
  return { deps, database, close: () => database.close() };
}

/** Initialises on first start: the agency and the bootstrap administrator. */
export function initialise(liuhen: Liuhen): Promise<BootstrapResult> {
  const { config } = liuhen.deps;
  return initialiseAgency(liuhen.deps, { agencyName: config.agencyName, adminPassword: config.adminPassword });
}

/** The banner that shows a generated bootstrap password, once. */
export function describeBootstrap(result: BootstrapResult): string[] {
  if (!result.created) return [];
  const lines = [
    '────────────────────────────────────────────────────────────',
    '留痕已完成初始化 / Liuhen is initialised',
    `  管理员用户名 Administrator username: ${result.adminUsername}`,
  ];
  if (result.generatedPassword) {
    lines.push(`  一次性密码 One-time password:      ${result.generatedPassword}`);
    lines.push('  此密码只显示这一次，首次登录后必须修改。');
    lines.push('  This password is shown only once and must be changed at first login.');
  } else {
    lines.push('  密码为 LIUHEN_ADMIN_PASSWORD 的值，首次登录后必须修改。');
    lines.push('  The password is LIUHEN_ADMIN_PASSWORD; it must be changed at first login.');
  }
  lines.push('────────────────────────────────────────────────────────────');
  return lines;
}

/** Starts the HTTP server on the configured host and port; resolves once it listens. */
export async function startServer(
  config: Config,
  print: (line: string) => void = console.log,
): Promise<{ app: FastifyInstance; liuhen: Liuhen; url: string }> {
  const liuhen = await openLiuhen(config);
  const bootstrap = await initialise(liuhen);
  for (const line of describeBootstrap(bootstrap)) print(line);
  const app = await createHttpServer(liuhen.deps, { logLevel: config.logLevel, webDir: config.webDir });
  const stopCheckpoints = scheduleCheckpoints(liuhen.deps, app.log);
  const stopProbes = scheduleAvProbes(liuhen.deps, app.log);
  const stopDerivatives = scheduleAvDerivatives(liuhen.deps, app.log);
  const stopCompliance = scheduleComplianceSweep(liuhen.deps, app.log);
  app.addHook('onClose', async () => {
    stopCheckpoints();
    stopProbes();
    stopDerivatives();
    stopCompliance();
    await liuhen.close();
  });
  const address = await app.listen({ port: config.port, host: config.host });
  return { app, liuhen, url: address };
}
