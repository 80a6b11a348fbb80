/** `next/navigation` in a SCORM package: the renderer has no router; a page that is not found fails the build. */
export function notFound(): never {
  throw new Error('SCORM: Seite nicht gefunden.');
}

export function useRouter() {
  return {
    push(href: string) {
      window.location.assign(href);
    },
    replace(href: string) {
      window.location.replace(href);
    },
    refresh() {
      window.location.reload();
    },
  };
}
