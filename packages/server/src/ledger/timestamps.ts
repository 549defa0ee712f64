import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { domainError } from '@liuhen/domain';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

// pkijs needs a WebCrypto engine; Node's own is the one to use.
pkijs.setEngine(
  'node',
  new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as pkijs.CryptoEngineParameters['crypto'] }),
);

const sha256Oid = '2.16.840.1.101.3.4.2.1';

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * An RFC 3161 TimeStampReq for `data`: its SHA-256 imprint, a random nonce, and a request for the TSA's
 * certificate. SHA-256 rather than SM3, because common token verifiers (pkijs, many TSAs) refuse SM3 imprints.
 */
export function createTimestampRequest(data: Uint8Array): Uint8Array {
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: sha256Oid }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(createHash('sha256').update(data).digest()) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(randomBytes(8)) }),
    certReq: true,
  });
  return new Uint8Array(request.toSchema().toBER());
}

export type TimestampFacts = {
  granted: boolean;
  genTime: string | null;
  imprint: string | null;
  serial: string | null;
};

/** Reads a TimeStampResp: whether it was granted, when, and over which SHA-256 imprint. */
export function readTimestamp(der: Uint8Array): TimestampFacts {
  const response = pkijs.TimeStampResp.fromBER(toArrayBuffer(der));
  const granted = response.status.status === 0 || response.status.status === 1;
  if (!granted || !response.timeStampToken) return { granted: false, genTime: null, imprint: null, serial: null };
  const signed = new pkijs.SignedData({ schema: response.timeStampToken.content });
  const content = signed.encapContentInfo.eContent;
  if (!content) return { granted: false, genTime: null, imprint: null, serial: null };
  const info = pkijs.TSTInfo.fromBER(content.getValue());
  return {
    granted,
    genTime: info.genTime.toISOString(),
    imprint: Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView).toString('hex'),
    serial: Buffer.from(info.serialNumber.valueBlock.valueHexView).toString('hex'),
  };
}

/** Asks the TSA at `url` to timestamp `data` (RFC 3161 over HTTP); returns the granted TimeStampResp DER. */
export async function requestTimestamp(url: string, data: Uint8Array): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: createTimestampRequest(data),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw domainError('ledger.timestamp_failed', { reason: String(error) });
  }
  if (!response.ok) throw domainError('ledger.timestamp_failed', { reason: `HTTP ${response.status}` });
  const der = new Uint8Array(await response.arrayBuffer());
  let facts: TimestampFacts;
  try {
    facts = readTimestamp(der);
  } catch (error) {
    throw domainError('ledger.timestamp_failed', { reason: `not a TimeStampResp: ${String(error)}` });
  }
  if (!facts.granted) throw domainError('ledger.timestamp_failed', { reason: 'the TSA did not grant the request' });
  if (facts.imprint !== createHash('sha256').update(data).digest('hex')) {
    throw domainError('ledger.timestamp_failed', { reason: 'the token covers other data' });
  }
  return der;
}

/**
 * Checks a stored token against the data it should cover: granted, and its imprint is the data's SHA-256. With the
 * TSA's trusted root certificates (PEM), also the token's CMS signature and certificate chain.
 */
export async function checkTimestamp(
  der: Uint8Array,
  data: Uint8Array,
  trustedRootsPem: readonly string[] = [],
): Promise<{ ok: true; genTime: string } | { ok: false; reason: string }> {
  let facts: TimestampFacts;
  try {
    facts = readTimestamp(der);
  } catch (error) {
    return { ok: false, reason: `not a TimeStampResp: ${String(error)}` };
  }
  if (!facts.granted || !facts.genTime) return { ok: false, reason: 'not a granted timestamp' };
  const expected = createHash('sha256').update(data).digest('hex');
  if (facts.imprint !== expected) return { ok: false, reason: `covers ${facts.imprint}, not ${expected}` };
  if (trustedRootsPem.length > 0) {
    const trustedCerts = trustedRootsPem.map((pem) => pkijs.Certificate.fromBER(toArrayBuffer(pemToDer(pem))));
    const response = pkijs.TimeStampResp.fromBER(toArrayBuffer(der));
    // checkChain: without it pkijs checks the CMS signature but accepts any embedded chain.
    const signed = new pkijs.SignedData({ schema: response.timeStampToken!.content });
    const verified = await signed
      .verify({ signer: 0, data: toArrayBuffer(data), trustedCerts, checkChain: true })
      .catch((error: unknown) => ({ error: String(error) }));
    if (verified !== true)
      return { ok: false, reason: `signature or chain does not verify (${JSON.stringify(verified)})` };
  }
  return { ok: true, genTime: facts.genTime };
}

function pemToDer(pem: string): Uint8Array {
  return Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
}
