// The keys the progress store uses in localStorage and sessionStorage. A module of their own, so that the
// page's first-paint hint (learner-hint.ts) knows them without loading the store.

export const PROGRESS_KEY = 'rauchzeichen:fortschritt';
export const QUARANTINE_PREFIX = 'rauchzeichen:beiseitegelegt:';
/** A session flag only (no learner data), so a reload keeps a guest a guest until the tab closes. */
export const GUEST_FLAG_KEY = 'rauchzeichen:gastmodus';
/**
 * Set by "Abmelden" in localStorage, so that every tab and every new window of this browser starts as a
 * guest until someone picks a profile. A flag only, no learner data.
 */
export const SIGNED_OUT_KEY = 'rauchzeichen:abgemeldet';
/** The guest's progress, in this tab only (sessionStorage), so a reload or a link does not lose it. */
export const GUEST_RECORD_KEY = 'rauchzeichen:gast';
/**
 * The id of the profile opened in this tab's session (sessionStorage). A reload keeps it; a restarted
 * browser does not, and then the learner is asked whether they are still the one signed in.
 */
export const SESSION_PROFILE_KEY = 'rauchzeichen:angemeldet';

/**
 * What every progress record says it is: this course's data, in this version of the record's format (the
 * versions are described in schema.ts). Here, not in schema.ts, so that writing a record needs no schemas.
 */
export const APP_ID = 'rauchzeichen';
export const CURRENT_SCHEMA_VERSION = 3;
