import type { MDXComponents } from 'mdx/types';
import { Begriff, Fakt, ImGespraech, Nachgedacht, Rueckblick, Szene } from '@/components/lesson/teaching';

/** Every component a lesson may use, mapped once. Authors learn this small vocabulary, not HTML. */
const lessonComponents = { Szene, Fakt, Nachgedacht, ImGespraech, Rueckblick, Begriff };

export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components, ...lessonComponents };
}
