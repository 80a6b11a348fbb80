import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The course's links: Next's client-side navigation, without prefetching. By default every `next/link` fetches
 * its page's payload and code as soon as it scrolls into view: on a lesson that is a dozen requests and their
 * parsing on the main thread right after the page has loaded, repeated by every tablet of a class on the school
 * network or the teacher's laptop. Here a page is fetched when it is chosen; after the first visit the service
 * worker answers from this device. Not a client module: from a server component it adds no code.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
