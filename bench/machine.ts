import os from 'node:os';
import Database from 'better-sqlite3';
import pg from 'pg';
import { measureFsync } from './hashing';
import { postgresUrl } from './liuhen';

async function postgresFacts() {
  const client = new pg.Client({ connectionString: postgresUrl });
  try {
    await client.connect();
    const setting = async (name: string) =>
      (await client.query<{ v: string }>(`select current_setting('${name}') as v`)).rows[0]?.v;
    return {
      version: (await client.query<{ v: string }>('select version() as v')).rows[0]?.v,
      fsync: await setting('fsync'),
      synchronousCommit: await setting('synchronous_commit'),
      walSyncMethod: await setting('wal_sync_method'),
      sharedBuffers: await setting('shared_buffers'),
      host: new URL(postgresUrl).host,
    };
  } catch (error) {
    return { unavailable: String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** What the numbers were measured on. */
export async function machineFacts() {
  const memory = new Database(':memory:');
  const sqlite = (memory.prepare('select sqlite_version() as v').get() as { v: string }).v;
  memory.close();
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    openssl: process.versions.openssl,
    sqlite,
    postgres: await postgresFacts(),
    tmpdir: os.tmpdir(),
    diskFsync: measureFsync(),
  };
}
