import type {
  AvDerivativeKind,
  AvListQuery,
  AvRecordBody,
  LinkAvRecordBody,
  UnlinkAvRecordBody,
  UpdateAvRecordBody,
} from '@liuhen/contracts';
import { api } from '../../api/client';

export type AvListBody = { items: AvRecordBody[]; total: number };
export type AvFilters = Partial<Omit<AvListQuery, 'limit' | 'offset'>>;

const avPath = (id: string) => `/av/${encodeURIComponent(id)}`;

export const listAvRecords = (query: AvFilters & { limit?: number; offset?: number }) =>
  api.get<AvListBody>('/av', query);
export const getAvRecord = (id: string) => api.get<AvRecordBody>(avPath(id));
export const updateAvRecord = (id: string, body: UpdateAvRecordBody) => api.patch<AvRecordBody>(avPath(id), body);
export const linkAvRecord = (id: string, body: LinkAvRecordBody) => api.post<AvRecordBody>(`${avPath(id)}/link`, body);
export const unlinkAvRecord = (id: string, body: UnlinkAvRecordBody) =>
  api.post<AvRecordBody>(`${avPath(id)}/unlink`, body);

/** Where the browser plays (HTTP Range) or downloads the stored file; the session cookie authorises it. */
export const avContentUrl = (id: string, download = false) =>
  `/api${avPath(id)}/content${download ? '?download=1' : ''}`;

/** A derivative of the stored file (AV-04): poster, thumbnail or browser-playable proxy; the original is untouched. */
export const avDerivativeUrl = (id: string, kind: AvDerivativeKind) => `/api${avPath(id)}/derivatives/${kind}`;

/** The record's derivative of this kind when it has been made, else undefined. */
export const doneDerivative = (record: AvRecordBody, kind: AvDerivativeKind) =>
  record.derivatives?.find((derivative) => derivative.kind === kind && derivative.status === 'done');

/** The tus 1.0 endpoint the uploader sends files to. */
export const uploadEndpoint = '/api/uploads';

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export type AvLinkSuggestion = {
  recordId: string;
  fileName: string;
  recordVersion: number;
  activityId: string;
  activityType: string;
  activityStartedAt: string;
  caseId: string;
  caseNumber: string;
  overlapSeconds: number;
};

/** AV-01: the activity each of my unlinked recordings probably belongs to (officer present, times overlapping). */
export const listLinkSuggestions = () => api.get<{ items: AvLinkSuggestion[] }>('/av/suggestions');
