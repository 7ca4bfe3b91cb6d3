import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router-dom';
import { Provider as UrqlProvider } from 'urql';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import './console.css';
import { createApiClient } from './api/client';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { router } from './routes';

/** System fonts only: nothing is fetched from outside the server. */
const theme = createTheme({ primaryColor: 'teal', primaryShade: 9, fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' });

function Console() {
  const { token } = useAuth();
  // A new client per session: nothing cached for one person is shown to the next.
  const client = useMemo(() => createApiClient(token), [token]);
  return (
    <UrqlProvider value={client}>
      <RouterProvider router={router} />
    </UrqlProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <AuthProvider>
        <Console />
      </AuthProvider>
    </MantineProvider>
  </StrictMode>,
);
