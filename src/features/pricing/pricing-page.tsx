import { CatalogGate } from '../../ui/catalog-gate.tsx';
import { PricingCalculator } from './pricing-calculator.tsx';

export default function PricingPage() {
  return <CatalogGate>{(catalog) => <PricingCalculator catalog={catalog} />}</CatalogGate>;
}
