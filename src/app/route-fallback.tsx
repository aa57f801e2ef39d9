export function RouteFallback() {
  return (
    <div role="status" className="p-10 text-center text-muted">
      Loading…
    </div>
  );
}
