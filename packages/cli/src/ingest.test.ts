import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../server/src/test/databases';
import { withLiuhen } from './context';
import type { TransferredFile } from './ingest/files';
import { useCliEnvironment } from './testing/environment';
import { runCommand as run } from './testing/in-process';
import { type Running, serve, stop } from './testing/processes';

const bin = fileURLToPath(new URL('../bin/liuhen.mjs', import.meta.url));
const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describeEachDatabase('liuhen station and liuhen ingest, against a running server', (dialect) => {
  const environment = useCliEnvironment(dialect);
  const running: Running[] = [];
  let footage = '';
  beforeEach(() => {
    footage = mkdtempSync(path.join(tmpdir(), 'liuhen-dock-'));
  });
  afterEach(async () => {
    for (const r of running.splice(0)) await stop(r);
    rmSync(footage, { recursive: true, force: true });
  });

  async function start(extra: NodeJS.ProcessEnv = {}) {
    const server = await serve({ ...environment.env, ...extra });
    running.push(server);
    return server;
  }

  async function registerStation(name = '一号采集站'): Promise<string> {
    expect((await run('unit', 'add', '监察一科', '--kind', 'enforcementSection')).code).toBe(0);
    const added = await run('station', 'add', name, '--unit', '监察一科');
    expect(added.code).toBe(0);
    expect(added.out).toContain('只显示这一次');
    expect(added.out).toContain('shown only once');
    return /Upload token: (lhs_\S+)/.exec(added.out)![1]!;
  }

  async function countRecords(hash: string): Promise<number> {
    return withLiuhen(async (liuhen) => {
      const rows = await liuhen.database.db.selectFrom('av_records').select('id').where('hash', '=', hash).execute();
      return rows.length;
    });
  }

  it('registers, lists and revokes stations; refuses an unknown unit and a name taken', async () => {
    await run('init');
    await registerStation();
    const unknown = await run('station', 'add', '二号采集站', '--unit', '无此科');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('错误 [unit.not_found]');
    const taken = await run('station', 'add', '一号采集站', '--unit', '监察一科');
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('错误 [station.name_taken]：采集站名称已存在：一号采集站');
    expect(taken.out).not.toContain('Upload token');
    let list = JSON.parse((await run('station', 'list', '--json')).out) as { name: string; revokedAt: string | null }[];
    expect(list).toMatchObject([{ name: '一号采集站', unitName: '监察一科', revokedAt: null }]);
    expect((await run('station', 'revoke', '一号采集站')).out).toContain('已吊销');
    list = JSON.parse((await run('station', 'list', '--json')).out);
    expect(list[0]!.revokedAt).not.toBeNull();
    expect((await run('station', 'list')).out).toContain('已吊销 revoked');
    expect((await run('station', 'revoke', '无此站')).err).toContain('station.not_found');
  });

  it('uploads every file once, with metadata from body-cam names, records the server hashes, and skips them next time', async () => {
    const server = await start({ LIUHEN_ADMIN_PASSWORD: 'Bootstrap-Pass-1' });
    const token = await registerStation();
    const big = randomBytes(3 * 1024 * 1024 + 17);
    const small = randomBytes(4096);
    const note = Buffer.from('现场照片说明\n');
    writeFileSync(path.join(footage, 'DSJ-A8_0123456_20261123093015_0001.MP4'), big);
    mkdirSync(path.join(footage, '2026-11-23'));
    writeFileSync(path.join(footage, '2026-11-23', 'DSJ-A8_0123456_20261123101500_0002.wav'), small);
    writeFileSync(path.join(footage, 'notes.txt'), note);

    const args = ['ingest', '--server', server.url, '--token', token, '--chunk-size', '1', footage];
    const first = await run(...args);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('完成：已上传 3 个，已传输而跳过 0 个，失败 0 个');
    expect(first.out).toContain('Done: 3 uploaded, 0 skipped (already transferred), 0 failed');
    expect(first.out).toMatch(/\[100%\] DSJ-A8_0123456_20261123093015_0001\.MP4/);

    const state = JSON.parse(readFileSync(path.join(footage, '.liuhen-ingest.json'), 'utf8')) as {
      files: Record<string, TransferredFile>;
    };
    expect(Object.keys(state.files).sort()).toEqual([
      '2026-11-23/DSJ-A8_0123456_20261123101500_0002.wav',
      'DSJ-A8_0123456_20261123093015_0001.MP4',
      'notes.txt',
    ]);
    expect(state.files['DSJ-A8_0123456_20261123093015_0001.MP4']).toMatchObject({
      size: big.length,
      hash: sha256(big),
    });
    expect(state.files['2026-11-23/DSJ-A8_0123456_20261123101500_0002.wav']!.hash).toBe(sha256(small));
    expect(state.files['notes.txt']!.hash).toBe(sha256(note));
    for (const file of Object.values(state.files)) expect(file.recordId).toMatch(/\S/);

    const second = await run(...args);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Done: 0 uploaded, 3 skipped (already transferred), 0 failed');

    await stop(server);
    running.pop();
    const records = await withLiuhen((liuhen) =>
      liuhen.database.db
        .selectFrom('av_records')
        .select(['file_name', 'media_type', 'device_number', 'officer_number', 'captured_from', 'hash', 'station_id'])
        .orderBy('file_name')
        .execute(),
    );
    expect(records).toHaveLength(3);
    const video = records.find((r) => r.hash === sha256(big))!;
    expect(video).toMatchObject({
      file_name: 'DSJ-A8_0123456_20261123093015_0001.MP4',
      media_type: 'video/mp4',
      device_number: 'DSJ-A8',
      officer_number: '0123456',
      captured_from: '2026-11-23T01:30:15.000Z',
    });
    expect(video.station_id).toMatch(/\S/);
    expect(records.find((r) => r.hash === sha256(small))).toMatchObject({ media_type: 'audio/wav' });
    expect(records.find((r) => r.hash === sha256(note))).toMatchObject({
      media_type: 'application/octet-stream',
      device_number: null,
    });
  });

  it('AVS-05: learns device and officer from sidecar, folder layout and file name in that order; a sidecar is never uploaded', async () => {
    const server = await start({ LIUHEN_ADMIN_PASSWORD: 'Bootstrap-Pass-1' });
    const token = await registerStation();
    const folder = path.join(footage, 'DSJ-A8-0001', '0123456');
    mkdirSync(folder, { recursive: true });
    const named = randomBytes(2048);
    const described = randomBytes(2048);
    const misdescribed = randomBytes(2048);
    // The name says device DSJ-A8 and officer 0999999; the folders say DSJ-A8-0001 and 0123456.
    writeFileSync(path.join(folder, 'DSJ-A8_0999999_20261123093015_0001.MP4'), named);
    writeFileSync(path.join(folder, 'clip2.MP4'), described);
    writeFileSync(
      path.join(folder, 'clip2.MP4.json'),
      JSON.stringify({
        officerNumber: '0777777',
        deviceType: 'bodyCam',
        capturedFrom: '2026-11-23T10:00:00+08:00',
        capturedTo: '2026-11-23T10:05:00+08:00',
        place: '某区某路 12 号',
      }),
    );
    writeFileSync(path.join(folder, 'clip3.MP4'), misdescribed);
    writeFileSync(path.join(folder, 'clip3.json'), JSON.stringify({ deviceNumber: 'SIDE-01', deviceType: 'drone' }));

    const res = await run(
      'ingest',
      '--server',
      server.url,
      '--token',
      token,
      '--layout',
      '{device}/{officer}/*',
      footage,
    );
    expect(res.code).toBe(0);
    expect(res.out).toContain('Done: 3 uploaded, 0 skipped (already transferred), 0 failed');
    expect(res.err).toContain('旁路文件有误');
    expect(res.err).toContain('invalid sidecar, its invalid fields ignored: DSJ-A8-0001/0123456/clip3.json');
    expect(res.err).toContain('deviceType 须为以下之一');
    expect(res.err).toContain('deviceType must be one of');
    expect(res.out).toContain('deviceNumber=DSJ-A8-0001（目录 layout）, officerNumber=0777777（旁路文件 sidecar）');
    expect(res.out).not.toContain('上传暂不携带');

    const state = JSON.parse(readFileSync(path.join(footage, '.liuhen-ingest.json'), 'utf8')) as {
      files: Record<string, TransferredFile>;
    };
    expect(Object.keys(state.files).sort()).toEqual([
      'DSJ-A8-0001/0123456/DSJ-A8_0999999_20261123093015_0001.MP4',
      'DSJ-A8-0001/0123456/clip2.MP4',
      'DSJ-A8-0001/0123456/clip3.MP4',
    ]);
    expect(state.files['DSJ-A8-0001/0123456/DSJ-A8_0999999_20261123093015_0001.MP4']!.metadataSources).toEqual({
      deviceNumber: 'layout',
      officerNumber: 'layout',
      capturedFrom: 'fileName',
    });
    expect(state.files['DSJ-A8-0001/0123456/clip2.MP4']).toMatchObject({
      sidecar: 'DSJ-A8-0001/0123456/clip2.MP4.json',
      metadataSources: { deviceNumber: 'layout', officerNumber: 'sidecar', capturedTo: 'sidecar', place: 'sidecar' },
    });

    await stop(server);
    running.pop();
    const records = await withLiuhen((liuhen) =>
      liuhen.database.db
        .selectFrom('av_records')
        .select(['hash', 'device_type', 'device_number', 'officer_number', 'captured_from', 'captured_to', 'place'])
        .execute(),
    );
    expect(records).toHaveLength(3);
    expect(records.find((r) => r.hash === sha256(named))).toMatchObject({
      device_number: 'DSJ-A8-0001',
      officer_number: '0123456',
      captured_from: '2026-11-23T01:30:15.000Z',
    });
    expect(records.find((r) => r.hash === sha256(described))).toMatchObject({
      device_type: 'bodyCam',
      device_number: 'DSJ-A8-0001',
      officer_number: '0777777',
      captured_from: '2026-11-23T02:00:00.000Z',
      captured_to: '2026-11-23T02:05:00.000Z',
      place: '某区某路 12 号',
    });
    expect(records.find((r) => r.hash === sha256(misdescribed))).toMatchObject({
      device_type: null,
      device_number: 'SIDE-01',
      officer_number: '0123456',
    });
  });

  it('refuses a malformed --layout before uploading anything', async () => {
    const res = await run('ingest', '--server', 'http://127.0.0.1:9', '--token', 'lhs_x', '--layout', '*/*', footage);
    expect(res.code).toBe(1);
    expect(res.err).toContain('av_dock_layout.malformed');
    expect(res.err).toContain('采集站目录结构有误');
  });

  it('resumes an upload after the server is killed and restarted, and the server keeps the file once', async () => {
    const server = await start({ LIUHEN_ADMIN_PASSWORD: 'Bootstrap-Pass-1' });
    const port = new URL(server.url).port;
    const token = await registerStation();
    const big = randomBytes(24 * 1024 * 1024);
    writeFileSync(path.join(footage, 'DSJ-A8_0123456_20261123093015_0001.MP4'), big);

    const child = spawn(
      process.execPath,
      [bin, 'ingest', '--server', server.url, '--token', token, '--chunk-size', '1', '--limit-rate', '6', footage],
      { env: { ...process.env, ...environment.env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const progressed = new Promise<void>((resolve) => {
      const check = (chunk: Buffer) => {
        output += chunk;
        if (/\[ *[2-9]\d%\]/.test(output)) resolve();
      };
      child.stdout.on('data', check);
      child.stderr.on('data', check);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await progressed;
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.on('exit', resolve));
    running.pop();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await start({ LIUHEN_PORT: port });
    const code = await exited;
    expect(output).toContain('Done: 1 uploaded, 0 skipped (already transferred), 0 failed');
    expect(code).toBe(0);
    expect(output).toMatch(/续传 Resuming at [1-9]/);
    const state = JSON.parse(readFileSync(path.join(footage, '.liuhen-ingest.json'), 'utf8')) as {
      files: Record<string, TransferredFile>;
    };
    expect(state.files['DSJ-A8_0123456_20261123093015_0001.MP4']!.hash).toBe(sha256(big));
    expect(await countRecords(sha256(big))).toBe(1);
  }, 90_000);

  it('fails with the zh message of station.token_invalid once the station is revoked', async () => {
    const server = await start({ LIUHEN_ADMIN_PASSWORD: 'Bootstrap-Pass-1' });
    const token = await registerStation();
    writeFileSync(path.join(footage, 'a.mp4'), randomBytes(1024));
    writeFileSync(path.join(footage, 'b.mp4'), randomBytes(1024));
    expect((await run('station', 'revoke', '一号采集站')).code).toBe(0);
    const res = await run('ingest', '--server', server.url, '--token', token, footage);
    expect(res.code).toBe(1);
    expect(res.err).toContain('错误 [station.token_invalid]：采集站令牌无效或已吊销');
    expect(res.out).toContain('失败 1 个');
    const wrong = await run('ingest', '--server', server.url, '--token', 'lhs_nonsense', footage);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('station.token_invalid');
  });
});

it('prints ingest help in Chinese and English', async () => {
  const help = await run('ingest', '--help');
  expect(help.out).toContain('--chunk-size <MiB>');
  expect(help.out).toContain('断点续传');
  expect(help.out).toContain('resumably');
});
