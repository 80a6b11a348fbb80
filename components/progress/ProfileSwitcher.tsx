'use client';

import { useId, useState } from 'react';
import { useProgress, withProgressStore as act } from './progress-client';

/** "Wer lernt gerade?": named profiles for shared computers, and a guest mode that stores nothing. */
export function ProfileSwitcher() {
  const progress = useProgress();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const headingId = useId();
  const section = (children: React.ReactNode) => (
    <section className="profiles" id="wer-lernt-gerade" aria-labelledby={headingId}>
      <h2 id={headingId}>Wer lernt gerade?</h2>
      {children}
    </section>
  );
  if (!progress) return section(<p>Wird geladen …</p>);
  const guest = progress.mode === 'guest';

  const newProfileForm = (
    <form
      className="profiles__new"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') return;
        act((store) => {
          if (guest) store.leaveGuestMode();
          store.addProfile(name);
        });
        setName('');
      }}
    >
      <label className="field">
        <span className="field__label">Neues Profil (Vorname oder Spitzname)</span>
        <input value={name} maxLength={40} autoComplete="off" onChange={(event) => setName(event.target.value)} required />
      </label>
      <button type="submit" className="button button--secondary">
        Profil anlegen
      </button>
    </form>
  );

  if (guest) {
    const choice = chosen || progress.savedProfiles[0]?.id || '';
    return section(
      <>
        <p>
          Du lernst als <strong>Gast</strong>. Es wird nichts gespeichert. Wenn du ein Profil hast, wähle es aus.
        </p>
        <div className="profiles__controls">
          {progress.savedProfiles.length > 0 && (
            <form
              className="profiles__new"
              onSubmit={(event) => {
                event.preventDefault();
                act((store) => store.leaveGuestMode(choice));
              }}
            >
              <label className="field">
                <span className="field__label">Dein Profil auswählen</span>
                <select value={choice} onChange={(event) => setChosen(event.target.value)}>
                  {progress.savedProfiles.map((profile) => (
                    <option key={profile.id} value={profile.id}>
                      {profile.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="button button--primary">
                Weiter mit diesem Profil
              </button>
            </form>
          )}
          {newProfileForm}
        </div>
      </>,
    );
  }

  return section(
    <>
      <p>
        Du lernst als <strong>{progress.profile.name}</strong>. Teilt ihr euch einen Computer? Dann legt jede und jeder ein
        eigenes Profil an – oder lernt als Gast.
      </p>
      <div className="profiles__controls">
        {progress.record.profiles.length > 1 && (
          <label className="field">
            <span className="field__label">Profil wechseln</span>
            <select value={progress.profile.id} onChange={(event) => act((store) => store.switchProfile(event.target.value))}>
              {progress.record.profiles.map((profile) => (
                <option key={profile.id} value={profile.id}>
                  {profile.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {newProfileForm}
        <button type="button" className="button button--quiet" onClick={() => act((store) => store.enterGuestMode())}>
          Als Gast lernen (nichts speichern)
        </button>
      </div>
    </>,
  );
}
