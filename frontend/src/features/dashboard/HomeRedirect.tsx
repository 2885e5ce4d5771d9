import { Navigate } from 'react-router';
import { useCurrentUser } from '../auth/useMe';

/** The landing page: the overview for officers and leaders, the org tree for administrators (who run it). */
export function HomeRedirect() {
  const me = useCurrentUser();
  return <Navigate to={me.role === 'ADMIN' ? '/org' : '/tong-quan'} replace />;
}
