import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from 'react-error-boundary';
import { App } from './app/app.tsx';
import { AppCrashMessage } from './app/app-crash-message.tsx';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary FallbackComponent={AppCrashMessage}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
