import type { GraphicProps } from './GraphicView';

/** The "suchtkreislauf" graphic (content/grafiken/suchtkreislauf.yaml). */
export function AddictionCycleGraphic({ data, variant }: GraphicProps<'suchtkreislauf'>) {
  return <pre className={`graphic-data graphic-data--${variant}`}>{JSON.stringify(data, null, 2)}</pre>;
}
