import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A typed-in value (a number, a time) on its way to being saved. What the
 * user types stays in the field, valid or not, until it is saved; checking
 * happens on every keystroke; a valid value is saved once typing pauses
 * (so "120" does not first save 12), or at once when the field is left.
 */
export const SAVE_PAUSE_MS = 400;

export interface Draft {
  /** What the field shows: the draft, else the saved value. */
  text: string;
  /** The draft's problem (from `check`), or the backend's refusal; null when fine. */
  problem: string | null;
  onChange: (text: string) => void;
  onBlur: () => void;
}

export function useDraft(options: {
  /** The saved value as the field shows it. */
  saved: string;
  /** A message for what is wrong with the text, or null when it may be saved. */
  check: (text: string) => string | null;
  /** Saves a valid text; resolves to null once saved, or to the reason it was refused. */
  commit: (text: string) => Promise<string | null>;
}): Draft {
  const { saved, check, commit } = options;
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const focused = useRef(false);
  // The newest commit, for the timer and for unmounting (both outlive a render).
  const commitRef = useRef(commit);
  const pending = useRef<string | null>(null);
  const inFlight = useRef(false);
  useEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    pending.current = null;
    if (text === null) return;
    inFlight.current = true;
    const reason = await commitRef.current(text).finally(() => (inFlight.current = false));
    setRefused(reason);
    // Saved, and the user has moved on: show the value as saved.
    if (reason === null && !focused.current) setDraft((current) => (current === text ? null : current));
  }, []);

  // Leaving the window (or the group) saves what is waiting.
  useEffect(
    () => () => {
      if (pending.current !== null) void flush();
    },
    [flush],
  );

  const problem = draft === null ? null : (check(draft) ?? refused);
  return {
    text: draft ?? saved,
    problem,
    onChange: (text) => {
      focused.current = true;
      setDraft(text);
      setRefused(null);
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      pending.current = null;
      if (check(text) !== null) return;
      pending.current = text;
      timer.current = setTimeout(() => void flush(), SAVE_PAUSE_MS);
    },
    onBlur: () => {
      focused.current = false;
      if (pending.current !== null) {
        void flush();
        return;
      }
      if (inFlight.current) return; // the save's answer decides
      // Nothing waiting: a valid draft was saved already; an invalid one stays, with its message.
      if (draft !== null && check(draft) === null && refused === null) setDraft(null);
    },
  };
}
