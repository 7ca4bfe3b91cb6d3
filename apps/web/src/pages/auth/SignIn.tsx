import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Container, Group, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { loadDemoPeople, type DemoPerson } from '../../auth/console-config';

/** Sign-in: the identity provider in production; in development also the demo people. */
export function SignInPage() {
  useDocumentTitle('Sign in · Skillpath');
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo')?.startsWith('/') ? (params.get('returnTo') as string) : '/';
  const [people, setPeople] = useState<DemoPerson[]>([]);
  const [filter, setFilter] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (auth.config?.devSignIn) loadDemoPeople().then(setPeople, (e: Error) => setProblem(e.message));
  }, [auth.config?.devSignIn]);

  if (auth.token) return <Navigate to={returnTo} replace />;

  const signInAs = async (email: string) => {
    try {
      await auth.signInAs(email);
      navigate(returnTo, { replace: true });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const shown = people.filter((p) => `${p.name} ${p.jobRole} ${p.department}`.toLowerCase().includes(filter.toLowerCase()));

  return (
    <Container size="md" py="xl" component="main">
      <Title order={1} mb="xs">
        Sign in to Skillpath
      </Title>
      {(problem || auth.problem) && (
        <Alert color="red" role="alert" mb="md" title="Signing in did not work">
          {problem ?? auth.problem}
        </Alert>
      )}
      {auth.config?.oidc && (
        <Button size="md" mb="xl" onClick={() => void auth.signInWithProvider(returnTo).catch((e: Error) => setProblem(e.message))}>
          Sign in with your company account
        </Button>
      )}
      {auth.config && !auth.config.oidc && !auth.config.devSignIn && (
        <Text>Single sign-on is not configured. Ask your administrator to set OIDC_ISSUER and OIDC_CLIENT_ID.</Text>
      )}
      {auth.config?.devSignIn && (
        <Stack gap="sm">
          <Text c="dimmed">Development only: choose a demo person to sign in as. This page does not exist in production.</Text>
          <TextInput label="Find a person" placeholder="Name, job or department" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} maw={360} />
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {shown.map((p) => (
              <li key={p.email}>
                <UnstyledButton onClick={() => void signInAs(p.email)} w="100%" h="100%" aria-label={`Sign in as ${p.name}, ${p.jobRole}`}>
                  <Card withBorder padding="sm" className="person-card" h="100%">
                    <Group justify="space-between" wrap="nowrap">
                      <Text fw={600}>{p.name}</Text>
                      {p.highlight && <Badge variant="light">Demo {p.highlight.toLowerCase()}</Badge>}
                    </Group>
                    <Text size="sm" c="dimmed">
                      {p.jobRole} · {p.department}
                    </Text>
                  </Card>
                </UnstyledButton>
              </li>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Container>
  );
}
