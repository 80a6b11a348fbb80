import type { MDXContent } from 'mdx/types';
import type { ParentLetter as Letter } from '@/lib/content/letters';
import { LetterFields } from './LetterFields';
import { LetterFormProvider } from './LetterForm';
import { LetterSignature, ReplySlip } from './LetterEnd';
import './print.css';

type Children = { children: React.ReactNode };

/** A phone number: kept together, and left to right inside right-to-left text. */
function Nummer({ children }: Children) {
  return (
    <bdi dir="ltr" className="letter__number">
      {children}
    </bdi>
  );
}

/** German words in a translation (service names, the course's name): read as German, isolated in right-to-left text. */
function Deutsch({ children }: Children) {
  return (
    <bdi lang="de" dir="ltr">
      {children}
    </bdi>
  );
}

/**
 * The letter itself: what prints. Its language and direction sit on the article, the site stays German. The
 * teacher's entries at the top reach the signature and the reply slip at the bottom.
 */
export function ParentLetter({ letter, Content }: { letter: Letter; Content: MDXContent }) {
  const components = {
    Felder: (fields: { schule: string; klasse: string; datum: string }) => <LetterFields {...fields} lang={letter.code} />,
    Nummer,
    Deutsch,
    Unterschrift: LetterSignature,
    Rueckmeldung: ReplySlip,
  };
  return (
    <LetterFormProvider>
      <article className="letter" lang={letter.code} dir={letter.dir}>
        <Content components={components} />
      </article>
    </LetterFormProvider>
  );
}
