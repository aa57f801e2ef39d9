import { downloadBlob } from './download.ts';

/**
 * Chart exports that look like the screen: the SVG is cloned with its computed colours and fonts
 * written inline (theme variables don't exist outside the page), on the page's background colour.
 */
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill-opacity', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'paint-order', 'stroke-linejoin', 'stroke-linecap'];

export type ExportLegend = { label: string; color: string; dashed?: boolean }[];
/** `caption`: lines drawn under the plot (the scenario and where the image came from; see chartCaption). */
export type ExportHeading = { title?: string; legend?: ExportLegend; caption?: string[] };

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A CSS colour (including var(--x)) as the browser resolves it now. */
function resolveColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.appendChild(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

function svgText(x: number, y: number, text: string, style: string): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('style', style);
  t.textContent = text;
  return t;
}

export function svgMarkup(svg: SVGSVGElement, heading: ExportHeading = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const computed = getComputedStyle(el);
    const out = target[i] as SVGElement;
    const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    out.setAttribute('style', style);
    out.removeAttribute('class');
  });
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const plotHeight = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  // The title and legend live in HTML on screen; an exported file needs them inside the image.
  const fg = getComputedStyle(svg).getPropertyValue('--fg').trim() || '#0f172a';
  const font = `font-family:${getComputedStyle(svg).fontFamily}`;
  const head = document.createElementNS(SVG_NS, 'g');
  let top = 8;
  if (heading.title) {
    top += 16;
    head.appendChild(svgText(8, top, heading.title, `${font};font-size:14px;font-weight:600;fill:${fg}`));
    top += 6;
  }
  if (heading.legend?.length) {
    top += 14;
    let x = 8;
    for (const item of heading.legend) {
      const color = resolveColor(item.color);
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('x1', String(x));
      line.setAttribute('x2', String(x + 16));
      line.setAttribute('y1', String(top - 4));
      line.setAttribute('y2', String(top - 4));
      line.setAttribute('style', `stroke:${color};stroke-width:2.5px${item.dashed ? ';stroke-dasharray:4px,3px' : ''}`);
      head.appendChild(line);
      head.appendChild(svgText(x + 20, top, item.label, `${font};font-size:11px;fill:${fg}`));
      x += 28 + item.label.length * 6.2;
      if (x > width - 80) {
        x = 8;
        top += 15;
      }
    }
    top += 4;
  }
  const headHeight = top > 8 ? top : 0;
  // The caption goes under the plot, one line per entry, cut to the image width so nothing spills.
  const foot = document.createElementNS(SVG_NS, 'g');
  const captionLines = heading.caption ?? [];
  const maxChars = Math.max(20, Math.floor((width - 16) / 5.6));
  captionLines.forEach((line, i) => {
    const text = line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line;
    foot.appendChild(svgText(8, headHeight + plotHeight + 16 + i * 14, text, `${font};font-size:10px;fill:${fg}`));
  });
  const footHeight = captionLines.length > 0 ? captionLines.length * 14 + 10 : 0;
  const height = plotHeight + headHeight + footHeight;
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0,${headHeight})`);
  while (clone.firstChild) body.appendChild(clone.firstChild);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('tabindex');
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', backgroundOf(svg));
  clone.append(bg, head, body, foot);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

export function downloadSvg(svg: SVGSVGElement, filename: string, heading?: ExportHeading): void {
  downloadBlob(filename, new Blob([svgMarkup(svg, heading)], { type: 'image/svg+xml' }));
}

/** Rasterizes the chart at twice its size (sharp on a projector or in slides). */
export async function downloadPng(svg: SVGSVGElement, filename: string, heading?: ExportHeading, scale = 2): Promise<void> {
  const markup = svgMarkup(svg, heading);
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(markup);
  const width = Number(size?.[1] ?? svg.getBoundingClientRect().width);
  const height = Number(size?.[2] ?? svg.getBoundingClientRect().height);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('could not render the chart'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('could not encode the PNG');
    downloadBlob(filename, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
