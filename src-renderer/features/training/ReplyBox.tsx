import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The trainee's reply: Ctrl/Cmd+Enter or the button sends; the text is kept by the caller's draft. */
export function ReplyBox(props: { text: string; onChange(text: string): void; onSend(): void; busy: boolean; channel: string }) {
  const { t } = useTranslation();
  const id = useId();
  const canSend = props.text.trim().length > 0 && !props.busy;
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Never act mid-composition: Enter there picks characters in a Chinese input method.
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (canSend) props.onSend();
    }
  };
  return (
    <form
      className="composer training-composer"
      onSubmit={(e) => {
        e.preventDefault();
        if (canSend) props.onSend();
      }}
    >
      <label htmlFor={id} className="composer-label">{t('training.reply.label')}</label>
      <textarea
        id={id}
        rows={props.channel === 'email' ? 6 : 3}
        value={props.text}
        maxLength={2000}
        placeholder={t(`training.reply.placeholder.${props.channel}`)}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={onKey}
      />
      <div className="composer-actions">
        <span className="muted">{props.text ? t('training.reply.draftSaved') : t('training.reply.shortcut')}</span>
        <button type="submit" className="primary" disabled={!canSend}>{t('training.reply.send')}</button>
      </div>
    </form>
  );
}
