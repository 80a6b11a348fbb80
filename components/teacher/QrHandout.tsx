'use client';

import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * Cut-out cards with a QR code and the short address of a lesson. The code is generated here in the
 * browser with the qrcode library: no external service, and it points at wherever the course is served.
 */
export function QrHandout({ path, title, copies = 6 }: { path: string; title: string; copies?: number }) {
  const [code, setCode] = useState<{ url: string; image: string } | null>(null);

  useEffect(() => {
    const url = new URL(path, window.location.origin).toString();
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 320 }).then((image) => setCode({ url, image }));
  }, [path]);

  if (!code) return <p>QR-Code wird erzeugt …</p>;
  const shortUrl = code.url.replace(/^https?:\/\//, '');
  return (
    <ul className="qr-cards link-list" aria-label="Karten zum Ausschneiden">
      {Array.from({ length: copies }, (_, i) => (
        <li key={i} className="qr-card">
          <p>
            <strong>Rauchzeichen: {title}</strong>
          </p>
          {/* A data URL made in this page: no request leaves the site. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={code.image} alt={i === 0 ? `QR-Code für ${shortUrl}` : ''} width={160} height={160} />
          <p className="qr-card__url">{shortUrl}</p>
          <p className="small">Mit der Kamera scannen oder die Adresse eintippen.</p>
        </li>
      ))}
    </ul>
  );
}
