import type { AuditEntryBody, AuditListQuery } from '@liuhen/contracts';
import { api } from '../../../api/client';

export type AuditFilters = Pick<AuditListQuery, 'action' | 'actorUserId' | 'subjectType' | 'subjectId' | 'from' | 'to'>;
export type AuditPage = { items: AuditEntryBody[]; nextBefore: number | null };

export const listAuditEntries = (filters: AuditFilters, before?: number) =>
  api.get<AuditPage>('/audit-entries', { ...filters, before, limit: 50 });
