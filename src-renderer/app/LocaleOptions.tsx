import { useTranslation } from 'react-i18next';
import { LOCALES } from '@contract/values/primitives';

/** The three languages as <option>s, each named in the window's language: for every language picker. */
export function LocaleOptions() {
  const { t } = useTranslation();
  return (
    <>
      {LOCALES.map((l) => (
        <option key={l} value={l}>
          {t(`language.${l}`)}
        </option>
      ))}
    </>
  );
}
