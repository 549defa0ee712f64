import type { CreateDocumentBody, DocumentBody, ReviseDocumentBody } from '@liuhen/contracts';
import { errorFromResponse, toApiError } from '../../api/api-error';
import { api } from '../../api/client';

export type DocumentVersionSummary = DocumentBody['versions'][number];
export type Scan = DocumentBody['scans'][number];
export type Signature = DocumentBody['signatures'][number];
export type DocumentVersionBody = {
  documentId: string;
  version: number;
  status: 'draft' | 'final';
  data: Record<string, unknown>;
  signatures: Signature[];
  reason: string | null;
  contentHash: string;
  createdAt: string;
  createdBy: { id: string; name: string };
};

const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}`;

export const createDocument = (caseId: string, body: CreateDocumentBody) =>
  api.post<DocumentBody>(`/cases/${encodeURIComponent(caseId)}/documents`, body);
export const getDocument = (id: string) => api.get<DocumentBody>(documentPath(id));
export const reviseDocument = (id: string, body: ReviseDocumentBody) => api.put<DocumentBody>(documentPath(id), body);
export const getDocumentVersion = (id: string, version: number) =>
  api.get<DocumentVersionBody>(`${documentPath(id)}/versions/${version}`);

/** Where the browser fetches a stored scan (a plain link: the session cookie authorises it). */
export const scanUrl = (id: string, hash: string) => `/api${documentPath(id)}/scans/${encodeURIComponent(hash)}`;

export const scanMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'];

/** Uploads a scan as the raw request body (not multipart); the JSON client cannot, so this one call uses fetch. */
export async function uploadScan(id: string, file: File, csrfToken: string): Promise<DocumentBody> {
  let response: Response;
  try {
    response = await fetch(`/api${documentPath(id)}/scans`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': file.type,
        'x-file-name': encodeURIComponent(file.name),
        'x-csrf-token': csrfToken,
      },
      body: file,
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw toApiError(cause);
  }
  const text = await response.text();
  let payload: unknown;
  try {
    payload = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    payload = undefined;
  }
  if (!response.ok) throw errorFromResponse(response.status, payload);
  return payload as DocumentBody;
}
