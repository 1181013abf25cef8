import { useEffect, useState } from 'react';
import { joinPhrases, samePhrases, splitPhrases } from './phrases';

/**
 * A phrase list typed freely (one per line, or separated by commas): the text is kept as typed so a
 * trailing comma or an empty line does not vanish under the cursor; the list is what gets saved.
 */
export function PhraseField(props: { label: string; value: readonly string[]; onChange(v: string[]): void; error?: string | undefined; rows?: number; hint?: string }) {
  const [text, setText] = useState(() => joinPhrases(props.value));
  useEffect(() => {
    setText((old) => (samePhrases(splitPhrases(old), props.value) ? old : joinPhrases(props.value)));
  }, [props.value]);
  return (
    <label className="field">
      <span>{props.label}</span>
      <textarea
        rows={props.rows ?? 3}
        value={text}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(splitPhrases(e.target.value));
        }}
      />
      {props.hint && <small className="muted">{props.hint}</small>}
      {props.error && <small className="field-error">{props.error}</small>}
    </label>
  );
}
