export const NAV_ITEMS = [
  { to: '/journey', label: 'Journey', blurb: 'One prompt, step by step' },
  { to: '/simulate', label: 'Simulate', blurb: 'The fleet under load' },
  { to: '/pricing', label: 'Pricing', blurb: 'What a workload costs' },
  { to: '/break-even', label: 'Break-even', blurb: 'Provisioned and self-hosting' },
  { to: '/validation', label: 'Validation', blurb: 'The GPU model against measurements' },
  { to: '/session', label: 'Session', blurb: 'A guided session for trainers' },
] as const;
