/**
 * Does a text state a figure? Digits do, except where they name something rather than count it:
 * a place in the course ("Lektion 5"), a year ("2023"), and the emergency number 112, which
 * facts.md allows without a source. Number words ("doppelt", "jeder siebte") are not looked for:
 * the rule is about figures an author copies from a source, and those are written in digits.
 */
const NOT_FIGURES = [/\b(?:Lektion|Frage|Szene|Klasse|Kapitel)\s+\d+\b/g, /\b(?:19|20)\d{2}\b(?![.,]\d)/g, /\b112\b/g];

/** The first figure a text states, e.g. "6,8" or "5.300", or undefined when it states none. */
export function firstFigure(text: string): string | undefined {
  const rest = NOT_FIGURES.reduce((current, pattern) => current.replace(pattern, ' '), text);
  return /\d+(?:[.,]\d+)*/.exec(rest)?.[0];
}
