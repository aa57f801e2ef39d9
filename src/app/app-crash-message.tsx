import type { FallbackProps } from 'react-error-boundary';

/** The last line of defence: if the shell itself fails, say so and offer a reload, never a white page. */
export function AppCrashMessage({ error }: FallbackProps) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" style={{ maxWidth: 640, margin: '4rem auto', padding: '1.5rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: '1.5rem', fontWeight: 700 }}>Bedrock Explorer stopped with an error</h1>
      <p style={{ marginTop: '0.75rem' }}>Reload the page, or open the overview. Your link is unchanged.</p>
      <p style={{ marginTop: '0.5rem', fontFamily: 'monospace', fontSize: '0.875rem', wordBreak: 'break-word' }}>{detail.slice(0, 300)}</p>
      <p style={{ marginTop: '1rem', display: 'flex', gap: '1rem' }}>
        <button type="button" onClick={() => window.location.reload()} style={{ padding: '0.5rem 1rem', fontWeight: 600 }}>
          Reload the page
        </button>
        <a href="/" style={{ padding: '0.5rem 1rem', fontWeight: 600 }}>
          Go to the overview
        </a>
      </p>
    </div>
  );
}
