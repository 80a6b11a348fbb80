'use client';

import { useId, useState } from 'react';
import type { ProfileEntry, ProgressSnapshot } from '@/lib/progress/store';
import { ConfirmDialog } from './ConfirmDialog';
import { PIN_LIMITS, PinInput, WRONG_PIN } from './PinInput';
import { useProgress } from './useProgress';
import { withProgressStore as act } from '@/lib/progress/browser-store';
import { SignOutButton } from './SignOutButton';

/** "Wer lernt gerade?" on the home page: pick your own profile on purpose, create one, or learn as a guest. */
export function ProfileSwitcher() {
  const progress = useProgress();
  const headingId = useId();
  return (
    <section className="profiles" id="wer-lernt-gerade" aria-labelledby={headingId}>
      <h2 id={headingId}>Wer lernt gerade?</h2>
      {!progress ? (
        <p>Wird geladen …</p>
      ) : progress.mode === 'guest' ? (
        <NobodySignedIn progress={progress} />
      ) : (
        <SignedIn progress={progress} />
      )}
      <dl className="profiles__terms">
        <dt>Als Gast lernen</dt>
        <dd>
          Es wird nichts gespeichert. Schließt du den Tab, ist alles weg. Legst du vorher ein Profil an, nimmst du deinen
          Fortschritt mit.
        </dd>
        <dt>Abmelden</dt>
        <dd>
          Dein Profil bleibt in diesem Browser gespeichert, aber niemand ist mehr angemeldet. Die nächste Person wählt
          ihren eigenen Namen oder lernt als Gast.
        </dd>
      </dl>
    </section>
  );
}

function NobodySignedIn({ progress }: { progress: ProgressSnapshot }) {
  const { savedProfiles } = progress;
  return (
    <>
      <p>
        Niemand ist angemeldet. Du lernst als <strong>Gast</strong>.{' '}
        {savedProfiles.length > 0 ? 'Hast du schon ein Profil? Wähle deinen Namen.' : 'Leg ein Profil an, damit dein Fortschritt gespeichert wird.'}
      </p>
      {savedProfiles.length > 0 && <ChooseProfile profiles={savedProfiles} />}
      <NewProfileForm />
    </>
  );
}

function ChooseProfile({ profiles }: { profiles: ProfileEntry[] }) {
  const [chosenId, setChosenId] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState('');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const chosen = profiles.find((p) => p.id === chosenId);
  return (
    <form
      className="profiles__open"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        act(async (store) => {
          const result = await store.openProfile(chosen.id, pin);
          setPin('');
          setProblem(result.ok ? '' : WRONG_PIN);
        });
      }}
    >
      <div className="profiles__new">
        <label className="field">
          <span className="field__label">Dein Profil</span>
          <select
            value={chosenId}
            required
            onChange={(event) => {
              setChosenId(event.target.value);
              setPin('');
              setProblem('');
            }}
          >
            <option value="" disabled>
              Bitte deinen Namen wählen
            </option>
            {profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
              </option>
            ))}
          </select>
        </label>
        {chosen?.hasPin && <PinInput label={`PIN von ${chosen.name}`} value={pin} onChange={setPin} required />}
        <button type="submit" className="button button--primary" disabled={!chosen}>
          Weiter mit diesem Profil
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {chosen?.hasPin && (
        <details className="profiles__forgot">
          <summary>PIN vergessen?</summary>
          <p>
            Eine vergessene PIN lässt sich nicht zurückholen, und ohne PIN kann niemand das Profil öffnen oder seinen
            Fortschritt herunterladen – auch nicht deine Lehrkraft. Du kannst das Profil löschen und neu anfangen.
          </p>
          <button type="button" className="button button--danger" onClick={() => setConfirmingDelete(true)}>
            Profil „{chosen.name}“ löschen
          </button>
        </details>
      )}
      <ConfirmDialog
        open={confirmingDelete && chosen !== undefined}
        title={`Profil „${chosen?.name ?? ''}“ löschen?`}
        confirmLabel="Ja, Profil löschen"
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={() => {
          if (chosen) act((store) => store.forgetProfile(chosen.id));
          setConfirmingDelete(false);
          setChosenId('');
        }}
      >
        <p>
          Das Profil und sein ganzer Fortschritt werden gelöscht. Das lässt sich nicht rückgängig machen. Lösch nur dein
          eigenes Profil.
        </p>
      </ConfirmDialog>
    </form>
  );
}

function NewProfileForm() {
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '' || (pin !== '' && pin.length !== 4)) return;
        act(async (store) => {
          await store.createProfile(name, pin || undefined);
          setName('');
          setPin('');
        });
      }}
    >
      <div className="profiles__new">
        <label className="field">
          <span className="field__label">Neues Profil (Vorname oder Spitzname)</span>
          <input value={name} maxLength={40} autoComplete="off" onChange={(event) => setName(event.target.value)} required />
        </label>
        <PinInput label="PIN (4 Ziffern, freiwillig)" value={pin} onChange={setPin} />
        <button type="submit" className="button button--secondary">
          Profil anlegen
        </button>
      </div>
      <p className="small">{PIN_LIMITS}</p>
    </form>
  );
}

function SignedIn({ progress }: { progress: ProgressSnapshot }) {
  const { profile } = progress;
  const [pin, setPin] = useState('');
  const [saved, setSaved] = useState('');
  const hasPin = profile.pin !== undefined;
  return (
    <>
      <p>
        Du lernst im Profil <strong>{profile.name}</strong>. Bist du das nicht, oder bist du fertig? Dann melde dich ab.
      </p>
      <SignOutButton />
      <details className="profiles__pin">
        <summary>{hasPin ? 'PIN ändern oder entfernen' : 'PIN für dein Profil festlegen'}</summary>
        <p className="small">{PIN_LIMITS}</p>
        <form
          className="profiles__new"
          onSubmit={(event) => {
            event.preventDefault();
            if (pin.length !== 4) return;
            act(async (store) => {
              await store.setPin(pin);
              setPin('');
              setSaved('Die neue PIN gilt ab jetzt.');
            });
          }}
        >
          <PinInput label={hasPin ? 'Neue PIN (4 Ziffern)' : 'PIN (4 Ziffern)'} value={pin} onChange={setPin} required />
          <button type="submit" className="button button--secondary">
            PIN speichern
          </button>
          {hasPin && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                act((store) => {
                  store.removePin();
                  setSaved('Dein Profil hat keine PIN mehr.');
                })
              }
            >
              PIN entfernen
            </button>
          )}
        </form>
        <p role="status">{saved}</p>
      </details>
    </>
  );
}
