import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../components';
import { useSession } from './session';

export const CHANGE_PASSWORD_PATH = '/account/password';

export interface SignInState {
  /** Where to go after signing in. */
  from?: string;
  reason?: 'expired' | 'signed-out' | 'password-reset';
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
  // A password shorter than the policy asks is changed before anything else (the API agrees).
  if (state.me.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH)
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  return <Outlet />;
}
