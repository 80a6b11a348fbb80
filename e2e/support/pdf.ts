import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PDFINFO = '/usr/bin/pdfinfo';

/** The number of pages in a PDF made by Chromium's page.pdf(): poppler's pdfinfo where installed, else its page objects. */
export function pdfPageCount(pdf: Buffer): number {
  if (existsSync(PDFINFO)) {
    const dir = mkdtempSync(join(tmpdir(), 'rauchzeichen-pdf-'));
    try {
      writeFileSync(join(dir, 'page.pdf'), pdf);
      const pages = execFileSync(PDFINFO, [join(dir, 'page.pdf')], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m);
      if (pages) return Number(pages[1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
