/**
 * What a guided-session chapter can point at. A view marks the element with
 * `data-tour="<id>"`; the session highlights it on arrival. The list lives here (not in the
 * features) because the session may not import another feature; a view that adds a target adds
 * its row here and the attribute in its component.
 */
export type TourTarget = { id: string; label: string };

export const TOUR_TARGETS: Record<'journey' | 'simulate' | 'pricing' | 'break-even' | 'validation' | 'overview', readonly TourTarget[]> = {
  overview: [{ id: 'overview-modes', label: 'The two capacity modes' }],
  journey: [
    { id: 'journey-diagram', label: 'Architecture diagram' },
    { id: 'journey-narration', label: 'Narration of the stage' },
    { id: 'journey-waterfall', label: 'Latency waterfall' },
    { id: 'journey-privacy', label: 'Who can read the prompt' },
    { id: 'journey-payload', label: 'Request and response payloads' },
  ],
  simulate: [
    { id: 'simulate-fleet', label: 'Fleet picture' },
    { id: 'simulate-charts', label: 'Time charts' },
    { id: 'simulate-summary', label: 'Summary cards' },
    { id: 'simulate-quota-planner', label: 'Quota planner' },
    { id: 'simulate-ops', label: 'Operations: SLA, alarms, rollout, batch' },
  ],
  pricing: [
    { id: 'pricing-cost', label: 'Cost per request and per month' },
    { id: 'pricing-formula', label: 'The formula with numbers' },
    { id: 'pricing-chart', label: 'Cost across the catalog' },
    { id: 'pricing-compare', label: 'Compare side by side' },
    { id: 'pricing-provisioned', label: 'Provisioned throughput and Reserved tier' },
  ],
  'break-even': [
    { id: 'break-even-verdict', label: 'The verdict' },
    { id: 'break-even-chart', label: 'Cost against volume' },
    { id: 'break-even-tornado', label: 'What moves the answer' },
    { id: 'break-even-provisioned', label: 'On-demand vs provisioned throughput' },
  ],
  validation: [{ id: 'validation-scatter', label: 'Modelled against published' }],
};
