import { useEffect, useMemo, useState } from 'react';

type Matrix = boolean[][];
type Encoder = (typeof import('qr'))['default'];
// A QR symbol needs a light margin of four modules around it to be found by a scanner (ISO/IEC 18004).
const QUIET = 4;

let encoder: Encoder | null = null;
let loading: Promise<Encoder> | null = null;

/**
 * Loads the encoder without running it. The print handout loads it once the page is idle, so that
 * `beforeprint` can draw the code synchronously (the printed page is laid out right after that event).
 */
export function loadQrEncoder(): Promise<Encoder> {
  loading ??= import('qr').then((m) => (encoder = m.default));
  return loading;
}

function encodeNow(text: string): Matrix | null {
  for (const ecc of ['medium', 'low'] as const) {
    try {
      // The matrix comes with its quiet zone.
      return encoder!(text, 'raw', { ecc, border: QUIET });
    } catch {
      // Too long at this error-correction level; try the next, then give up.
    }
  }
  return null;
}

/** The matrix as one SVG path: a row of dark modules becomes one run. */
function pathOf(matrix: Matrix): string {
  let d = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}

/**
 * A QR code of `text`, always dark on white (scanners expect it) whatever the theme. It is computed
 * when this component is drawn (the Share dialog opening, a page being printed), never ahead; the
 * encoder is loaded on first use, so pages that never show a code do not pay for it.
 */
export function QrCode({ text, className = '', label }: { text: string; className?: string; label: string }) {
  const [loaded, setLoaded] = useState(() => encoder !== null);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void loadQrEncoder().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [loaded]);
  const matrix = useMemo(() => (loaded ? encodeNow(text) : undefined), [loaded, text]);
  if (matrix === undefined) return <div className={`aspect-square bg-white ${className}`} aria-hidden="true" />;
  if (matrix === null) {
    return (
      <p className={`text-sm text-muted ${className}`} data-testid="qr-too-long">
        This link is too long for a QR code ({text.length.toLocaleString('en-US')} characters); share the link itself.
      </p>
    );
  }
  const size = matrix.length;
  return (
    <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} className={`block aspect-square bg-white ${className}`} shapeRendering="crispEdges" data-testid="qr-code">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={pathOf(matrix)} fill="#000000" />
    </svg>
  );
}
