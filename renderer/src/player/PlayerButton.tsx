import type { ReactNode } from 'react';

/**
 * One of the break player's buttons: the shared look, the key that works it
 * (`aria-keyshortcuts`, from use-player.ts's keys), the hint on hover, and
 * disabled while a call to the backend is under way.
 */
export function PlayerButton(props: {
  kind?: 'primary' | 'quiet';
  /** Extra classes after the kind's (for example the main button's size). */
  className?: string;
  keys?: string;
  hint?: string;
  busy: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const classes = ['button', props.kind && `button--${props.kind}`, props.className].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={classes}
      aria-keyshortcuts={props.keys}
      title={props.hint}
      disabled={props.busy}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}
