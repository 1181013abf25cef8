import { useEffect } from 'react';
import { useWorkspace } from '../features/workspace/workspaceStore';
import { hrefFor, useRoute } from './route';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * The workspace's keys: Ctrl/Cmd+1…9 jump to a tab, Ctrl+Tab / Ctrl+Shift+Tab cycle, Ctrl/Cmd+W
 * (or Alt+W, which browsers leave alone) closes, Ctrl/Cmd+K opens the palette, "?" shows the
 * list. Nothing fires while an input method is composing, and no single-letter key fires while
 * a text field has focus.
 */
export function useShortcuts(actions: { palette(): void; help(): void }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || e.keyCode === 229) return;
      const { tabs, close } = useWorkspace.getState();
      const route = useRoute.getState().route;
      const activeId = route.page === 'tab' ? route.tabId : null;
      const mod = e.ctrlKey || e.metaKey;
      const go = (i: number) => {
        const tab = tabs[(i + tabs.length) % tabs.length];
        if (tab) location.hash = hrefFor({ page: 'tab', tabId: tab.id });
      };
      if (mod && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        actions.palette();
      } else if (mod && /^[1-9]$/.test(e.key)) {
        e.preventDefault();
        if (tabs[Number(e.key) - 1]) go(Number(e.key) - 1);
      } else if (e.ctrlKey && e.key === 'Tab' && tabs.length > 0) {
        e.preventDefault();
        const at = tabs.findIndex((t) => t.id === activeId);
        go(at < 0 ? 0 : at + (e.shiftKey ? -1 : 1));
      } else if (((mod && e.key.toLowerCase() === 'w') || (e.altKey && e.key.toLowerCase() === 'w')) && activeId) {
        e.preventDefault();
        void close(activeId, activeId);
      } else if (e.key === '?' && !mod && !isTyping(e.target)) {
        e.preventDefault();
        actions.help();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
