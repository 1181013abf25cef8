import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GUIDE_STEPS } from '@contract/values/cases';
import type { CaseDetail } from '@contract/cases';
import type { MethodOutput } from '@contract/methods';
import type { Locale } from '@contract/primitives';
import { renderTemplate } from '@contract/template';
import { call } from '../../api/client';
import { FilledText } from '../scripts/FilledText';

type Canned = MethodOutput<'canned.list'>['items'][number];

/** Which canned phrases suit each step of the complaint guide. */
const PHRASES: Record<(typeof GUIDE_STEPS)[number], Canned['category'][]> = {
  calm: ['complaint'],
  apologise: ['apology'],
  'confirm-facts': ['identity'],
  resolve: ['refund', 'return', 'escalation'],
  'follow-up': ['follow-up', 'survey'],
};

/**
 * The complaint guide the source documents teach: calm the emotion, apologise, confirm the facts
 * (with evidence), resolve, follow up. The agent ticks each step; phrases come from the library.
 */
export function ComplaintGuide({ c, values, update }: { c: CaseDetail; values: Record<string, string | null>; update(patch: { guide: CaseDetail['guide'] }): void }) {
  const { t, i18n } = useTranslation();
  const [canned, setCanned] = useState<Canned[]>([]);
  const [open, setOpen] = useState<string | null>(GUIDE_STEPS.find((s) => !c.guide.includes(s)) ?? null);
  useEffect(() => {
    void call('canned.list', { language: i18n.language as Locale }).then((r) => setCanned(r.items), () => setCanned([]));
  }, [i18n.language]);
  const done = c.guide.length;
  return (
    <section className="card complaint-guide" aria-labelledby="guide-h">
      <h3 id="guide-h">{t('cases.guide.title')} <span className="muted">{t('cases.guide.progress', { done, total: GUIDE_STEPS.length })}</span></h3>
      <ol>
        {GUIDE_STEPS.map((step) => {
          const phrases = canned.filter((x) => PHRASES[step].includes(x.category)).slice(0, 3);
          return (
            <li key={step} className={c.guide.includes(step) ? 'done' : undefined}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={c.guide.includes(step)}
                  onChange={(e) => update({ guide: e.target.checked ? [...c.guide, step] : c.guide.filter((s) => s !== step) })}
                />
                <strong>{t(`cases.guide.${step}`)}</strong>
              </label>
              <button type="button" className="ghost small" aria-expanded={open === step} onClick={() => setOpen(open === step ? null : step)}>
                {t('cases.guide.phrases')}
              </button>
              <p className="muted">{t(`cases.guide.${step}Hint`)}</p>
              {open === step && phrases.length > 0 && (
                <ul className="guide-phrases">
                  {phrases.map((p) => (
                    <li key={p.id}>
                      <span><FilledText text={p.body} values={values} /></span>
                      <button type="button" className="ghost small" onClick={() => void navigator.clipboard?.writeText(renderTemplate(p.body, values))} aria-label={t('cases.copyPhrase', { title: p.title })}>
                        {t('common.copy')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
