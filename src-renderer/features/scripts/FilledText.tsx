import { useTranslation } from 'react-i18next';
import { fillTemplate } from '@contract/template';

/** Template text with variables filled in; unknown ones show as a labelled blank chip. */
export function FilledText({ text, values }: { text: string; values: Record<string, string | null> }) {
  const { t } = useTranslation();
  return (
    <>
      {fillTemplate(text, values).map((p, i) =>
        'text' in p ? (
          <span key={i}>{p.text}</span>
        ) : p.value !== null ? (
          <mark key={i} className="var-filled" title={p.variable}>{p.value}</mark>
        ) : (
          <span key={i} className="var-blank" title={p.variable}>{t(`variables.${p.variable.replace('.', '_')}`, { defaultValue: p.variable })}</span>
        ),
      )}
    </>
  );
}
