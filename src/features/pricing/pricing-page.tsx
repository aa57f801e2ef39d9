import { NotBuiltYet } from '../../ui/not-built-yet.tsx';

export default function PricingPage() {
  return <NotBuiltYet title="Pricing" what="Token pricing across the model catalog." />;
}
