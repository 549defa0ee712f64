import type { ProfileDetailBody, ProfileListBody, SelectProfileBody } from '@liuhen/contracts';
import { useCallback } from 'react';
import { api } from '../../../api/client';
import { useApiData } from '../../../api/use-api-data';
import { getAgency } from '../agency/agency.api';

export const listProfiles = () => api.get<ProfileListBody>('/profiles');
export const getProfile = (id: string) => api.get<ProfileDetailBody>(`/profiles/${encodeURIComponent(id)}`);
export const selectProfile = (body: SelectProfileBody) => api.put<ProfileListBody>('/agency/profile', body);

/** The agency's selected profile (GEN-01): `profileId` null while none is selected, `profile` once loaded. */
export function useAgencyProfile() {
  const { data, loading } = useApiData(
    useCallback(async () => {
      const agency = await getAgency();
      const detail = agency.profileId ? await getProfile(agency.profileId) : null;
      return { profileId: agency.profileId, profile: detail?.profile ?? null };
    }, []),
  );
  return { loading, profileId: data?.profileId ?? null, profile: data?.profile ?? null, known: data !== undefined };
}

/** The profile a case is bound to (GEN-01), loaded once per id. */
export function useProfile(profileId: string | null) {
  const { data } = useApiData(
    useCallback(async () => (profileId ? (await getProfile(profileId)).profile : null), [profileId]),
  );
  return data ?? null;
}
