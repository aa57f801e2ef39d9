import { outputBurndown } from '../../quota/burndown.ts';
import type { QuotaModel } from '../../quota/reservation.ts';
import type { FleetScenario } from '../scenario-schema.ts';

/** The quota rules of the served model: burndown by model unless set, and its maximum output. */
export function fleetQuotaModel(s: FleetScenario): QuotaModel & { maxOutputKnown: boolean } {
  const q = s.gateway.quotaModel;
  return {
    maxOutputTokens: q.maxOutputTokens ?? s.workload.maxTokens ?? 0,
    maxOutputKnown: q.maxOutputTokens !== null,
    outputBurndown: q.outputBurndown ?? outputBurndown(s.fleet.model).multiplier,
    burndownOnReservation: q.burndownOnReservation,
  };
}
