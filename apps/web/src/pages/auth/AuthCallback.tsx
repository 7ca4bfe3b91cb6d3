import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Center, Container, Loader } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';

/** Where the identity provider sends the browser back with the authorization code. */
export function AuthCallbackPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (!auth.ready || started.current) return; // the provider's settings arrive first
    started.current = true;
    auth.completeProviderSignIn().then(
      (to) => navigate(to, { replace: true }),
      (e: Error) => setProblem(e.message),
    );
  }, [auth, navigate]);

  return (
    <Container size="sm" py="xl" component="main">
      {problem ? (
        <Alert color="red" role="alert" title="Signing in did not work">
          {problem} <Anchor component={Link} to="/sign-in">Try again</Anchor>
        </Alert>
      ) : (
        <Center>
          <Loader aria-label="Signing you in" />
        </Center>
      )}
    </Container>
  );
}
