import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const DROP = 'script,iframe,object,embed,link,meta,base,form,input,button,textarea,select,frame,frameset,applet,audio,video,source,track,svg,math';

/**
 * An email's HTML, made inert: scripts, frames, forms and event handlers are removed, remote
 * images are held back until the agent asks, and what remains is shown in a sandboxed frame that
 * may not run scripts or navigate. Text-only parsing (DOMParser) never executes anything.
 */
export function sanitizeEmailHtml(html: string, allowRemoteImages: boolean): { html: string; blockedImages: number } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  let blockedImages = 0;
  doc.querySelectorAll('*').forEach((el) => {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on') || name === 'srcset' || name === 'formaction' || name === 'background' || (['href', 'src', 'action', 'xlink:href'].includes(name) && (value.startsWith('javascript:') || value.startsWith('vbscript:') || value.startsWith('data:text')))) {
        el.removeAttribute(attr.name);
      }
    }
    if (el.tagName === 'IMG') {
      const src = el.getAttribute('src') ?? '';
      if (/^(https?:)?\/\//i.test(src) && !allowRemoteImages) {
        el.removeAttribute('src');
        el.setAttribute('alt', el.getAttribute('alt') || '[image]');
        blockedImages++;
      }
    }
    if (el instanceof HTMLElement && /url\s*\(/i.test(el.getAttribute('style') ?? '') && !allowRemoteImages) el.removeAttribute('style');
  });
  doc.querySelectorAll('style').forEach((s) => {
    if (/@import|url\s*\(/i.test(s.textContent ?? '')) s.remove();
  });
  doc.querySelectorAll('a').forEach((a) => a.setAttribute('target', '_blank'));
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:${allowRemoteImages ? ' https: http:' : ''}">`;
  return { html: `<!doctype html><html><head>${csp}<meta charset="utf-8"></head><body>${doc.body.innerHTML}</body></html>`, blockedImages };
}

export function EmailHtml({ html }: { html: string }) {
  const { t } = useTranslation();
  const [allowImages, setAllowImages] = useState(false);
  const clean = useMemo(() => sanitizeEmailHtml(html, allowImages), [html, allowImages]);
  return (
    <div className="email-html">
      {clean.blockedImages > 0 && (
        <p className="muted">
          {t('conversation.imagesBlocked', { count: clean.blockedImages })}{' '}
          <button type="button" className="link-button" onClick={() => setAllowImages(true)}>{t('conversation.showImages')}</button>
        </p>
      )}
      <iframe title={t('conversation.emailBody')} sandbox="" srcDoc={clean.html} referrerPolicy="no-referrer" />
    </div>
  );
}
