import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { createQueryClient, refetchOnDataChanges } from './api/query-client';
import { App } from './app/App';
import './styles/global.css';

const queryClient = createQueryClient();
refetchOnDataChanges(queryClient, api);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
