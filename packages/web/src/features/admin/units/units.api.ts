import type { CreateUnitBody, UnitBody, UpdateUnitBody } from '@liuhen/contracts';
import { api } from '../../../api/client';

export const listUnits = () => api.get<{ items: UnitBody[] }>('/units');
export const createUnit = (body: CreateUnitBody) => api.post<UnitBody>('/units', body);
export const updateUnit = (id: string, body: UpdateUnitBody) =>
  api.patch<UnitBody>(`/units/${encodeURIComponent(id)}`, body);
export const deleteUnit = (id: string) => api.delete<{ ok: true }>(`/units/${encodeURIComponent(id)}`);
