import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { packageHref } from '../links';

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string | { pathname: string }; children?: ReactNode; prefetch?: unknown; replace?: unknown; scroll?: unknown };

/**
 * `next/link` in a SCORM package: a plain relative link to the package's page, or nothing where the package has
 * no page for the address (the pupil stays inside the package; the LMS leads on).
 */
export default function Link({ href, children, ...props }: LinkProps) {
  // Next's routing options mean nothing for a plain link.
  const rest = Object.fromEntries(Object.entries(props).filter(([name]) => !['prefetch', 'replace', 'scroll'].includes(name)));
  const target = packageHref(typeof href === 'string' ? href : href.pathname);
  if (target === null) return null;
  return (
    <a href={target} {...rest}>
      {children}
    </a>
  );
}
