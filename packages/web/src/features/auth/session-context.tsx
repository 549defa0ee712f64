import type { SessionBody } from '@liuhen/contracts';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setCsrfToken } from '../../api/client';
import { loadSession } from './auth.api';

type SessionValue = {
  /** null when nobody is logged in; undefined while the first check is running. */
  session: SessionBody | null | undefined;
  setSession: (session: SessionBody | null) => void;
};

const SessionContext = createContext<SessionValue | null>(null);

type ProviderProps = {
  children: ReactNode;
  /** A known session (component tests); when given, the server is not asked. */
  initial?: SessionBody | null;
};

export function SessionProvider({ children, initial }: ProviderProps) {
  const [session, setSessionState] = useState<SessionBody | null | undefined>(() => {
    if (initial !== undefined) setCsrfToken(initial?.csrfToken ?? null);
    return initial;
  });
  const known = initial !== undefined;

  const setSession = useCallback((next: SessionBody | null) => {
    // The token must be in place before anyone re-renders and sends a write.
    setCsrfToken(next?.csrfToken ?? null);
    setSessionState(next);
  }, []);

  useEffect(() => {
    if (known) return;
    let live = true;
    loadSession().then(
      (found) => live && setSession(found),
      () => live && setSession(null),
    );
    return () => {
      live = false;
    };
  }, [known, setSession]);

  const value = useMemo(() => ({ session, setSession }), [session, setSession]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The current session, for components that only render once someone is logged in. */
export function useCurrentSession(): SessionBody {
  const { session } = useSession();
  if (!session) throw new Error('useCurrentSession needs a logged-in session');
  return session;
}
