import type { GraphicProps } from './GraphicView';

/** The "kosten" graphic (content/grafiken/kosten.yaml). */
export function CostGraphic({ data, variant }: GraphicProps<'kosten'>) {
  return <pre className={`graphic-data graphic-data--${variant}`}>{JSON.stringify(data, null, 2)}</pre>;
}
