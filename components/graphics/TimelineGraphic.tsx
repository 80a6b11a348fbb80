import type { GraphicProps } from './GraphicView';

/** The "zeitstrahl" graphic (content/grafiken/zeitstrahl.yaml). */
export function TimelineGraphic({ data, variant }: GraphicProps<'zeitstrahl'>) {
  return <pre className={`graphic-data graphic-data--${variant}`}>{JSON.stringify(data, null, 2)}</pre>;
}
