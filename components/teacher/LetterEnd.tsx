'use client';

import type { ReplySlip as ReplySlipLabels } from '@/lib/content/letters';
import { useLetterForm } from './LetterForm';

/** The line the teacher signs on: under it the typed name, or what belongs there in the letter's language. */
export function LetterSignature({ children }: { children: React.ReactNode }) {
  const { teacher } = useLetterForm().entries;
  return <p className="letter__signature">{teacher ? <bdi>{teacher}</bdi> : children}</p>;
}

/**
 * The reply slip at the end of the letter, when the teacher asks for it: a cut line, "I have read the letter",
 * the child's name and a parent's signature, in the letter's language. It goes back on paper only.
 */
export function ReplySlip({ titel, abtrennen, gelesen, kind, unterschrift }: ReplySlipLabels) {
  const { withReplySlip, form } = useLetterForm().entries;
  if (!withReplySlip) return null;
  return (
    <section className="reply-slip" aria-label={titel}>
      <p className="reply-slip__cut">
        <span aria-hidden="true">✂ </span>
        {abtrennen}
      </p>
      <div className="reply-slip__head">
        <p className="reply-slip__title">
          {titel}
          {form && (
            <>
              {' – '}
              <bdi>{form}</bdi>
            </>
          )}
        </p>
        <p className="reply-slip__check">
          <span className="reply-slip__box" aria-hidden="true" /> {gelesen}
        </p>
      </div>
      <div className="reply-slip__lines">
        <p className="reply-slip__line">{kind}</p>
        <p className="reply-slip__line">{unterschrift}</p>
      </div>
    </section>
  );
}
