import { graphicData } from '@/lib/content/queries';
import type { GraphicKind } from '@/lib/graphics/kinds';
import type { GraphicData } from '@/lib/graphics/registry';
import { AddictionCycleGraphic } from './AddictionCycleGraphic';
import { BodyGraphic } from './BodyGraphic';
import { CostGraphic } from './CostGraphic';
import { TimelineGraphic } from './TimelineGraphic';

/**
 * Where a graphic is shown: on the lesson page, on a projector slide, or on a printed worksheet. Each kind draws
 * itself for the place.
 */
export type GraphicVariant = 'page' | 'slide' | 'print';

/** What each kind's component gets. */
export interface GraphicProps<K extends GraphicKind> {
  data: GraphicData[K];
  variant: GraphicVariant;
}

/**
 * One graphic by its kind, with its data from the content (content/grafiken/<art>.yaml, validated at build).
 * Server component; only the calculator and the body figure's controls bring client code of their own.
 */
export function GraphicView({ kind, variant }: { kind: GraphicKind; variant: GraphicVariant }): React.ReactNode {
  const data = graphicData(kind);
  if (!data) throw new Error(`Grafik "${kind}": keine Daten in content/grafiken/${kind}.yaml.`);
  switch (kind) {
    case 'zeitstrahl':
      return <TimelineGraphic data={data as GraphicData['zeitstrahl']} variant={variant} />;
    case 'suchtkreislauf':
      return <AddictionCycleGraphic data={data as GraphicData['suchtkreislauf']} variant={variant} />;
    case 'koerper':
      return <BodyGraphic data={data as GraphicData['koerper']} variant={variant} />;
    case 'kosten':
      return <CostGraphic data={data as GraphicData['kosten']} variant={variant} />;
  }
}
