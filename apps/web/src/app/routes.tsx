import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { MembersPage } from '../features/members/MembersPage';
import { HomePage } from '../features/networks/HomePage';
import { NetworkLayout } from '../features/networks/NetworkLayout';
import { NetworkOverviewPage } from '../features/networks/NetworkOverviewPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

/** A page loaded on first visit: what only conveners, admins or newcomers need stays out of the first load. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => ({
    default: (await load())[name],
  }));
  return <Page />;
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'login', element: <LoginPage /> },
      {
        path: 'forgot-password',
        element: lazyPage(
          () => import('../features/account/ForgotPasswordPage'),
          'ForgotPasswordPage',
        ),
      },
      {
        path: 'reset-password/:token',
        element: lazyPage(
          () => import('../features/account/ResetPasswordPage'),
          'ResetPasswordPage',
        ),
      },
      {
        path: 'invitations/:token',
        element: lazyPage(
          () => import('../features/invitations/AcceptInvitationPage'),
          'AcceptInvitationPage',
        ),
      },
      // Published proceedings and their archive: public ones are readable signed out.
      {
        path: 'archive',
        element: lazyPage(() => import('../features/archive/ArchivePage'), 'ArchivePage'),
      },
      {
        path: 'proceedings/:proceedingsId',
        element: lazyPage(
          () => import('../features/proceedings/ProceedingsPage'),
          'ProceedingsPage',
        ),
      },
      {
        path: 'networks/:networkId',
        element: <NetworkLayout />,
        children: [
          // A public network's overview is readable by anyone; every other section needs a sign-in.
          { index: true, element: <NetworkOverviewPage /> },
          {
            element: <RequireAuth />,
            children: [
              {
                path: 'sessions',
                element: lazyPage(
                  () => import('../features/sessions/SessionsPage'),
                  'SessionsPage',
                ),
              },
              {
                path: 'sessions/new',
                element: lazyPage(
                  () => import('../features/sessions/form/NewSessionPage'),
                  'NewSessionPage',
                ),
              },
              { path: 'members', element: <MembersPage /> },
              {
                path: 'delegations',
                element: lazyPage(
                  () => import('../features/delegations/DelegationsPage'),
                  'DelegationsPage',
                ),
              },
              {
                path: 'invitations',
                element: lazyPage(
                  () => import('../features/invitations/InvitationsPage'),
                  'InvitationsPage',
                ),
              },
              {
                path: 'settings',
                element: lazyPage(
                  () => import('../features/networks/NetworkSettingsPage'),
                  'NetworkSettingsPage',
                ),
              },
            ],
          },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'profile',
            element: lazyPage(() => import('../features/account/ProfilePage'), 'ProfilePage'),
          },
          {
            path: 'networks/new',
            element: lazyPage(() => import('../features/admin/NewNetworkPage'), 'NewNetworkPage'),
          },
          {
            path: 'admin/users',
            element: lazyPage(() => import('../features/admin/AdminUsersPage'), 'AdminUsersPage'),
          },
          {
            // Session pages; the scheduling form and the agenda editor load apart (vite.config.ts).
            path: 'sessions/:sessionId',
            element: lazyPage(() => import('../features/sessions/SessionLayout'), 'SessionLayout'),
            children: [
              {
                index: true,
                element: lazyPage(() => import('../features/sessions/SessionPage'), 'SessionPage'),
              },
              {
                path: 'edit',
                element: lazyPage(
                  () => import('../features/sessions/form/EditSessionPage'),
                  'EditSessionPage',
                ),
              },
              {
                path: 'agenda',
                element: lazyPage(
                  () => import('../features/sessions/agenda/AgendaEditorPage'),
                  'AgendaEditorPage',
                ),
              },
              {
                // The live room, with LiveKit and socket.io, loads only here (vite.config.ts).
                path: 'live',
                element: lazyPage(() => import('../features/live/LiveRoomPage'), 'LiveRoomPage'),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
