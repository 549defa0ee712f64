import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalTsa } from '../test/local-tsa';
import { checkTimestamp, readTimestamp, requestTimestamp } from './timestamps';

const run = promisify(execFile);

describe('RFC 3161 timestamps from a real (OpenSSL) time-stamping authority', () => {
  let tsa: Awaited<ReturnType<typeof startLocalTsa>>;
  beforeAll(async () => {
    tsa = await startLocalTsa();
  });
  afterAll(async () => {
    await tsa.stop();
  });

  const note = new TextEncoder().encode(
    'liuhen/test\n3\ngye8ODXeTCbtdeoWr6oGCj017d7n59moCif6AdWexDA=\n\n— liuhen/test abc=\n',
  );

  it('obtains a granted token over the SHA-256 of the checkpoint, which openssl ts -verify accepts', async () => {
    const token = await requestTimestamp(tsa.url, note);
    const facts = readTimestamp(token);
    expect(facts.granted).toBe(true);
    expect(Math.abs(new Date(facts.genTime!).getTime() - Date.now())).toBeLessThan(60_000);
    const [data, tsr] = [path.join(tsa.dir, 'note.txt'), path.join(tsa.dir, 'token.tsr')];
    writeFileSync(data, note);
    writeFileSync(tsr, token);
    const verified = await run('openssl', [
      'ts',
      '-verify',
      '-data',
      data,
      '-in',
      tsr,
      '-CAfile',
      `${tsa.dir}/ca.crt`,
      '-untrusted',
      `${tsa.dir}/tsa.crt`,
    ]);
    expect(verified.stdout).toContain('Verification: OK');
  });

  it('checks a stored token: right data and trusted root pass; other data or another root fail', async () => {
    const token = await requestTimestamp(tsa.url, note);
    expect(await checkTimestamp(token, note, [tsa.caPem])).toMatchObject({ ok: true });
    expect(await checkTimestamp(token, note)).toMatchObject({ ok: true });
    const other = new TextEncoder().encode('liuhen/test\n4\n');
    expect(await checkTimestamp(token, other, [tsa.caPem])).toMatchObject({ ok: false });
    const stranger = await startLocalTsa();
    try {
      expect(await checkTimestamp(token, note, [stranger.caPem])).toMatchObject({ ok: false });
    } finally {
      await stranger.stop();
    }
    expect(await checkTimestamp(new Uint8Array([1, 2, 3]), note)).toMatchObject({ ok: false });
  });

  it('fails with a coded error when the TSA does not answer', async () => {
    await expect(requestTimestamp('http://127.0.0.1:9/', note)).rejects.toMatchObject({
      code: 'ledger.timestamp_failed',
    });
  });
});
