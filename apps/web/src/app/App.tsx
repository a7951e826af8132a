import { useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { createI18n } from '../i18n/i18n';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './queryClient';
import { routes } from './routes';

export function App() {
  const [i18n] = useState(createI18n);
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
