// Lesson-independent MDX pages (teacher overview, parents' letter) imported by path alias.
declare module '@/content/*.mdx' {
  import type { MDXProps } from 'mdx/types';
  export default function MDXContent(props: MDXProps): React.JSX.Element;
}
