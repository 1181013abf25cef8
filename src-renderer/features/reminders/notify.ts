import type { Reminder } from '@contract/reminders';

/**
 * In the browser (web host) the page shows the desktop notification itself; in Electron the main
 * process does (it works with the window hidden), so the page does not double it.
 */
export function askNotificationPermission(): void {
  if (!window.agentApi && 'Notification' in window && Notification.permission === 'default') void Notification.requestPermission();
}

export function showDesktopNotification(r: Reminder, title: string, onClick: () => void): void {
  if (window.agentApi || !('Notification' in window) || Notification.permission !== 'granted') return;
  const n = new Notification(title, { body: [r.phone, r.reason].filter(Boolean).join(' · '), tag: r.id });
  n.onclick = () => {
    window.focus();
    onClick();
  };
}
