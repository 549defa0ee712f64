import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../session-context';
import { FullPageSpin } from './full-page-spin';

/** Renders its children only for a logged-in user who needs no forced password change. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const { pathname } = useLocation();
  if (session === undefined) return <FullPageSpin />;
  if (session === null) return <Navigate to="/login" replace state={{ from: pathname }} />;
  if (session.user.mustChangePassword) return <Navigate to="/change-password" replace />;
  return children;
}
