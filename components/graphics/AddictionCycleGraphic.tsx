import { cycleLayout, type AddictionCycle, type LabelBox, type Point } from '@/lib/graphics/suchtkreislauf';
import { GraphicSources } from './GraphicSources';
import type { GraphicProps } from './GraphicView';

/**
 * The "suchtkreislauf" graphic (content/grafiken/suchtkreislauf.yaml): the steps on a ring with arrows (arrowheads,
 * not colour, give the direction), and the same steps as a numbered list with their text, which is what a screen
 * reader reads. Server-only. On a phone the steps stand in a column with an arrow back up; on a slide the ring is the picture and the list stays for screen readers only.
 */
export function AddictionCycleGraphic({ data, variant }: GraphicProps<'suchtkreislauf'>) {
  return (
    <div className={`cycle cycle--${variant}`}>
      {variant !== 'slide' && <CycleColumn steps={data.steps} id={`${variant}-narrow`} />}
      <CycleRing steps={data.steps} id={`${variant}-wide`} />
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

/** Labels in user units: a bold letter takes about 0.62 of the font size. */
const labelsOf = (steps: AddictionCycle['steps']) => steps.map((step, index) => `${index + 1}. ${step.title}`);
const boxOf = (label: string, fontSize: number) => ({ halfWidth: (label.length * fontSize * 0.62 + 28) / 2, halfHeight: fontSize * 0.9 });

function ArrowHead({ id }: { id: string }) {
  return (
    <defs>
      <marker id={id} viewBox="0 0 10 10" refX="7" refY="5" markerWidth="4.5" markerHeight="4.5" orient="auto">
        <path className="cycle__arrowhead" d="M 0 0 L 10 5 L 0 10 z" />
      </marker>
    </defs>
  );
}

function StepLabel({ label, at, box, fontSize }: { label: string; at: Point; box: LabelBox; fontSize: number }) {
  return (
    <g>
      <rect className="cycle__node" x={at.x - box.halfWidth} y={at.y - box.halfHeight} width={2 * box.halfWidth} height={2 * box.halfHeight} rx={box.halfHeight} />
      <text className="cycle__label" x={at.x} y={at.y + fontSize * 0.35} textAnchor="middle" fontSize={fontSize}>
        {label}
      </text>
    </g>
  );
}

/** For a phone: the steps one below the other, and an arrow from the last one back up to the first. */
function CycleColumn({ steps, id }: { steps: AddictionCycle['steps']; id: string }) {
  const fontSize = 26;
  const rowHeight = 84;
  const centerX = 170;
  const loopX = 360;
  const labels = labelsOf(steps);
  const boxes = labels.map((label) => boxOf(label, fontSize));
  const ys = labels.map((_, index) => 40 + index * rowHeight);
  const markerId = `cycle-arrowhead-${id}`;
  const first = 0;
  const last = labels.length - 1;
  return (
    <svg className="cycle__diagram cycle__diagram--narrow" viewBox={`0 0 380 ${ys[last]! + 40}`} aria-hidden="true" focusable="false">
      <ArrowHead id={markerId} />
      {ys.slice(1).map((y, index) => (
        <path key={index} className="cycle__arrow" d={`M ${centerX} ${ys[index]! + boxes[index]!.halfHeight + 4} V ${y - boxes[index + 1]!.halfHeight - 6}`} markerEnd={`url(#${markerId})`} />
      ))}
      <path
        className="cycle__arrow"
        d={`M ${centerX + boxes[last]!.halfWidth + 4} ${ys[last]} H ${loopX} V ${ys[first]} H ${centerX + boxes[first]!.halfWidth + 8}`}
        markerEnd={`url(#${markerId})`}
      />
      {labels.map((label, index) => (
        <StepLabel key={index} label={label} at={{ x: centerX, y: ys[index]! }} box={boxes[index]!} fontSize={fontSize} />
      ))}
    </svg>
  );
}

/** For a wide page and the projector: the steps on an ellipse as wide as a slide, clockwise. */
function CycleRing({ steps, id }: { steps: AddictionCycle['steps']; id: string }) {
  const fontSize = 28;
  const center = { x: 400, y: 200 };
  const labels = labelsOf(steps);
  const boxes = labels.map((label) => boxOf(label, fontSize));
  const { nodes, arrows } = cycleLayout(boxes, { center, radius: { x: 270, y: 140 }, margin: 8 });
  const markerId = `cycle-arrowhead-${id}`;
  return (
    <svg className="cycle__diagram cycle__diagram--wide" viewBox="0 0 800 400" aria-hidden="true" focusable="false">
      <ArrowHead id={markerId} />
      {arrows.map((d, index) => (
        <path key={index} className="cycle__arrow" d={d} markerEnd={`url(#${markerId})`} />
      ))}
      <text className="cycle__center" x={center.x} y={center.y - 4} textAnchor="middle" fontSize={fontSize}>
        immer
      </text>
      <text className="cycle__center" x={center.x} y={center.y + fontSize} textAnchor="middle" fontSize={fontSize}>
        wieder
      </text>
      {labels.map((label, index) => (
        <StepLabel key={index} label={label} at={nodes[index]!} box={boxes[index]!} fontSize={fontSize} />
      ))}
    </svg>
  );
}
