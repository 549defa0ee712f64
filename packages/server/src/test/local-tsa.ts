import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function config(dir: string): string {
  return `[req]
distinguished_name = dn
[dn]
[v3_ca]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[v3_tsa]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[tsa]
default_tsa = tsa_config1
[tsa_config1]
dir = ${dir}
serial = ${dir}/tsaserial
crypto_device = builtin
signer_cert = ${dir}/tsa.crt
certs = ${dir}/ca.crt
signer_key = ${dir}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256,sha384,sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;
}

/**
 * A real RFC 3161 time-stamping authority on 127.0.0.1 for tests: OpenSSL's `ts -reply` behind a tiny HTTP server,
 * with its own root CA and a TSA certificate carrying the critical timeStamping extended key usage.
 */
export async function startLocalTsa(): Promise<{ url: string; dir: string; caPem: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-tsa-'));
  const cnf = path.join(dir, 'tsa.cnf');
  writeFileSync(cnf, config(dir));
  writeFileSync(path.join(dir, 'tsaserial'), '01\n');
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    '-new',
    ...ec,
    '-keyout',
    `${dir}/ca.key`,
    '-out',
    `${dir}/ca.crt`,
    '-days',
    '3650',
    '-subj',
    '/CN=Liuhen Test Root CA',
    '-config',
    cnf,
    '-extensions',
    'v3_ca',
  ]);
  await run('openssl', [
    'req',
    '-new',
    ...ec,
    '-keyout',
    `${dir}/tsa.key`,
    '-out',
    `${dir}/tsa.csr`,
    '-subj',
    '/CN=Liuhen Test TSA',
    '-config',
    cnf,
  ]);
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    `${dir}/tsa.csr`,
    '-CA',
    `${dir}/ca.crt`,
    '-CAkey',
    `${dir}/ca.key`,
    '-CAcreateserial',
    '-out',
    `${dir}/tsa.crt`,
    '-days',
    '3650',
    '-extfile',
    cnf,
    '-extensions',
    'v3_tsa',
  ]);
  let count = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const n = ++count;
      const query = path.join(dir, `q${n}.tsq`);
      const reply = path.join(dir, `r${n}.tsr`);
      writeFileSync(query, Buffer.concat(chunks));
      try {
        await run('openssl', ['ts', '-reply', '-config', cnf, '-queryfile', query, '-out', reply]);
        response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(reply));
      } catch (error) {
        response.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    caPem: readFileSync(path.join(dir, 'ca.crt'), 'utf8'),
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
