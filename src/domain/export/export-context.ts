/**
 * The context every export carries so a file stands on its own: what produced it, when, the link
 * that reproduces the scenario, and where the prices in it come from.
 */
export type PriceSourceRef = {
  /** Model name as shown, e.g. "Claude Sonnet 4.6". */
  model: string;
  /** Which price point: scope and tier, e.g. "us-east-1 standard". */
  pricePoint: string;
  source: string;
  asOf: string;
  confidence?: string;
};

export type ExportContext = {
  app: 'Bedrock Explorer';
  appVersion: string;
  exportedAt: string;
  view: string;
  /** The scenario link: opening it reproduces what was exported. */
  link: string;
  priceSources: PriceSourceRef[];
  notes: string[];
};

export function buildExportContext(input: {
  appVersion: string;
  exportedAt: Date;
  view: string;
  link: string;
  priceSources?: PriceSourceRef[];
  notes?: string[];
}): ExportContext {
  return {
    app: 'Bedrock Explorer',
    appVersion: input.appVersion,
    exportedAt: input.exportedAt.toISOString(),
    view: input.view,
    link: input.link,
    priceSources: input.priceSources ?? [],
    notes: input.notes ?? [],
  };
}

/** One line, safe inside a comment: no line breaks. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/**
 * Comment lines that open a CSV file ("# key: value"). pandas (`comment='#'`), R and most CSV
 * readers skip them; a spreadsheet shows them as the first rows.
 */
export function csvPreamble(ctx: ExportContext): string {
  const lines = [
    `# ${ctx.app} ${ctx.appVersion}, ${ctx.view}, exported ${ctx.exportedAt}`,
    `# link: ${oneLine(ctx.link)}`,
    ...ctx.priceSources.map(
      (p) => `# price: ${oneLine(p.model)} (${oneLine(p.pricePoint)}) from ${oneLine(p.source)}, as of ${p.asOf}${p.confidence ? `, ${p.confidence}` : ''}`,
    ),
    ...ctx.notes.map((n) => `# note: ${oneLine(n)}`),
  ];
  return lines.join('\n') + '\n';
}

/** A caption for a chart image: its scenario in one line, and where it came from. */
export function chartCaption(ctx: ExportContext, scenarioSummary: string): string[] {
  return [oneLine(scenarioSummary), `${ctx.app} ${ctx.appVersion} · exported ${ctx.exportedAt.slice(0, 10)} · ${oneLine(ctx.link)}`];
}
