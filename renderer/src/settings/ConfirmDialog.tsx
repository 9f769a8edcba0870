import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal question before something that cannot be undone (WAI-ARIA APG
 * "alert dialog"): a native <dialog> opened with showModal(), so the rest of
 * the page is inert; Tab and Shift+Tab stay inside it; Escape or Cancel
 * closes it; the focus starts on Cancel (the safe choice) and goes back to
 * what had it before.
 */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The action was destructive: its button says so. */
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // The newest onClose, without reopening the dialog when it changes.
  const onClose = useRef(props.onClose);
  useEffect(() => {
    onClose.current = props.onClose;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    cancel.current?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault(); // closing is React's to do (it unmounts the dialog)
      onClose.current();
    };
    element.addEventListener('cancel', onCancel);
    return () => {
      element.removeEventListener('cancel', onCancel);
      if (element.open) element.close();
      before?.focus();
    };
  }, []);

  // Keep Tab inside: from the last control to the first and back.
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = [...(dialog.current?.querySelectorAll<HTMLElement>('button:not(:disabled)') ?? [])];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-body`} className="confirm-dialog__body">
        {props.children}
      </div>
      <div className="actions confirm-dialog__actions">
        <button ref={cancel} type="button" className="button" onClick={() => onClose.current()}>
          {t('settings.dialog.cancel')}
        </button>
        <button
          type="button"
          className={props.danger ? 'button button--danger' : 'button button--primary'}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
