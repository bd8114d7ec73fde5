import './styles/design-system.css';
import './styles/layout.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from './api/query-client.ts';
import { initI18n } from './i18n/index.ts';
import { createRouter } from './routes/router.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

await initI18n();
const queryClient = createQueryClient();
const router = createRouter();

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
