import { useEffect, useState } from 'react';

type Matrix = boolean[][];
// A QR symbol needs a light margin of four modules around it to be found by a scanner (ISO/IEC 18004).
const QUIET = 4;

async function encode(text: string): Promise<Matrix | null> {
  const { default: encodeQR } = await import('qr');
  for (const ecc of ['medium', 'low'] as const) {
    try {
      // The matrix comes with its quiet zone.
      return encodeQR(text, 'raw', { ecc, border: QUIET });
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
 * A QR code of `text`, always dark on white (scanners expect it) whatever the theme. The encoder
 * is loaded on first use, so pages that never show a code do not pay for it.
 */
export function QrCode({ text, className = '', label }: { text: string; className?: string; label: string }) {
  const [result, setResult] = useState<{ text: string; matrix: Matrix | null } | null>(null);
  useEffect(() => {
    let live = true;
    void encode(text).then((matrix) => live && setResult({ text, matrix }));
    return () => {
      live = false;
    };
  }, [text]);
  if (!result || result.text !== text) return <div className={`aspect-square bg-white ${className}`} aria-hidden="true" />;
  if (!result.matrix) {
    return (
      <p className={`text-sm text-muted ${className}`} data-testid="qr-too-long">
        This link is too long for a QR code ({text.length.toLocaleString('en-US')} characters); share the link itself.
      </p>
    );
  }
  const size = result.matrix.length;
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      className={`block aspect-square bg-white ${className}`}
      shapeRendering="crispEdges"
      data-testid="qr-code"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={pathOf(result.matrix)} fill="#000000" />
    </svg>
  );
}
