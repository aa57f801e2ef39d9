import { NotBuiltYet } from '../../ui/not-built-yet.tsx';

export default function JourneyPage() {
  return <NotBuiltYet title="Journey" what="One prompt's journey through the gateway, animated step by step." />;
}
