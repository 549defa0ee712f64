import type { AgencyBody, UpdateAgencyBody } from '@liuhen/contracts';
import { api } from '../../../api/client';

export const getAgency = () => api.get<AgencyBody>('/agency');
export const updateAgency = (body: UpdateAgencyBody) => api.patch<AgencyBody>('/agency', body);
