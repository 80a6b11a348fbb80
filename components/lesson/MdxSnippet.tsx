import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { lessonComponents } from './teaching';

/**
 * Renders a piece of a lesson's MDX (one scene, one fact box) at build time, for slides and
 * worksheets. Server only: it compiles MDX, which never happens in the browser.
 */
export async function MdxSnippet({ source, components }: { source: string; components?: Record<string, unknown> }) {
  const { default: Content } = await evaluate(source, { ...runtime });
  return <Content components={{ ...lessonComponents, ...components }} />;
}
