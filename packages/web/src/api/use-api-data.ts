import { useCallback, useEffect, useRef, useState } from 'react';
import { useNotifyError } from './use-notify-error';

type ApiData<T> = {
  data: T | undefined;
  loading: boolean;
  failed: boolean;
  /** Loads again, e.g. after a change. */
  reload: () => void;
};

/**
 * Loads `load()` on mount and whenever `load` changes (wrap it in useCallback with its inputs).
 * Only the latest call may set the state, so a slow earlier answer never overwrites a newer one.
 */
export function useApiData<T>(load: () => Promise<T>): ApiData<T> {
  const notifyError = useNotifyError();
  const notifyRef = useRef(notifyError);
  useEffect(() => {
    notifyRef.current = notifyError;
  }, [notifyError]);
  const latest = useRef(0);
  const [state, setState] = useState<{ data: T | undefined; loading: boolean; failed: boolean }>({
    data: undefined,
    loading: true,
    failed: false,
  });

  // Only the promise callbacks set state, never the effect body itself (no cascading renders).
  const fetchLatest = useCallback(() => {
    const call = ++latest.current;
    load().then(
      (data) => {
        if (call === latest.current) setState({ data, loading: false, failed: false });
      },
      (error: unknown) => {
        if (call !== latest.current) return;
        setState((previous) => ({ ...previous, loading: false, failed: true }));
        notifyRef.current(error);
      },
    );
  }, [load]);

  useEffect(() => {
    fetchLatest();
    return () => {
      latest.current += 1;
    };
  }, [fetchLatest]);

  const reload = useCallback(() => {
    setState((previous) => ({ ...previous, loading: true }));
    fetchLatest();
  }, [fetchLatest]);

  return { ...state, reload };
}
