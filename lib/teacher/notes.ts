import type { Guide } from './schema';
import type { SlideSpec } from './slides';

/** One group of speaker notes: a heading and its points. */
export interface NoteGroup {
  heading: string;
  items: string[];
}

const phaseNote = (phase: Guide['phases'][number]): NoteGroup => ({
  heading: `Phase: ${phase.title} (${phase.minutes} min)`,
  items: [phase.teacher],
});

/** The guide's phases that project a given scene ("Szene 3", "Szenen 3 und 4"). */
function phasesForScene(guide: Guide, scene: number): Guide['phases'] {
  const mentions = new RegExp(`Szenen?\\s+(?:\\d+\\s+und\\s+)?${scene}\\b|Szenen\\s+${scene}\\s+und`);
  return guide.phases.filter((phase) => mentions.test(`${phase.material ?? ''} ${phase.teacher}`));
}

/**
 * The speaker notes for a slide, taken from the lesson's guide: the overview on the title slide, the phase
 * that projects a scene, the hints to the discussion questions, what to cut at the recap and the notes on
 * sensitive situations at the help slide. Pure.
 */
export function slideNotes(spec: SlideSpec, guide: Guide): NoteGroup[] {
  switch (spec.kind) {
    case 'title':
      return [{ heading: 'Worum es geht', items: [guide.overview] }];
    case 'goals':
      return guide.phases[0] ? [phaseNote(guide.phases[0])] : [];
    case 'scene': {
      const notes = phasesForScene(guide, spec.scene).map(phaseNote);
      return spec.note ? [...notes, { heading: 'Sensible Situationen', items: guide.sensitive }] : notes;
    }
    case 'fact':
    case 'graphic':
      return [];
    case 'discussion':
      return guide.discussion.map((item) => ({ heading: item.question, items: item.hints }));
    case 'reflection':
      return [{ heading: 'Wenn es langsamer geht', items: guide.differentiation.slower }];
    case 'recap':
      return [
        { heading: 'Wenn die Zeit knapp wird', items: guide.shortOfTime },
        { heading: 'Hausaufgabe', items: [guide.homework] },
      ];
    case 'help':
      return [{ heading: 'Sensible Situationen', items: guide.sensitive }];
  }
}
