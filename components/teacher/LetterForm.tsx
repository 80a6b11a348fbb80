'use client';

import { createContext, useContext, useMemo, useState } from 'react';

/** What the teacher types into the parents' letter before printing. Stays in this tab: nothing is sent or stored. */
export interface LetterEntries {
  school: string;
  form: string;
  /** From <input type="date">, e.g. "2026-12-01". */
  date: string;
  teacher: string;
  withReplySlip: boolean;
}

type LetterForm = { entries: LetterEntries; update: (change: Partial<LetterEntries>) => void };

const empty: LetterEntries = { school: '', form: '', date: '', teacher: '', withReplySlip: false };

const LetterFormContext = createContext<LetterForm>({ entries: empty, update: () => {} });

/** Shares the typed entries between the fields at the top, the signature and the reply slip at the bottom. */
export function LetterFormProvider({ children }: { children: React.ReactNode }) {
  const [entries, setEntries] = useState(empty);
  const value = useMemo(() => ({ entries, update: (change: Partial<LetterEntries>) => setEntries((old) => ({ ...old, ...change })) }), [entries]);
  return <LetterFormContext value={value}>{children}</LetterFormContext>;
}

export const useLetterForm = () => useContext(LetterFormContext);
