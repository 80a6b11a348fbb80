'use client';

import { Fragment, useEffect, useId, useState, useSyncExternalStore } from 'react';
import QRCode from 'qrcode';
import { COURSE_ADDRESS_KEY, addressLinePieces, coursePageUrl, isLoopbackHost, parseCourseAddress, printableAddress } from '@/lib/site/course-address';
import './print.css';

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

function readSavedRoot(): string {
  try {
    const saved = parseCourseAddress(window.localStorage.getItem(COURSE_ADDRESS_KEY) ?? '');
    return saved.ok ? saved.root : '';
  } catch {
    return '';
  }
}

// The page's own address does not change while it is open; the server has none (null).
const noSubscription = () => () => {};
const onServer = () => null;

function save(root: string) {
  try {
    window.localStorage.setItem(COURSE_ADDRESS_KEY, root);
  } catch {
    // Storage disabled or full: the address still works for this page.
  }
}

/**
 * Cut-out cards, ten to an A4 page, with a QR code, the lesson's title and its short address. The code is generated here in the
 * browser with the qrcode library: no external service. It points at where the course is served — and
 * when that is this computer only (localhost), at the address the teacher types for the class.
 */
export function QrHandout({ path, title, copies = 10 }: { path: string; title: string; copies?: number }) {
  const fieldId = useId();
  const local = useSyncExternalStore(noSubscription, () => isLoopbackHost(window.location.hostname), onServer);
  const savedRoot = useSyncExternalStore(noSubscription, readSavedRoot, onServer);
  const pageRoot = useSyncExternalStore(noSubscription, () => window.location.origin + basePath, onServer);
  const [chosenRoot, setChosenRoot] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<{ url: string; image: string } | null>(null);
  const root = local === null ? null : local ? chosenRoot ?? (savedRoot || null) : pageRoot;
  // A code made for an earlier address is not shown while the new one is being drawn.
  const card = root && code?.url === coursePageUrl(root, path) ? code : null;

  useEffect(() => {
    if (!root) return;
    const url = coursePageUrl(root, path);
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 320 }).then((image) => setCode({ url, image }));
  }, [root, path]);

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    const result = parseCourseAddress(draft ?? savedRoot ?? '');
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    save(result.root);
    setChosenRoot(result.root);
  };

  if (local === null) return <p>QR-Code wird erzeugt …</p>;
  return (
    <>
      {local && (
        <form className="notice notice--warning no-print address-form" onSubmit={apply} noValidate>
          <p>
            <strong>Der Kurs ist gerade nur auf diesem Computer geöffnet</strong> ({window.location.host}). Diese Adresse
            können die Geräte der Klasse nicht öffnen. Geben Sie die Adresse ein, unter der die Klasse den Kurs erreicht. Wenn
            Sie den Kurs mit <code>npm start</code> starten, steht sie im Fenster unter „Für die Klasse“.
          </p>
          <label htmlFor={fieldId}>Adresse für die Klasse</label>
          <div className="address-form__row">
            <input
              id={fieldId}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder="http://192.168.1.20:3000"
              value={draft ?? savedRoot ?? ''}
              onChange={(event) => setDraft(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fieldId}-fehler` : undefined}
            />
            <button type="submit" className="button">
              Übernehmen
            </button>
          </div>
          {error && (
            <p id={`${fieldId}-fehler`} className="field-error" role="alert">
              {error}
            </p>
          )}
          {root && <p className="small">Wird auf diesem Gerät gespeichert. QR-Codes führen zu: {root}/</p>}
        </form>
      )}
      {!root ? (
        <p className="no-print">Sobald die Adresse eingetragen ist, erscheinen hier die Karten zum Ausdrucken.</p>
      ) : !card ? (
        <p>QR-Code wird erzeugt …</p>
      ) : (
        <ul className="qr-cards link-list" aria-label="Karten zum Ausschneiden">
          {Array.from({ length: copies }, (_, i) => (
            <li key={i} className="qr-card">
              <p>
                <span className="qr-card__course">Rauchzeichen</span>
                <strong>{title}</strong>
              </p>
              {/* A data URL made in this page: no request leaves the site. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={card.image} alt={i === 0 ? `QR-Code für ${printableAddress(card.url)}` : ''} width={160} height={160} />
              <p className="qr-card__url">
                {addressLinePieces(printableAddress(card.url)).map((piece, index) => (
                  <Fragment key={index}>
                    <span className="qr-card__piece">{piece}</span>
                    <wbr />
                  </Fragment>
                ))}
              </p>
              <p className="small">Mit der Kamera scannen oder die Adresse eintippen.</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
