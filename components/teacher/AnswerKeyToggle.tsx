'use client';

import { useEffect, useState } from 'react';

/**
 * Whether the answer key is printed with the worksheet. Off by default, so that printing the sheet for a
 * class never hands out the solutions; the teacher ticks it to print the key for themselves.
 */
export function AnswerKeyToggle() {
  const [withKey, setWithKey] = useState(false);
  useEffect(() => {
    if (withKey) document.body.dataset.printKey = 'true';
    else delete document.body.dataset.printKey;
    return () => {
      delete document.body.dataset.printKey;
    };
  }, [withKey]);
  return (
    <label className="choice no-print">
      <input type="checkbox" checked={withKey} onChange={(event) => setWithKey(event.target.checked)} />
      <span>Lösungsblatt für die Lehrkraft mitdrucken (auf einer eigenen Seite)</span>
    </label>
  );
}
