'use client';

import Link from '@/components/site/Link';
import { routes } from '@/lib/site/routes';
import { useEffect, useState } from 'react';
import type { ProfileEntry } from '@/lib/progress/store';
import { rescoringText, storageProblemText } from '@/lib/progress/notices';
import { isDefaultProfileName } from '@/lib/progress/names';
import { PIN_LIMITS, PinInput, WRONG_PIN } from './PinInput';
import { useProgress } from './useProgress';
import { withProgressStore } from '@/lib/progress/browser-store';
import { QuarantineNotice } from './QuarantineList';
import { LEARNER_ATTRIBUTE, learnerHint } from '@/lib/progress/learner-hint';

/**
 * Site-wide notices about the learner's data: never silent, never blocking. They sit in the layout's notices
 * region beside the guest notice, which is in the HTML; this keeps <html data-learner> in step with the store,
 * which shows or hides that one.
 */
export function ProgressNotices() {
  const progress = useProgress();
  const hint = progress && learnerHint(progress);
  useEffect(() => {
    if (hint) document.documentElement.setAttribute(LEARNER_ATTRIBUTE, hint);
  }, [hint]);
  if (!progress) return null;
  const { mode, storageProblem, quarantined, pendingProfile, rescored } = progress;
  return (
    <>
      {pendingProfile && <StillYouQuestion key={pendingProfile.id} profile={pendingProfile} />}
      {storageProblem && mode !== 'guest' && (
        <div className="notice notice--warning">
          <p>
            <strong>Speichern nicht möglich.</strong> {storageProblemText[storageProblem]} Auf{' '}
            <Link href={routes.progress}>Mein Fortschritt</Link> kannst du ihn als Datei sichern.
          </p>
        </div>
      )}
      {rescored && !pendingProfile && (
        <div className="notice notice--info">
          <p>
            <strong>{rescoringText(rescored)}</strong> Ergebnisse werden immer aus deinen Antworten berechnet. Gespeicherte
            Punkte, die nicht dazu passten, gelten nicht mehr.
          </p>
        </div>
      )}
      {quarantined.length > 0 && <QuarantineNotice items={quarantined} />}
    </>
  );
}

/**
 * After the browser was closed with a profile still open: "Bist du Ayla?" before anything of it shows,
 * so the next pupil does not land in Ayla's progress by opening the course.
 */
function StillYouQuestion({ profile }: { profile: ProfileEntry }) {
  const [askingPin, setAskingPin] = useState(false);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState('');
  const question = isDefaultProfileName(profile.name) ? `Ist „${profile.name}“ dein Profil?` : `Bist du ${profile.name}?`;
  const open = (withPin: string) =>
    withProgressStore(async (store) => {
      const result = await store.openProfile(profile.id, withPin);
      setPin('');
      setProblem(result.ok ? '' : WRONG_PIN);
    });
  return (
    <div className="notice notice--info" role="group" aria-label="Wer lernt gerade?">
      <p>
        <strong>{question}</strong> Das Profil war noch angemeldet, als der Browser geschlossen wurde.
      </p>
      {askingPin ? (
        <form
          className="profiles__new"
          onSubmit={(event) => {
            event.preventDefault();
            open(pin);
          }}
        >
          <PinInput label={`PIN von ${profile.name}`} value={pin} onChange={setPin} required autoFocus />
          <button type="submit" className="button button--primary">
            Profil öffnen
          </button>
        </form>
      ) : null}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {askingPin && <p className="small">{PIN_LIMITS}</p>}
      <div className="button-row">
        {!askingPin && (
          <button type="button" className="button button--primary" onClick={() => (profile.hasPin ? setAskingPin(true) : open(''))}>
            Ja
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => withProgressStore((store) => store.signOut())}>
          Nein, ich bin jemand anderes
        </button>
      </div>
    </div>
  );
}
