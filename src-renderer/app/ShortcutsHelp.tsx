import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

const KEYS = [
  ['Ctrl/⌘ + K', 'shortcuts.palette'],
  ['Ctrl/⌘ + 1…9', 'shortcuts.tabN'],
  ['Ctrl + Tab / Ctrl + Shift + Tab', 'shortcuts.cycle'],
  ['Ctrl/⌘ + W, Alt + W', 'shortcuts.close'],
  ['/', 'shortcuts.canned'],
  ['Enter / Shift + Enter', 'shortcuts.send'],
  ['Ctrl/⌘ + Enter', 'shortcuts.sendEmail'],
  ['?', 'shortcuts.help'],
] as const;

export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <table className="data-table">
        <tbody>
          {KEYS.map(([keys, label]) => (
            <tr key={label}>
              <td><kbd>{keys}</kbd></td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
