import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '../i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './provider.tsx';
import { AppRouter } from './router.tsx';
import { daftarkanServiceWorker } from '../lib/service-worker.ts';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);

// installable and usable offline (web/pwa/sw.js)
daftarkanServiceWorker();
