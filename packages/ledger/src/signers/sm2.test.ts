import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { concatBytes, encodeHex, encodeUtf8 } from '../bytes';
import { signNote, verifyNote } from '../note';
import { computeKeyId, formatKeyId, formatVerifierKey, parseVerifierKey } from '../note-key';
import { hex } from '../testing/rfc6962';
import { createSm2KeyPair, createSm2Signer, createSm2Verifier, exportSm2PublicKeyPem, SM2_USER_ID } from './sm2';
import { decodeSm2Signature, encodeSm2Signature } from './sm2-der';

// GB/T 32918.5-2017 Annex A (= GM/T 0003.5-2012), as in openssl test/sm2_internal_test.c.
const D = hex('3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8');
const K = '59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21';
const PUBLIC_KEY = hex(
  '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
);
const R = 0xf5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3n;
const S = 0xb1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aan;
const TYPE = concatBytes(Uint8Array.of(0xff), encodeUtf8('liuhen/sm2-sm3/v1'));

describe('SM2 note keys (signature type 0xff "liuhen/sm2-sm3/v1")', () => {
  it('derives the GB/T 32918.5 public key from its private key', () => {
    const pair = createSm2KeyPair('gbt32918', D);
    expect(parseVerifierKey(pair.verifierKey).typedKey).toEqual(concatBytes(TYPE, PUBLIC_KEY));
    expect(parseVerifierKey(pair.verifierKey).keyId).toBe(computeKeyId('gbt32918', concatBytes(TYPE, PUBLIC_KEY)));
  });

  it('verifies the GB/T 32918.5 signature of "message digest" with user ID 1234567812345678', async () => {
    const verifierKey = formatVerifierKey({
      name: 'gbt32918',
      keyId: computeKeyId('gbt32918', concatBytes(TYPE, PUBLIC_KEY)),
      typedKey: concatBytes(TYPE, PUBLIC_KEY),
    });
    const verifier = createSm2Verifier(verifierKey);
    const message = encodeUtf8('message digest');
    expect(await verifier.verify(message, encodeSm2Signature(R, S))).toBe(true);
    expect(await verifier.verify(encodeUtf8('message digesT'), encodeSm2Signature(R, S))).toBe(false);
    expect(await verifier.verify(message, encodeSm2Signature(R, S + 1n))).toBe(false);
    // The same signature is invalid under another user ID, e.g. the empty ID Node's built-in SM2 uses.
    expect(
      sm2.doVerifySignature(message, R.toString(16) + S.toString(16), encodeHex(PUBLIC_KEY), {
        hash: true,
        userId: '',
      }),
    ).toBe(false);
  });

  it('reproduces the GB/T 32918.5 signature given its nonce k (the library path our signer uses)', () => {
    const x1 = BigInt(`0x${sm2.getPublicKeyFromPrivateKey(K).slice(2, 66)}`);
    const rs = sm2.doSignature(encodeUtf8('message digest'), encodeHex(D), {
      hash: true,
      userId: SM2_USER_ID,
      pointPool: [{ k: BigInt(`0x${K}`), x1 }],
    });
    expect(rs).toBe(R.toString(16).padStart(64, '0') + S.toString(16).padStart(64, '0'));
  });

  it('round-trips a note and rejects another key, tampering and non-canonical DER', async () => {
    const pair = createSm2KeyPair('liuhen.example.gov.cn/benxi-hrss/log-sm3');
    const signer = createSm2Signer(pair.signerKey);
    const verifier = createSm2Verifier(pair.verifierKey);
    const text = 'liuhen.example.gov.cn/benxi-hrss/log-sm3\n8\nvEi6enCRhLXypjHh6+uNwqDUwBjB1syJtWZP4VTJOzg=\n';
    const note = await signNote({ text, signers: [signer] });
    expect((await verifyNote({ note, verifiers: [verifier] })).text).toBe(text);
    const signature = (await signer.sign(encodeUtf8(text))) as Uint8Array;
    expect(decodeSm2Signature(signature)).toBeDefined();
    expect(await verifier.verify(encodeUtf8(text.replace('8', '9')), signature)).toBe(false);
    const other = createSm2Signer(createSm2KeyPair('liuhen.example.gov.cn/benxi-hrss/log-sm3').signerKey);
    const spoofed = await signNote({ text, signers: [{ ...other, keyId: verifier.keyId }] });
    await expect(verifyNote({ note: spoofed, verifiers: [verifier] })).rejects.toMatchObject({
      code: 'note.bad_signature',
    });
    const { r, s } = decodeSm2Signature(signature)!;
    const padded = Uint8Array.from([0x30, signature[1]! + 1, 0x02, signature[3]! + 1, 0x00, ...signature.subarray(4)]);
    expect(await verifier.verify(encodeUtf8(text), padded)).toBe(false);
    expect(await verifier.verify(encodeUtf8(text), concatBytes(signature, Uint8Array.of(0)))).toBe(false);
    expect(encodeSm2Signature(r, s)).toEqual(signature);
  });

  it('rejects every one-byte change of an SM2-signed note', async () => {
    const pair = createSm2KeyPair('log.example/sm2', D);
    const verifiers = [createSm2Verifier(pair.verifierKey)];
    const note = encodeUtf8(
      await signNote({ text: 'log.example/sm2\n1\nAAAA\n', signers: [createSm2Signer(pair.signerKey)] }),
    );
    for (let i = 0; i < note.length; i++) {
      const mutated = Uint8Array.from(note);
      mutated[i]! ^= 0x01;
      await expect(verifyNote({ note: mutated, verifiers })).rejects.toMatchObject({ name: 'LedgerError' });
    }
  });

  it('rejects bad key material with coded errors', () => {
    expect(() => createSm2KeyPair('k', new Uint8Array(32))).toThrow(expect.objectContaining({ code: 'key.malformed' }));
    expect(() => createSm2KeyPair('k', new Uint8Array(31).fill(1))).toThrow(
      expect.objectContaining({ code: 'key.malformed' }),
    );
    const offCurve = concatBytes(TYPE, Uint8Array.of(4), new Uint8Array(64).fill(1));
    const vkey = formatVerifierKey({ name: 'k', keyId: computeKeyId('k', offCurve), typedKey: offCurve });
    expect(() => createSm2Verifier(vkey)).toThrow(expect.objectContaining({ code: 'key.malformed' }));
    const { keyId } = parseVerifierKey(createSm2KeyPair('k', D).verifierKey);
    const ed = `k+${formatKeyId(keyId)}+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW`;
    expect(() => createSm2Verifier(ed)).toThrow(expect.objectContaining({ code: 'key.unsupported_type' }));
  });

  it('produces DER signatures openssl verifies with distid 1234567812345678', async () => {
    const pair = createSm2KeyPair('log.example/openssl-sm2');
    const text = encodeUtf8('log.example/openssl-sm2\n1\nAAAA\n');
    const signature = (await createSm2Signer(pair.signerKey).sign(text)) as Uint8Array;
    const dir = mkdtempSync(join(tmpdir(), 'liuhen-sm2-'));
    try {
      writeFileSync(join(dir, 'pub.pem'), exportSm2PublicKeyPem(pair.verifierKey));
      writeFileSync(join(dir, 'text'), text);
      writeFileSync(join(dir, 'sig.der'), signature);
      const args = ['dgst', '-sm3', '-verify', 'pub.pem', '-signature', 'sig.der'];
      const withId = [...args, '-sigopt', `distid:${SM2_USER_ID}`, 'text'];
      expect(execFileSync('openssl', withId, { cwd: dir, encoding: 'utf8' })).toContain('Verified OK');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
