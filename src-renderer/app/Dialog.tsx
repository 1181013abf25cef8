import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal native <dialog>: focus is trapped, Esc closes, and it is announced with its title. */
export function Dialog(props: { title: string; onClose(): void; children: ReactNode; wide?: boolean; footer?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`app-dialog${props.wide ? ' wide' : ''}`}
      aria-label={props.title}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <header>
        <h2>{props.title}</h2>
        <button type="button" className="ghost" onClick={props.onClose} aria-label={t('common.close')}>
          ×
        </button>
      </header>
      <div className="dialog-body">{props.children}</div>
      {props.footer && <footer>{props.footer}</footer>}
    </dialog>
  );
}
