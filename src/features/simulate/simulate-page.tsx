import { NotBuiltYet } from '../../ui/not-built-yet.tsx';

export default function SimulatePage() {
  return <NotBuiltYet title="Simulate" what="A discrete-event model of the serving fleet: quotas, batching, autoscaling, failures." />;
}
