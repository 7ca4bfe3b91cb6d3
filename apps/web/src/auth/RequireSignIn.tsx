import type { ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './AuthProvider';

/** Pages behind sign-in: wait for the session to be restored, else go to the sign-in page. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { ready, token } = useAuth();
  const location = useLocation();
  if (!ready) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!token) return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}
