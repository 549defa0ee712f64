import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { tusUpload } from '../modules/av/tus-upload.test-support';
import type { TestClient } from './http-client';
import type { TestApp } from './test-app';

/** The test app's HTTP address, listening on a free port the first time it is asked (tus needs real HTTP). */
export async function listeningUrl(t: TestApp): Promise<string> {
  if (!t.app.server.listening) return t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/**
 * Uploads a small file over tus as `client` (a browser session) with the given Upload-Metadata, and returns the new
 * A/V record's id. The bytes are random unless given, so each call is a new file.
 */
export async function uploadAv(
  t: TestApp,
  client: TestClient,
  metadata: Record<string, string>,
  bytes: Buffer = randomBytes(32 * 1024),
): Promise<string> {
  const url = await listeningUrl(t);
  const result = await tusUpload(url, bytes, {
    headers: { cookie: `liuhen_session=${client.cookie}`, 'x-csrf-token': client.csrfToken ?? '' },
    metadata: { filename: 'clip.mp4', filetype: 'video/mp4', ...metadata },
  });
  if (!result.recordId) throw new Error(`upload failed (${result.status}): ${result.error}`);
  return result.recordId;
}
