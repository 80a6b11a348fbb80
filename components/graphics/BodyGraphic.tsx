import type { GraphicProps } from './GraphicView';

/** The "koerper" graphic (content/grafiken/koerper.yaml). */
export function BodyGraphic({ data, variant }: GraphicProps<'koerper'>) {
  return <pre className={`graphic-data graphic-data--${variant}`}>{JSON.stringify(data, null, 2)}</pre>;
}
