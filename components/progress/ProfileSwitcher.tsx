'use client';

import { useId, useState } from 'react';
import { useProgress, withProgressStore as act } from './progress-client';

/** "Wer lernt gerade?": named profiles for shared computers, and a guest mode that stores nothing. */
export function ProfileSwitcher() {
  const progress = useProgress();
  const [name, setName] = useState('');
  const headingId = useId();
  if (!progress) {
    return (
      <section className="profiles" aria-labelledby={headingId}>
        <h2 id={headingId}>Wer lernt gerade?</h2>
        <p>Wird geladen …</p>
      </section>
    );
  }

  if (progress.mode === 'guest') {
    return (
      <section className="profiles" aria-labelledby={headingId}>
        <h2 id={headingId}>Wer lernt gerade?</h2>
        <p>
          Du lernst als <strong>Gast</strong>. Es wird nichts gespeichert.
        </p>
        <button type="button" className="button button--secondary" onClick={() => act((store) => store.leaveGuestMode())}>
          Gastmodus beenden
        </button>
      </section>
    );
  }

  return (
    <section className="profiles" aria-labelledby={headingId}>
      <h2 id={headingId}>Wer lernt gerade?</h2>
      <p>
        Du lernst als <strong>{progress.profile.name}</strong>. Teilt ihr euch einen Computer? Dann legt jede und jeder
        ein eigenes Profil an – oder lernt als Gast.
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
        <form
          className="profiles__new"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() === '') return;
            act((store) => store.addProfile(name));
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
        <button type="button" className="button button--quiet" onClick={() => act((store) => store.enterGuestMode())}>
          Als Gast lernen (nichts speichern)
        </button>
      </div>
    </section>
  );
}
