import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('defaults to SQLite in ./data on 127.0.0.1:8080', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: path.resolve('./data') });
    expect(config.database).toEqual({ kind: 'sqlite', file: path.resolve('./data/liuhen.db') });
  });

  it('takes every setting from its environment variable', () => {
    const config = loadConfig({
      LIUHEN_PORT: '9090',
      LIUHEN_HOST: '0.0.0.0',
      LIUHEN_DATA_DIR: '/srv/liuhen',
      LIUHEN_DATABASE_URL: 'postgres://liuhen@db/liuhen',
      LIUHEN_SESSION_IDLE_MINUTES: '10',
      LIUHEN_SECURE_COOKIES: 'true',
    });
    expect(config).toMatchObject({
      port: 9090,
      host: '0.0.0.0',
      dataDir: '/srv/liuhen',
      sessionIdleMinutes: 10,
      secureCookies: true,
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://liuhen@db/liuhen' });
  });

  it('names the bad key when a value is invalid', () => {
    expect(() => loadConfig({ LIUHEN_PORT: 'eighty' })).toThrow(/LIUHEN_PORT/);
    expect(() => loadConfig({ LIUHEN_PORT: '70000' })).toThrow(/LIUHEN_PORT/);
    expect(() => loadConfig({ LIUHEN_DATABASE_URL: 'mysql://x' })).toThrow(/LIUHEN_DATABASE_URL/);
    expect(() => loadConfig({ LIUHEN_LOG_LEVEL: 'loud' })).toThrow(/LIUHEN_LOG_LEVEL/);
    try {
      loadConfig({ LIUHEN_PORT: 'eighty' });
    } catch (error) {
      expect(error).toMatchObject({ code: 'config.invalid', details: { key: 'LIUHEN_PORT' } });
    }
  });

  it('keeps files on disk by default and requires bucket and keys for S3', () => {
    expect(loadConfig({}).blobStore).toBe('disk');
    expect(() => loadConfig({ LIUHEN_BLOB_STORE: 's3' })).toThrow(/LIUHEN_S3_BUCKET/);
    expect(() => loadConfig({ LIUHEN_BLOB_STORE: 's3', LIUHEN_S3_BUCKET: 'evidence' })).toThrow(
      /LIUHEN_S3_ACCESS_KEY_ID/,
    );
    const config = loadConfig({
      LIUHEN_BLOB_STORE: 's3',
      LIUHEN_S3_ENDPOINT: 'http://127.0.0.1:9000',
      LIUHEN_S3_BUCKET: 'evidence',
      LIUHEN_S3_ACCESS_KEY_ID: 'id',
      LIUHEN_S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config).toMatchObject({
      blobStore: 's3',
      s3Bucket: 'evidence',
      s3ForcePathStyle: true,
      s3Region: 'us-east-1',
    });
    expect(() => loadConfig({ LIUHEN_BLOB_STORE: 'floppy' })).toThrow(/LIUHEN_BLOB_STORE/);
  });

  it('reads a JSON config file, lets the environment win, and refuses unknown keys in it', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'liuhen-config-'));
    const file = path.join(dir, 'liuhen.json');
    writeFileSync(file, JSON.stringify({ port: 7000, host: '127.0.0.2' }));
    expect(loadConfig({ LIUHEN_CONFIG_FILE: file, LIUHEN_PORT: '7001' })).toMatchObject({
      port: 7001,
      host: '127.0.0.2',
    });
    writeFileSync(file, JSON.stringify({ prot: 7000 }));
    expect(() => loadConfig({ LIUHEN_CONFIG_FILE: file })).toThrow(/prot/);
    writeFileSync(file, '{ not json');
    expect(() => loadConfig({ LIUHEN_CONFIG_FILE: file })).toThrow(/LIUHEN_CONFIG_FILE/);
  });
});
