/**
 * A minimal API client for setting up browser tests through the real HTTP API (cookie session, CSRF header).
 * Only the organisation is seeded this way; the walkthroughs themselves happen in the browser.
 */
export class ApiSession {
  private cookie = '';
  private csrf = '';

  constructor(private readonly baseUrl: string) {}

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json', origin: this.baseUrl } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('liuhen_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (typeof parsed.csrfToken === 'string') this.csrf = parsed.csrfToken;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return parsed as T;
  }

  /**
   * Uploads bytes as one tus 1.0 upload (create, then a single PATCH), as a browser would with this session; returns
   * the record id the server answers with.
   */
  async uploadTus(bytes: Buffer, metadata: Record<string, string>): Promise<string> {
    const encoded = Object.entries(metadata)
      .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
      .join(',');
    const common = { cookie: this.cookie, 'x-csrf-token': this.csrf, 'tus-resumable': '1.0.0' };
    const created = await fetch(`${this.baseUrl}/api/uploads`, {
      method: 'POST',
      headers: { ...common, 'upload-length': String(bytes.length), 'upload-metadata': encoded },
    });
    if (created.status !== 201) throw new Error(`tus create: ${created.status} ${await created.text()}`);
    const patched = await fetch(new URL(created.headers.get('location')!, this.baseUrl), {
      method: 'PATCH',
      headers: { ...common, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      body: bytes,
    });
    const recordId = patched.headers.get('liuhen-av-record-id');
    if (patched.status !== 204 || !recordId) throw new Error(`tus patch: ${patched.status} ${await patched.text()}`);
    return recordId;
  }

  /** Logs in; when the password must be changed first, changes it to `newPassword`. */
  async login(username: string, password: string, newPassword?: string): Promise<void> {
    const session = await this.request<{ user: { mustChangePassword: boolean } }>('POST', '/api/auth/login', {
      username,
      password,
    });
    if (session.user.mustChangePassword && newPassword) {
      await this.request('POST', '/api/auth/password', { currentPassword: password, newPassword });
    }
  }
}

export type SeededPerson = { id: string; username: string; name: string; password: string };

/**
 * An enforcement section with two certified officers, its head, the agency head and a legal-affairs reviewer, all
 * with their own passwords already set (the forced change is tested in admin-journey).
 */
export async function seedCaseOrganisation(url: string, adminPassword: string) {
  const admin = new ApiSession(url);
  await admin.login('admin', adminPassword, 'Chief-Changed-2026');
  const section = await admin.request<{ id: string }>('POST', '/api/units', {
    name: '劳动保障监察一科',
    kind: 'enforcementSection',
  });
  const legal = await admin.request<{ id: string }>('POST', '/api/units', { name: '法制科', kind: 'legalAffairsUnit' });
  let certificate = 0;
  async function person(username: string, name: string, roles: string[], unitId: string, certified: boolean) {
    const created = await admin.request<{ user: { id: string } }>('POST', '/api/users', {
      username,
      displayName: name,
      roles,
      unitId,
      password: 'Initial-Pass-1',
    });
    if (certified) {
      certificate += 1;
      await admin.request('POST', `/api/users/${created.user.id}/certificates`, {
        number: `辽A-2026-${String(certificate).padStart(6, '0')}`,
        issuingBody: '本溪市人民政府',
        validFrom: '2025-01-01',
        validTo: '2028-12-31',
        establishmentStaff: true,
        passedUnifiedExam: true,
      });
    }
    const password = `Own-Password-${username.length}x`;
    await new ApiSession(url).login(username, 'Initial-Pass-1', password);
    return { id: created.user.id, username, name, password } satisfies SeededPerson;
  }
  return {
    zhang: await person('zhangwei', '张伟', ['officer'], section.id, true),
    li: await person('lina', '李娜', ['officer'], section.id, true),
    head: await person('zhaomin', '赵敏', ['unitHead'], section.id, false),
    chief: await person('liuyang', '刘洋', ['agencyHead'], section.id, false),
    lawyer: await person('chenjing', '陈静', ['legalAffairs'], legal.id, false),
  };
}

/**
 * A real-name complaint case opened by `org.zhang` through the API and registered (立案) through the approval chain
 * (handler → section head → agency head), so it is in the investigation stage; then one on-site inspection recorded.
 */
export async function openInvestigationCase(url: string, org: Awaited<ReturnType<typeof seedCaseOrganisation>>) {
  const as = async (person: SeededPerson) => {
    const session = new ApiSession(url);
    await session.login(person.username, person.password);
    return session;
  };
  const officer = await as(org.zhang);
  const created = await officer.request<{ id: string; number: string }>('POST', '/api/cases', {
    act: 'penalty',
    procedure: 'general',
    source: 'complaint',
    realName: true,
    cause: '拖欠劳动者工资',
    parties: [
      {
        kind: 'organisation',
        name: '本溪市某建筑工程有限公司',
        idDocument: { type: 'unifiedSocialCreditCode', number: '91210500MA0XXXXX1K' },
        legalRepresentative: '周某',
        address: '本溪市平山区某路 1 号',
      },
    ],
    handlerIds: [org.zhang.id, org.li.id],
    confidentiality: [],
    intake: {
      receivedAt: '2026-11-23T09:30:00+08:00',
      summary: '投诉人反映该公司拖欠其 2026 年 9 月至 10 月工资共计 12000 元。',
      complainant: {
        name: '韩某',
        phone: '13812345678',
        idDocument: { type: 'residentIdCard', number: '210502199001011234' },
      },
      violationEndedOn: '2026-10-31',
    },
  });
  const proposed = await officer.request<{ id: string }>('POST', `/api/cases/${created.id}/approvals`, {
    type: 'registration',
    opinion: '建议批准',
    reasons: '事实清楚，符合规定',
  });
  await (await as(org.head)).request('POST', `/api/approvals/${proposed.id}/review`, { agree: true, opinion: '同意' });
  await (
    await as(org.chief)
  ).request('POST', `/api/approvals/${proposed.id}/approve`, { agree: true, opinion: '批准' });
  const current = await officer.request<{ version: number }>('GET', `/api/cases/${created.id}`);
  await officer.request('POST', `/api/cases/${created.id}/transitions`, {
    action: 'register',
    expectedVersion: current.version,
    reason: '经批准立案调查',
  });
  const activity = await officer.request<{ id: string }>('POST', `/api/cases/${created.id}/activities`, {
    type: 'siteInspection',
    startedAt: '2026-11-24T09:00:00+08:00',
    endedAt: '2026-11-24T10:30:00+08:00',
    place: '本溪市平山区某工地',
    officers: [
      { userId: org.zhang.id, certificateShown: true },
      { userId: org.li.id, certificateShown: true },
    ],
  });
  return { caseId: created.id, caseNumber: created.number, activityId: activity.id, officer };
}
