import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../components';
import { useSession } from './session';

export interface SignInState {
  /** Where to go after signing in. */
  from?: string;
  reason?: 'expired' | 'signed-out';
}

/** Pages under this route need a session; without one they send the user to sign in. */
export function RequireSignIn() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading title="Loading" />;
  if (state.status === 'signed-out') {
    const to: SignInState = {
      from: state.reason === 'signed-out' ? undefined : location.pathname + location.search,
      reason: state.reason,
    };
    return <Navigate to="/sign-in" replace state={to} />;
  }
  return <Outlet />;
}
