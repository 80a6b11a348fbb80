/**
 * The name given to progress that has no learner's name: a version 1 record migrated into profiles.
 * Kept apart from the codec (and its zod schemas) so the header can word it without loading them.
 */
export const DEFAULT_PROFILE_NAME = 'Mein Profil';

/** "Bist du Ayla?" reads as German only for a real name; "Mein Profil" is not someone one can be. */
export function isDefaultProfileName(name: string): boolean {
  return name === DEFAULT_PROFILE_NAME;
}
