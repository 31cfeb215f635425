import { ApiError, type SchemaMeDto, unwrap } from '@pies/api-client';
import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { api, currentCsrfToken, onSessionEnded, rememberCsrfToken } from '../api/client';

export type Me = SchemaMeDto;

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: 'expired' | 'signed-out' }
  | { status: 'signed-in'; me: Me };

interface SessionContextValue {
  state: SessionState;
  /** After a successful POST /api/auth/login. */
  signedIn(me: Me): void;
  signOut(): Promise<void>;
  /** Reload the user and memberships (e.g. after roles change). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function loadMe(): Promise<SessionState> {
  try {
    const me = await unwrap(api.GET('/api/auth/me'));
    rememberCsrfToken(me.csrfToken);
    return { status: 'signed-in', me };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { status: 'signed-out' };
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    loadMe().then(
      (s) => live && setState(s),
      (e: unknown) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      onSessionEnded(() =>
        setState((s) =>
          s.status === 'signed-in' ? { status: 'signed-out', reason: 'expired' } : s,
        ),
      ),
    [],
  );

  const signedIn = useCallback((me: Me) => {
    rememberCsrfToken(me.csrfToken);
    setState({ status: 'signed-in', me });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.POST('/api/auth/logout', {
        params: { header: { 'X-CSRF-Token': currentCsrfToken() } },
      });
    } finally {
      rememberCsrfToken(undefined);
      setState({ status: 'signed-out', reason: 'signed-out' });
    }
  }, []);

  const refresh = useCallback(async () => setState(await loadMe()), []);

  const value = useMemo(
    () => ({ state, signedIn, signOut, refresh }),
    [state, signedIn, signOut, refresh],
  );
  if (loadError) throw loadError;
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** The signed-in user; only for pages under RequireSignIn. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe outside a signed-in page');
  return state.me;
}
