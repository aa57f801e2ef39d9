import type { Scenario } from './resolve-scenario.ts';
import { Badge } from '../../ui/provenance.tsx';

/** Says whether the comparison is like-for-like; Claude and Nova weights cannot be self-hosted at all. */
export function PairingNotice({ s }: { s: Scenario }) {
  if (s.likeForLike) {
    return (
      <p className="rounded-lg border border-line bg-surface p-3 text-sm text-fg" data-testid="pairing">
        <Badge tone="ok">like-for-like</Badge> {s.bedrockModel.name} on Bedrock against the same open weights, {s.selfModel.name}, on your own H100 GPUs. Claude and
        Nova weights are not released, so they can never be self-hosted.
      </p>
    );
  }
  return (
    <p role="note" className="rounded-lg border border-warn bg-warn-soft p-3 text-sm text-fg" data-testid="pairing">
      <Badge tone="warn">not like-for-like</Badge> {s.bedrockModel.name} on Bedrock against {s.selfModel.name} self-hosted: different models, different quality.{' '}
      {s.closedWeights
        ? `${s.bedrockModel.provider} does not release ${s.bedrockModel.name}’s weights, so it cannot be self-hosted; the nearest you can run yourself is an open-weight model.`
        : 'Pick the same model on both sides for a fair comparison where the weights are available.'}
    </p>
  );
}
