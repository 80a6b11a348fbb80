import type { MDXContent } from 'mdx/types';
import type { ParentLetter as Letter } from '@/lib/content/letters';
import { LetterFields } from './LetterFields';

type Children = { children: React.ReactNode };

/** A phone number: kept together, and left to right inside right-to-left text. */
function Nummer({ children }: Children) {
  return (
    <bdi dir="ltr" className="letter__number">
      {children}
    </bdi>
  );
}

/** The line the teacher signs on, with what belongs there. */
function Unterschrift({ children }: Children) {
  return <p className="letter__signature">{children}</p>;
}

/** The letter itself: what prints. Its language and direction sit on the article, the site stays German. */
export function ParentLetter({ letter, Content }: { letter: Letter; Content: MDXContent }) {
  const components = {
    Felder: (fields: { schule: string; klasse: string; datum: string }) => <LetterFields {...fields} lang={letter.code} />,
    Nummer,
    Unterschrift,
  };
  return (
    <article className="letter" lang={letter.code} dir={letter.dir}>
      <h1>{letter.title}</h1>
      <Content components={components} />
    </article>
  );
}
