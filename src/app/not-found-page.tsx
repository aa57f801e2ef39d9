import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-muted">There is no view at this address.</p>
      <Link to="/" className="mt-6 inline-block rounded-md bg-accent px-4 py-2 font-semibold text-on-accent">
        Go to the overview
      </Link>
    </div>
  );
}
