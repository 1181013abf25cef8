import { useTranslation } from 'react-i18next';
import { LOCALES } from '@contract/values/primitives';
import type { Locale } from '@contract/primitives';
import { useSettings } from '../features/settings/settingsStore';

export function LanguageSelect({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.settings?.language);
  const update = useSettings((s) => s.update);
  return (
    <label className="field-inline" htmlFor={id}>
      <span>{t('language.label')}</span>
      <select id={id} value={language} onChange={(e) => void update({ language: e.target.value as Locale })}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
