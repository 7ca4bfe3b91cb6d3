import { createBrowserRouter } from 'react-router-dom';
import { RequireSignIn } from './auth/RequireSignIn';
import { Shell } from './layout/Shell';
import { AuthCallbackPage } from './pages/auth/AuthCallback';
import { SignInPage } from './pages/auth/SignIn';
import { HomePage } from './pages/employee/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';

/** Every console route. Pages behind sign-in are children of the shell. */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/auth/callback', element: <AuthCallbackPage /> },
  { path: '/auth/silent', element: null },
  {
    element: (
      <RequireSignIn>
        <Shell />
      </RequireSignIn>
    ),
    children: [
      { path: '/', element: <HomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
