import type {
  AvCustodyBody,
  AvStatisticsBody,
  AvStatisticsQuery,
  EvidenceCopyBody,
  HandoverBody,
  HandoverListBody,
  RecordCustodyBody,
  RecordEvidenceCopyBody,
  RecordHandoverBody,
} from '@liuhen/contracts';
import { api } from '../../api/client';

const avPath = (id: string) => `/av/${encodeURIComponent(id)}`;

/** AVS-02: the chain of custody of a record, and handing it over. */
export const getAvCustody = (id: string) => api.get<AvCustodyBody>(`${avPath(id)}/custody`);
export const recordAvCustody = (id: string, body: RecordCustodyBody) =>
  api.post<AvCustodyBody>(`${avPath(id)}/custody`, body);

/** AVS-04: evidence copies to a storage medium (LX). */
export const listEvidenceCopies = (id: string) =>
  api.get<{ items: EvidenceCopyBody[] }>(`${avPath(id)}/evidence-copies`);
export const recordEvidenceCopy = (id: string, body: RecordEvidenceCopyBody) =>
  api.post<EvidenceCopyBody>(`${avPath(id)}/evidence-copies`, body);

/** AVS-07: the monthly hand-over (XG). */
export const listHandovers = (month: string) => api.get<HandoverListBody>('/av/handovers', { month });
export const recordHandover = (body: RecordHandoverBody) => api.post<HandoverBody>('/av/handovers', body);

/** AVS-06: counts and durations per device, officer or unit. */
export const getAvStatistics = (query: AvStatisticsQuery) => api.get<AvStatisticsBody>('/av/statistics', query);
