import type { BodyOrganId } from '@/lib/graphics/koerper';

/**
 * The body figure: a friendly outline of head and upper body, drawn by hand, with the organs the lesson covers and a
 * text label for each. No gore and no sick organs: the organs look healthy, the facts stand in words beside it.
 * Server component; the buttons that select an organ highlight it through `data-selected` on a wrapper (CSS).
 */

interface OrganDrawing {
  /** The organ's shape(s). */
  shape: React.ReactNode;
  /** Tubes (airways, vessels) are thick strokes rather than filled shapes. */
  tube?: boolean;
  /** Where its label stands: left of the body (the text ends there) or right of it (the text starts there). */
  label: { x: number; y: number };
  /** Where the label's leader line meets the organ. */
  on: { x: number; y: number };
}

/** The figure's middle: labels left of it end at their x, labels right of it start there. */
const MIDDLE = 250;

const DRAWINGS: Record<BodyOrganId, OrganDrawing> = {
  gehirn: {
    shape: <path d="M212 74c-8-22 8-42 28-40 8-8 30-8 38 2 20-2 32 16 26 38-8 8-84 8-92 0z" />,
    label: { x: 110, y: 60 },
    on: { x: 212, y: 58 },
  },
  mund: {
    shape: <path d="M230 114q20 18 40 0q-20 6-40 0z" />,
    label: { x: 392, y: 124 },
    on: { x: 268, y: 117 },
  },
  bronchien: {
    shape: <path d="M250 150v50m0 0-18 22-10 30m10-30-16 10m34-32 18 22 10 30m-10-30 16 10" />,
    tube: true,
    label: { x: 110, y: 226 },
    on: { x: 220, y: 230 },
  },
  lunge: {
    shape: (
      <>
        <path d="M240 192c-28-8-50 12-52 48l-2 60q2 18 24 12l30-12z" />
        <path d="M260 192c28-8 50 12 52 48l2 60q-2 18-24 12l-30-12z" />
      </>
    ),
    label: { x: 110, y: 298 },
    on: { x: 190, y: 290 },
  },
  herz: {
    shape: <path d="M272 322c-28-18-30-42-14-46 8-2 14 6 14 10 0-4 6-12 14-10 16 4 14 28-14 46z" />,
    label: { x: 392, y: 290 },
    on: { x: 292, y: 290 },
  },
  blutgefaesse: {
    shape: <path d="M264 284c-2-20-28-22-30-2v146M238 264q-38-30-78-30l-10 124M262 264q38-30 78-30l10 124" />,
    tube: true,
    label: { x: 392, y: 420 },
    on: { x: 352, y: 352 },
  },
};

/** The outline: head, neck, shoulders, arms and upper body, cut off below the waist. */
const OUTLINE = 'M226 138q-4 14-4 24l-52 12q-32 8-36 42l-10 144q0 16 16 16t16-16l6-110 4 200h168l4-200 6 110q0 16 16 16t16-16l-10-144q-4-34-36-42l-52-12q0-10-4-24z';

/**
 * `large`: labels for the projector (CSS sets them to 32 units, read at 24 px or more on a slide), with the room they
 * need beside the body.
 */
export function BodyFigure({ organs, label, large = false }: { organs: readonly { id: BodyOrganId; name: string }[]; label: string; large?: boolean }) {
  return (
    <svg className={large ? 'body-figure body-figure--large' : 'body-figure'} viewBox={large ? '-50 0 620 470' : '-30 0 580 470'} role="img" aria-label={label}>
      <path className="body-figure__outline" d={OUTLINE} />
      <ellipse className="body-figure__outline" cx={MIDDLE} cy={80} rx={54} ry={62} />
      <circle className="body-figure__eye" cx={230} cy={94} r={5} />
      <circle className="body-figure__eye" cx={270} cy={94} r={5} />
      {organs.map(({ id, name }) => {
        const drawing = DRAWINGS[id];
        const left = drawing.label.x < MIDDLE;
        const lineStart = drawing.label.x + (left ? 8 : -8);
        return (
          <g key={id} className={`body-organ body-organ--${id}${drawing.tube ? ' body-organ--tube' : ''}`}>
            <g className="body-organ__shape">{drawing.shape}</g>
            <path className="body-organ__leader" d={`M${lineStart} ${drawing.label.y - 8}L${drawing.on.x} ${drawing.on.y}`} />
            <circle className="body-organ__dot" cx={drawing.on.x} cy={drawing.on.y} r={4} />
            <text className="body-organ__label" x={drawing.label.x} y={drawing.label.y} textAnchor={left ? 'end' : 'start'}>
              {name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
