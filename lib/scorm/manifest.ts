/**
 * `imsmanifest.xml` for a SCORM 1.2 package with one SCO (SCORM 1.2 Content Aggregation Model): one
 * organization with one item, the item's mastery score set to the quiz's pass mark, the title and description
 * in German in IMS metadata, and every file of the package listed under the SCO's resource.
 */

export interface ManifestInput {
  /** An XML ID: letters, digits, "-", "_", ".", starting with a letter. */
  identifier: string;
  title: string;
  description: string;
  /** The quiz's pass mark in percent; omitted for a package without a quiz. */
  masteryScore?: number;
  /** The SCO's launch page, relative to the package root. */
  launch: string;
  /** Every file of the package, relative to its root with "/" (the manifest itself excluded). */
  files: readonly string[];
}

const XML_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A file path as an href: each segment percent-encoded, so spaces and umlauts survive every LMS. */
function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function scormManifest(input: ManifestInput): string {
  if (!XML_ID.test(input.identifier)) throw new Error(`SCORM: "${input.identifier}" ist kein gültiger XML-Bezeichner.`);
  if (input.masteryScore !== undefined && !(Number.isInteger(input.masteryScore) && input.masteryScore >= 0 && input.masteryScore <= 100)) {
    throw new Error(`SCORM: Die Bestehensgrenze ${input.masteryScore} liegt nicht zwischen 0 und 100.`);
  }
  if (!input.files.includes(input.launch)) throw new Error(`SCORM: Die Startseite ${input.launch} fehlt in der Dateiliste.`);
  const title = escapeXml(input.title);
  const description = escapeXml(input.description);
  const id = input.identifier;
  const files = [...new Set(input.files)].sort().map((file) => `      <file href="${escapeXml(href(file))}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="de">${title}</imsmd:langstring></imsmd:title>
        <imsmd:language>de</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="de">${description}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>${input.masteryScore === undefined ? '' : `\n        <adlcp:masteryscore>${input.masteryScore}</adlcp:masteryscore>`}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(href(input.launch))}">
${files.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
