import type {
  ActivityAvExceptionBody,
  ActivityAvGapNoteBody,
  ActivityBody,
  ApprovalBody,
  CaseDetailBody,
  CaseListQuery,
  CaseSummaryBody,
  CreateActivityBody,
  CreateCaseBody,
  CreateMaterialBody,
  MaterialBody,
  ProposeApprovalBody,
  TransitionBody,
  UpdateMaterialBody,
} from '@liuhen/contracts';
import { api } from '../../api/client';

export type CaseListBody = { items: CaseSummaryBody[]; total: number };
export type CaseFilters = Partial<Omit<CaseListQuery, 'limit' | 'offset'>>;
export type AvailableAction = CaseDetailBody['actions'][number];
export type StageEvent = CaseDetailBody['timeline'][number];
export type OfficerOption = {
  id: string;
  name: string;
  unitId: string | null;
  certified: boolean;
  certificateNumber: string | null;
};

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

export const listCases = (query: CaseFilters & { limit: number; offset: number }) =>
  api.get<CaseListBody>('/cases', query);
export const getCase = (id: string) => api.get<CaseDetailBody>(casePath(id));
export const createCase = (body: CreateCaseBody) => api.post<CaseDetailBody>('/cases', body);
export const transitionCase = (id: string, body: TransitionBody) =>
  api.post<CaseDetailBody>(`${casePath(id)}/transitions`, body);
export const recordActivity = (id: string, body: CreateActivityBody) =>
  api.post<ActivityBody>(`${casePath(id)}/activities`, body);
/** AV-02, AV-10: why the activity has no (complete) A/V. */
export const recordAvException = (id: string, activityId: string, body: ActivityAvExceptionBody) =>
  api.put<ActivityBody>(`${casePath(id)}/activities/${encodeURIComponent(activityId)}/av-exception`, body);
export const recordAvGapNote = (id: string, activityId: string, body: ActivityAvGapNoteBody) =>
  api.put<ActivityBody>(`${casePath(id)}/activities/${encodeURIComponent(activityId)}/av-gap-notes`, body);
export const proposeApproval = (id: string, body: ProposeApprovalBody) =>
  api.post<ApprovalBody>(`${casePath(id)}/approvals`, body);
export const listOfficers = () => api.get<{ items: OfficerOption[] }>('/officers');
export const registerMaterial = (id: string, body: CreateMaterialBody) =>
  api.post<MaterialBody>(`${casePath(id)}/materials`, body);
export const updateMaterial = (materialId: string, body: UpdateMaterialBody) =>
  api.patch<MaterialBody>(`/materials/${encodeURIComponent(materialId)}`, body);
