import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from 'react-error-boundary';
import { App } from './app/app.tsx';
import { AppCrashMessage } from './app/app-crash-message.tsx';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const reactRoot = createRoot(root);
// The first render is a transition, so React renders the page in slices of a few milliseconds and
// lets the browser handle input between them; rendered as an ordinary update, each view's first
// render (after its code arrives) is one long task that blocks the page on a slow phone.
startTransition(() =>
  reactRoot.render(
    <StrictMode>
      <ErrorBoundary FallbackComponent={AppCrashMessage}>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  ),
);
