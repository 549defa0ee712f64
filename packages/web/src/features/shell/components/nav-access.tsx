import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useAgencyProfile } from '../../admin/profiles/profiles.api';
import { useCan } from '../../auth/use-can';
import { type NavAccessInput, type ProfileFeature, profileFeatures } from '../nav-items';

const NavAccessContext = createContext<ReadonlySet<ProfileFeature> | undefined>(undefined);

/** Loads the agency's selected profile once per signed-in frame, for the menu and the route guards (AVS-07). */
export function NavAccessProvider({ children }: { children: ReactNode }) {
  const { known, profile } = useAgencyProfile();
  const features = useMemo(() => (known ? profileFeatures(profile) : undefined), [known, profile]);
  return <NavAccessContext.Provider value={features}>{children}</NavAccessContext.Provider>;
}

/** The session's abilities and the agency profile's features (undefined while loading). */
export function useNavAccess(): NavAccessInput {
  const can = useCan();
  const features = useContext(NavAccessContext);
  return { can, features };
}
