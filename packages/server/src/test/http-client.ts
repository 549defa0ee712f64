import type { FastifyInstance } from 'fastify';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies freely and assert their shape with expect().
export type TestResponse = { status: number; body: any; headers: Record<string, unknown> };

/** A browser-like client over `app.inject`: keeps the session cookie and sends the CSRF token on unsafe methods. */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: `liuhen_session=${this.cookie}` } : {}),
        ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    this.keepCookie(response.headers['set-cookie']);
    const text = response.body;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (HTML pages, docs): keep the text
    }
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) this.csrfToken = String(parsed.csrfToken);
    return { status: response.statusCode, body: parsed, headers: response.headers };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  put(url: string, body: unknown) {
    return this.request('PUT', url, body);
  }
  /** Sends raw bytes (a file upload) with the given content type. */
  async upload(url: string, bytes: Buffer, contentType: string, headers: Record<string, string> = {}) {
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: {
        ...(this.cookie ? { cookie: `liuhen_session=${this.cookie}` } : {}),
        ...(this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        'content-type': contentType,
        ...headers,
      },
      payload: bytes,
    });
    let parsed: unknown = response.body;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      // binary
    }
    return { status: response.statusCode, body: parsed as TestResponse['body'], headers: response.headers };
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  async login(username: string, password: string): Promise<TestResponse> {
    return this.post('/api/auth/login', { username, password });
  }

  private keepCookie(header: string | string[] | number | undefined): void {
    const values = Array.isArray(header) ? header : typeof header === 'string' ? [header] : [];
    for (const value of values) {
      const match = /^liuhen_session=([^;]*)/.exec(value);
      if (!match) continue;
      const cleared = match[1] === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(value);
      this.cookie = cleared ? null : match[1]!;
    }
  }
}
