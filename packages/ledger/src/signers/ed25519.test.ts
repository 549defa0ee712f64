import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeHex, encodeUtf8 } from '../bytes';
import { signNote, verifyNote } from '../note';
import { parseSignerKey, parseVerifierKey } from '../note-key';
import { hex } from '../testing/rfc6962';
import { createEd25519KeyPair, createEd25519Signer, createEd25519Verifier, exportEd25519PublicKeyPem } from './ed25519';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? 'uncoded';
  }
};

describe('Ed25519 note keys (signature type 0x01)', () => {
  it('reproduces the sumdb/note PeterNeumann key from its seed', () => {
    const seed = parseSignerKey('PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz');
    const pair = createEd25519KeyPair('PeterNeumann', seed.typedKey.subarray(1));
    expect(pair.verifierKey).toBe('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW');
    expect(pair.signerKey).toBe('PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz');
  });

  it('signs RFC 8032 §7.1 test 1 exactly', () => {
    const seed = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
    const pair = createEd25519KeyPair('rfc8032', seed);
    expect(encodeHex(parseVerifierKey(pair.verifierKey).typedKey)).toBe(
      '01d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    );
    expect(encodeHex(createEd25519Signer(pair.signerKey).sign(new Uint8Array()) as Uint8Array)).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
  });

  it('round-trips a fresh key pair and rejects a signature by another key', async () => {
    const pair = createEd25519KeyPair('liuhen.example.gov.cn/benxi-hrss/log');
    const other = createEd25519KeyPair('liuhen.example.gov.cn/benxi-hrss/log');
    expect(pair.verifierKey).not.toBe(other.verifierKey);
    const text = '留痕 checkpoint\n';
    const note = await signNote({ text, signers: [createEd25519Signer(pair.signerKey)] });
    const verifier = createEd25519Verifier(pair.verifierKey);
    expect((await verifyNote({ note, verifiers: [verifier] })).text).toBe(text);
    // Same name, other key: its ID differs, so the line is not from a known key.
    const forged = await signNote({ text, signers: [createEd25519Signer(other.signerKey)] });
    await expect(verifyNote({ note: forged, verifiers: [verifier] })).rejects.toMatchObject({
      code: 'note.key_id_mismatch',
    });
    // Another key's signature under our key ID.
    const impostor = { ...createEd25519Signer(other.signerKey), keyId: verifier.keyId };
    const spoofed = await signNote({ text, signers: [impostor] });
    await expect(verifyNote({ note: spoofed, verifiers: [verifier] })).rejects.toMatchObject({
      code: 'note.bad_signature',
    });
  });

  it('rejects every one-byte change of a signed note', async () => {
    const pair = createEd25519KeyPair('log.example/one-byte', new Uint8Array(32).fill(7));
    const note = encodeUtf8(
      await signNote({ text: 'log.example/one-byte\n3\nAAAA\n', signers: [createEd25519Signer(pair.signerKey)] }),
    );
    const verifiers = [createEd25519Verifier(pair.verifierKey)];
    for (let i = 0; i < note.length; i++) {
      const mutated = Uint8Array.from(note);
      mutated[i]! ^= 0x01;
      await expect(verifyNote({ note: mutated, verifiers })).rejects.toMatchObject({ name: 'LedgerError' });
    }
  });

  it('rejects malformed or mismatched key strings with coded errors', () => {
    const pair = createEd25519KeyPair('k', new Uint8Array(32).fill(1));
    const [name, id] = pair.verifierKey.split('+', 2) as [string, string];
    const data = pair.verifierKey.slice(name.length + id.length + 2);
    expect(codeOf(() => createEd25519Verifier(`${name}+${id.replace(/^./, id[0] === '0' ? '1' : '0')}+${data}`))).toBe(
      'key.id_mismatch',
    );
    expect(codeOf(() => createEd25519Verifier(`${name}+${id}`))).toBe('key.malformed');
    expect(codeOf(() => createEd25519Verifier(`${name}+${id.toUpperCase()}+${data}`))).toBe('key.malformed');
    expect(codeOf(() => createEd25519Verifier(`${name}+${id}+${data.slice(0, -4)}`))).toBe('key.malformed');
    expect(codeOf(() => createEd25519Verifier(`${name}+${id}+Ag${data.slice(2)}`))).toBe('key.unsupported_type');
    expect(codeOf(() => createEd25519Signer(pair.verifierKey))).toBe('key.malformed');
    expect(codeOf(() => createEd25519Signer(pair.signerKey.replace('+k+', '+j+')))).toBe('key.id_mismatch');
    expect(codeOf(() => createEd25519KeyPair('bad name'))).toBe('key.malformed');
    expect(codeOf(() => createEd25519KeyPair('k', new Uint8Array(31)))).toBe('key.malformed');
  });

  it('produces signatures openssl verifies with the exported PEM key', () => {
    const pair = createEd25519KeyPair('log.example/openssl');
    const text = encodeUtf8('log.example/openssl\n1\nAAAA\n');
    const dir = mkdtempSync(join(tmpdir(), 'liuhen-ed25519-'));
    try {
      writeFileSync(join(dir, 'pub.pem'), exportEd25519PublicKeyPem(pair.verifierKey));
      writeFileSync(join(dir, 'text'), text);
      writeFileSync(join(dir, 'sig'), createEd25519Signer(pair.signerKey).sign(text) as Uint8Array);
      const args = ['pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-rawin', '-in', 'text', '-sigfile', 'sig'];
      expect(execFileSync('openssl', args, { cwd: dir, encoding: 'utf8' })).toContain(
        'Signature Verified Successfully',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(parseVerifierKey(pair.verifierKey).typedKey[0]).toBe(0x01);
  });
});
