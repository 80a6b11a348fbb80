import type { MDXComponents } from 'mdx/types';
import { lessonComponents } from '@/components/lesson/teaching';

// Every component a lesson may use is mapped once, in components/lesson/teaching.tsx.
// Authors learn this small vocabulary, not HTML.

export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components, ...lessonComponents };
}
