import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../server/src/test/databases';
import { startLocalTsa } from '../../server/src/test/local-tsa';
import { useCliEnvironment } from './testing/environment';
import { runCommand as run } from './testing/in-process';

const exec = promisify(execFile);

describeEachDatabase('liuhen ledger timestamp: a checkpoint an outsider can date with openssl', (dialect) => {
  let tsa: Awaited<ReturnType<typeof startLocalTsa>>;
  beforeAll(async () => {
    tsa = await startLocalTsa();
    process.env.LIUHEN_TSA_URL = tsa.url;
  });
  afterAll(async () => {
    delete process.env.LIUHEN_TSA_URL;
    await tsa.stop();
  });
  const environment = useCliEnvironment(dialect);

  it('signs, timestamps and exports the token; openssl ts -verify accepts it for the note and refuses a changed note', async () => {
    await run('init');
    await run('unit', 'add', '监察支队', '--kind', 'enforcementSection');
    const note = (await run('ledger', 'checkpoint', '--sign')).out;
    const noteFile = path.join(environment.dir, 'checkpoint.txt');
    const tsr = path.join(environment.dir, 'checkpoint.tsr');
    writeFileSync(noteFile, note);
    const exported = await run('ledger', 'timestamp', '--size', '2', '--out', tsr);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('Wrote the timestamp of checkpoint 2');
    const args = ['ts', '-verify', '-in', tsr, '-CAfile', `${tsa.dir}/ca.crt`, '-untrusted', `${tsa.dir}/tsa.crt`];
    expect((await exec('openssl', [...args, '-data', noteFile])).stdout).toContain('Verification: OK');
    writeFileSync(noteFile, note.replace('\n2\n', '\n3\n'));
    await expect(exec('openssl', [...args, '-data', noteFile])).rejects.toThrow(/FAILED|imprint/);
  });
});
