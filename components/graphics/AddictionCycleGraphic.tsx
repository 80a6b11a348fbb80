import { cycleLayout, type AddictionCycle, type Point } from '@/lib/graphics/suchtkreislauf';
import { GraphicSources } from './GraphicSources';
import type { GraphicProps } from './GraphicView';

/**
 * The "suchtkreislauf" graphic (content/grafiken/suchtkreislauf.yaml): the steps on a ring with arrows (arrowheads,
 * not colour, give the direction), and the same steps as a numbered list with their text, which is what a screen
 * reader reads. Server-only. On a slide the ring is the picture and the list stays for screen readers only.
 */
export function AddictionCycleGraphic({ data, variant }: GraphicProps<'suchtkreislauf'>) {
  return (
    <div className={`cycle cycle--${variant}`}>
      {variant !== 'slide' && <CycleDiagram steps={data.steps} shape={NARROW} id={`${variant}-narrow`} />}
      <CycleDiagram steps={data.steps} shape={WIDE} id={`${variant}-wide`} />
      <div className={variant === 'slide' ? 'visually-hidden' : undefined}>
        <ol className="cycle__steps">
          {data.steps.map((step, index) => (
            <li className="cycle__step" key={index}>
              <span className="cycle__title">{step.title}:</span> {step.text}
            </li>
          ))}
        </ol>
        <p className="cycle__again">Und dann geht es von vorn los: wieder {data.steps[0]!.title}.</p>
      </div>
      <GraphicSources ids={data.steps.map((step) => step.source)} variant={variant} />
    </div>
  );
}

interface Shape {
  name: 'narrow' | 'wide';
  width: number;
  height: number;
  radius: Point;
  /** Font size of the labels, in user units; a letter takes about 0.55 of it. */
  fontSize: number;
}

/** For a phone: nearly a circle, so that the labels stay large on a narrow screen. */
const NARROW: Shape = { name: 'narrow', width: 520, height: 440, radius: { x: 150, y: 170 }, fontSize: 26 };
/** For a wide page and the projector: an ellipse as wide as the slide. */
const WIDE: Shape = { name: 'wide', width: 800, height: 400, radius: { x: 270, y: 140 }, fontSize: 28 };

function CycleDiagram({ steps, shape, id }: { steps: AddictionCycle['steps']; shape: Shape; id: string }) {
  const center = { x: shape.width / 2, y: shape.height / 2 };
  const labels = steps.map((step, index) => `${index + 1}. ${step.title}`);
  const boxes = labels.map((label) => ({ halfWidth: (label.length * shape.fontSize * 0.55 + 28) / 2, halfHeight: shape.fontSize * 0.9 }));
  const { nodes, arrows } = cycleLayout(boxes, { center, radius: shape.radius, margin: 8 });
  const markerId = `cycle-arrowhead-${id}`;
  return (
    <svg className={`cycle__diagram cycle__diagram--${shape.name}`} viewBox={`0 0 ${shape.width} ${shape.height}`} aria-hidden="true" focusable="false">
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="7" refY="5" markerWidth="4.5" markerHeight="4.5" orient="auto">
          <path className="cycle__arrowhead" d="M 0 0 L 10 5 L 0 10 z" />
        </marker>
      </defs>
      {arrows.map((d, index) => (
        <path key={index} className="cycle__arrow" d={d} markerEnd={`url(#${markerId})`} />
      ))}
      <text className="cycle__center" x={center.x} y={center.y - 4} textAnchor="middle" fontSize={shape.fontSize}>
        immer
      </text>
      <text className="cycle__center" x={center.x} y={center.y + shape.fontSize} textAnchor="middle" fontSize={shape.fontSize}>
        wieder
      </text>
      {labels.map((label, index) => {
        const { x, y } = nodes[index]!;
        const { halfWidth, halfHeight } = boxes[index]!;
        return (
          <g key={index}>
            <rect className="cycle__node" x={x - halfWidth} y={y - halfHeight} width={2 * halfWidth} height={2 * halfHeight} rx={halfHeight} />
            <text className="cycle__label" x={x} y={y + shape.fontSize * 0.35} textAnchor="middle" fontSize={shape.fontSize}>
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
