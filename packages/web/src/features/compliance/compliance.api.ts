import type { CaseChecklistBody, ComplianceListBody, ComplianceListQuery } from '@liuhen/contracts';
import { api } from '../../api/client';

export type ComplianceFilters = Partial<Omit<ComplianceListQuery, 'limit' | 'offset'>>;

export const getCaseChecklist = (caseId: string) =>
  api.get<CaseChecklistBody>(`/cases/${encodeURIComponent(caseId)}/compliance`);
export const listFindings = (query: ComplianceFilters & { limit: number; offset: number }) =>
  api.get<ComplianceListBody>('/compliance', query);
