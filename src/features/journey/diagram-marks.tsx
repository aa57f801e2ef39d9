/** Marks both journey diagrams draw the same way: the route so far, the active box's ring, the packet. */
import { polyline, type Point } from './diagram-layout.ts';

/** The leg being travelled now, drawn over the legs already travelled. */
export function CurrentLeg({ points, failed }: { points: Point[]; failed: boolean }) {
  return (
    <polyline
      points={polyline(points)}
      className={`fill-none ${failed ? 'stroke-danger' : 'stroke-accent'}`}
      strokeWidth={6}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  );
}

/** A leg already travelled: thinner and a little faded. */
export function TravelledLeg({ points, failed = false }: { points: Point[]; failed?: boolean }) {
  return (
    <polyline
      points={polyline(points)}
      className={`fill-none ${failed ? 'stroke-danger' : 'stroke-accent'}`}
      strokeWidth={4}
      strokeLinecap="round"
      strokeLinejoin="round"
      opacity={0.8}
    />
  );
}

/** The ring around the box where the active stage happens. */
export function ActiveNodeRing({ box, failed }: { box: { x: number; y: number; w: number; h: number }; failed: boolean }) {
  return (
    <rect
      x={box.x - 4}
      y={box.y - 4}
      width={box.w + 8}
      height={box.h + 8}
      rx={13}
      className={`fill-none ${failed ? 'stroke-danger' : 'stroke-accent'}`}
      strokeWidth={4}
      data-testid="active-node"
    />
  );
}

/** The request, answer or record itself: a lettered disc. */
export function Packet({ at, fillClass, letter }: { at: Point; fillClass: string; letter: string }) {
  return (
    <g transform={`translate(${at.x} ${at.y})`} data-testid="packet">
      <circle r={15} className={fillClass} />
      <circle r={15} className="fill-none stroke-surface" strokeWidth={3} />
      <text y={6} textAnchor="middle" fontSize={17} className="fill-surface" fontWeight={800}>
        {letter}
      </text>
    </g>
  );
}
