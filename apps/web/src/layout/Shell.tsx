import { AppShell, Badge, Burger, Button, Group, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router-dom';
import { useQuery } from 'urql';
import { useAuth } from '../auth/AuthProvider';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { QueryState } from '../ui/QueryState';
import { MeContext, MeDocument } from './me';
import { NAVIGATION } from './navigation';

/** Header (name, unread count, sign-out), role-based menu and the page. */
export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { signOut } = useAuth();
  const location = useLocation();
  const [result, refetch] = useQuery({ query: MeDocument });

  return (
    <QueryState {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const me = data.me;
        const unread = data.myNotifications.totalCount;
        return (
          <MeContext.Provider value={me}>
            <a href="#main" className="skip-link">
              Skip to content
            </a>
            <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
              <AppShell.Header>
                <Group h="100%" px="md" justify="space-between">
                  <Group gap="sm">
                    <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Open the menu" />
                    <UnstyledButton component={Link} to="/" aria-label="Skillpath home">
                      <Text fw={700} size="lg" c="teal.9">
                        Skillpath
                      </Text>
                    </UnstyledButton>
                  </Group>
                  <Group gap="sm">
                    <Button component={Link} to="/notifications" variant="subtle" size="compact-sm" aria-label={`Notifications, ${unread} unread`}>
                      Notifications
                      {unread > 0 && (
                        <Badge ml={6} size="sm" circle color="red" data-testid="unread-count">
                          {unread}
                        </Badge>
                      )}
                    </Button>
                    <Text size="sm" visibleFrom="sm">
                      {me.displayName}
                    </Text>
                    <Button variant="default" size="compact-sm" onClick={() => void signOut()}>
                      Sign out
                    </Button>
                  </Group>
                </Group>
              </AppShell.Header>
              <AppShell.Navbar p="xs" aria-label="Main menu">
                <ScrollArea>
                  <nav aria-label="Main menu">
                    {NAVIGATION.filter((s) => s.visible(me)).map((section) => (
                      <div key={section.label}>
                        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="sm" mb={4}>
                          {section.label}
                        </Text>
                        {section.items.map((item) => (
                          <NavLink
                            key={item.path}
                            component={RouterNavLink}
                            to={item.path}
                            end={item.path === '/'}
                            label={item.label}
                            onClick={close}
                            active={item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path)}
                          />
                        ))}
                      </div>
                    ))}
                  </nav>
                </ScrollArea>
              </AppShell.Navbar>
              <AppShell.Main id="main" tabIndex={-1}>
                <ErrorBoundary resetKey={location.pathname}>
                  <Outlet />
                </ErrorBoundary>
              </AppShell.Main>
            </AppShell>
          </MeContext.Provider>
        );
      }}
    </QueryState>
  );
}
