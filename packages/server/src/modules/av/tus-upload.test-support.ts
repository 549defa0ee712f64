import * as tus from 'tus-js-client';

/** Sends a file over real HTTP with tus-js-client, as a browser or a camera dock does (test support). */
export function tusUpload(
  url: string,
  bytes: Buffer,
  options: { headers: Record<string, string>; metadata: Record<string, string>; chunkSize?: number },
): Promise<{ recordId: string | null; hash: string | null; error: string | null; status: number | null }> {
  return new Promise((resolve) => {
    const upload = new tus.Upload(bytes, {
      endpoint: `${url}/api/uploads`,
      headers: options.headers,
      metadata: options.metadata,
      chunkSize: options.chunkSize ?? 256 * 1024,
      retryDelays: [],
      onSuccess(payload) {
        const response = payload.lastResponse;
        resolve({
          recordId: response.getHeader('Liuhen-Av-Record-Id') ?? null,
          hash: response.getHeader('Liuhen-Content-Hash') ?? null,
          error: null,
          status: response.getStatus(),
        });
      },
      onError(error) {
        const detailed = error as tus.DetailedError;
        resolve({
          recordId: null,
          hash: null,
          error: detailed.originalResponse?.getBody() ?? String(error),
          status: detailed.originalResponse?.getStatus() ?? null,
        });
      },
    });
    upload.start();
  });
}
