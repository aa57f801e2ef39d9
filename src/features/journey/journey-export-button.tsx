import { currentExportContext } from '../../ui/export-context.ts';
import { downloadText } from '../../ui/download.ts';
import { Button } from '../../ui/button.tsx';
import { journeyExportJson, journeyPriceSources } from './journey-export.ts';
import type { JourneyView } from './journey-model.ts';

export function JourneyExportButton({ view }: { view: JourneyView }) {
  return (
    <Button
      onClick={() => {
        const context = currentExportContext(journeyPriceSources(view), ['Times are modelled (see the latency model table); the answer is illustrative.']);
        downloadText('bedrock-journey.json', journeyExportJson(view, context), 'application/json');
      }}
    >
      Export JSON
    </Button>
  );
}
