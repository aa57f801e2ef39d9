import { NotBuiltYet } from '../../ui/not-built-yet.tsx';

export default function BreakEvenPage() {
  return <NotBuiltYet title="Break-even" what="On-demand vs provisioned throughput, and Bedrock vs self-hosting." />;
}
