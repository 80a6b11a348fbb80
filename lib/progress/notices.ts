import type { Rescoring } from './codec';

/**
 * "2 Quiz-Versuche wurden anhand deiner Antworten neu bewertet." and, where it follows, the lessons that are
 * open again: what the learner is told after older data stored results its answers do not earn.
 */
export function rescoringText({ attempts, lessons }: Rescoring): string {
  const parts: string[] = [];
  if (attempts > 0) {
    parts.push(
      attempts === 1
        ? '1 Quiz-Versuch wurde anhand deiner Antworten neu bewertet.'
        : `${attempts} Quiz-Versuche wurden anhand deiner Antworten neu bewertet.`,
    );
  }
  if (lessons > 0) {
    parts.push(lessons === 1 ? '1 Lektion gilt nicht mehr als abgeschlossen.' : `${lessons} Lektionen gelten nicht mehr als abgeschlossen.`);
  }
  return parts.join(' ');
}

/** Why the browser cannot save, in the learner's words; the learner can go on, the progress lasts for the tab. */
export const storageProblemText = {
  unavailable:
    'Dieser Browser erlaubt gerade kein Speichern (zum Beispiel im privaten Modus). Du kannst trotzdem weiterlernen. Dein Fortschritt bleibt aber nur, bis du den Tab schließt.',
  full: 'Der Speicher dieses Browsers ist voll. Du kannst weiterlernen, aber neue Ergebnisse bleiben nur, bis du den Tab schließt.',
} as const;
