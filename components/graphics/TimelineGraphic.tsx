import { afterLabel, axisLandmarks, axisPositions, type Timeline } from '@/lib/graphics/zeitstrahl';
import { GraphicSources } from './GraphicSources';
import type { GraphicProps } from './GraphicView';

/**
 * The "zeitstrahl" graphic (content/grafiken/zeitstrahl.yaml): the steps as a numbered list, drawn as a vertical
 * timeline; on a wide lesson page a logarithmic time axis above it shows where the same numbers fall. The list is
 * the graphic's text; the axis only repeats it (hidden from screen readers). Server-only, no animation.
 */
export function TimelineGraphic({ data, variant }: GraphicProps<'zeitstrahl'>) {
  return (
    <div className={`timeline timeline--${variant}`}>
      {variant === 'page' && <TimelineAxis steps={data.steps} />}
      <div className="timeline__body">
        <ol className="timeline__steps">
        {data.steps.map((step, index) => (
          <li className="timeline__step" key={index}>
            <span className="timeline__when">{afterLabel(step.after)}:</span> <span className="timeline__what">{variant === 'slide' || !step.more ? step.text : `${step.text} ${step.more}`}</span>
          </li>
        ))}
        </ol>
        <GraphicSources ids={[data.source]} variant={variant} />
      </div>
    </div>
  );
}

const WIDTH = 1000;
const LINE_Y = 84;
const MARGIN = 40;

/** The numbered steps on a time axis from minutes to years; every tenfold stretch of time gets the same length. */
function TimelineAxis({ steps }: { steps: Timeline['steps'] }) {
  const x = (position: number) => MARGIN + position * (WIDTH - 2 * MARGIN);
  return (
    <svg className="timeline__axis" viewBox={`0 0 ${WIDTH} 140`} aria-hidden="true" focusable="false">
      <line className="timeline__axis-line" x1={MARGIN} y1={LINE_Y} x2={WIDTH - MARGIN} y2={LINE_Y} />
      <path className="timeline__axis-line" d={`M ${WIDTH - MARGIN} ${LINE_Y - 10} l 16 10 l -16 10 z`} />
      {axisLandmarks(steps).map(({ label, position }) => (
        <g key={label}>
          <line className="timeline__axis-tick" x1={x(position)} y1={LINE_Y - 8} x2={x(position)} y2={LINE_Y + 8} />
          <text className="timeline__axis-label" x={x(position)} y={LINE_Y + 40} textAnchor="middle">
            {label}
          </text>
        </g>
      ))}
      {axisPositions(steps).map(({ start, end }, index) => {
        // Steps on alternate heights, so that steps close in time (10 and 15 years) stay apart.
        const y = index % 2 === 0 ? LINE_Y - 32 : LINE_Y - 64;
        return (
          <g key={index}>
            {/* A span ("2 bis 12 Wochen") reaches along its marker's own height, so that spans close in time stay apart. */}
            {end > start && (
              <>
                <line className="timeline__axis-span" x1={x(start)} y1={y} x2={x(end)} y2={y} />
                <line className="timeline__axis-tick" x1={x(end)} y1={y - 10} x2={x(end)} y2={y + 10} />
              </>
            )}
            <line className="timeline__axis-tick" x1={x(start)} y1={y + 17} x2={x(start)} y2={LINE_Y} />
            <circle className="timeline__axis-marker" cx={x(start)} cy={y} r={17} />
            <text className="timeline__axis-number" x={x(start)} y={y + 7} textAnchor="middle">
              {index + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
