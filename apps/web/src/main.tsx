import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './offline/serviceWorker';
import './app/app.css';
import './ui/ui.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Only the production build has a service worker (the development server has none).
if (import.meta.env.PROD) registerServiceWorker();
