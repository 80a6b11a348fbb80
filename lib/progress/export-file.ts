/** The files the learner downloads: their names (pure) and the download itself (browser only). */

/** "2026-11-29" in local time, for file names. */
export function fileDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A profile name as part of a file name: lower case, umlauts spelt out, anything else a hyphen. */
function safeFileName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "rauchzeichen-fortschritt-joerg-2026-11-29.json"; a name with nothing usable becomes "profil". */
export function progressFileName(profileName: string, date = new Date()): string {
  return `rauchzeichen-fortschritt-${safeFileName(profileName) || 'profil'}-${fileDate(date)}.json`;
}

/** "rauchzeichen-beiseitegelegt-2026-11-29-2.json" for the second item set aside. */
export function quarantineFileName(position: number, date = new Date()): string {
  return `rauchzeichen-beiseitegelegt-${fileDate(date)}-${position}.json`;
}

/** Offers text as a file download, entirely in the browser. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
