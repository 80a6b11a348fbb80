import { scoringKey } from '@/lib/content/queries';

export const dynamic = 'force-static';

/**
 * The course's scoring key as a file of its own (out/bewertung.json), fetched once by the progress store
 * (lib/progress/browser-store.ts) and kept offline by the service worker like every other file. It used to
 * travel in every page's payload; as a file it is parsed once, and only where progress is shown.
 */
export function GET() {
  return Response.json(scoringKey());
}
