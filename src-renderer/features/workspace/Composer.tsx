import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { Interaction } from '@contract/interactions';
import type { MethodOutput } from '@contract/methods';
import { renderTemplate } from '@contract/template';
import { call, toApiError } from '../../api/client';
import { MAX_ATTACHMENT_BYTES } from '@contract/values/cases';
import { toBase64 } from '../../app/base64';
import { ErrorMessage } from '../../app/ErrorMessage';
import { SaveStatus, type SaveState } from '../../app/SaveStatus';
import { fieldErrorsByPath } from '../../app/fieldErrors';
import { useComposerInsert } from './composerStore';

type Canned = MethodOutput<'canned.list'>['items'][number];
const SAVE_DELAY = 500;

/**
 * Reply box: saves itself half a second after typing stops (the draft survives closing the tab,
 * the window or a crash), "/" opens canned responses with placeholders filled, chat sends on Enter
 * (Shift+Enter for a new line), and keys pressed while an input method is composing are ignored.
 */
export function Composer({ interaction, values, language }: { interaction: Interaction; values: Record<string, string | null>; language: string }) {
  const { t } = useTranslation();
  const email = interaction.channel === 'email';
  const [body, setBody] = useState('');
  const [subject, setSubject] = useState(interaction.subject ? `Re: ${interaction.subject.replace(/^re:\s*/i, '')}` : '');
  const [to, setTo] = useState(interaction.address);
  const [cc, setCc] = useState('');
  const [mode, setMode] = useState<'reply' | 'replyAll' | 'forward'>('reply');
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [canned, setCanned] = useState<Canned[]>([]);
  const [slash, setSlash] = useState<{ start: number; query: string } | null>(null);
  const [choice, setChoice] = useState(0);
  const area = useRef<HTMLTextAreaElement>(null);
  const pending = useComposerInsert((s) => s.pending);
  const take = useComposerInsert((s) => s.take);

  useEffect(() => {
    setLoaded(false);
    call('drafts.get', { interactionId: interaction.id }).then((d) => {
      if (d) {
        setBody(d.body);
        if (d.subject) setSubject(d.subject);
        if (d.to.length) setTo(d.to.join(', '));
        if (d.cc.length) setCc(d.cc.join(', '));
        setMode(d.mode);
      }
      setLoaded(true);
    });
  }, [interaction.id]);
  useEffect(() => {
    call('canned.list', { language: language as 'zh-CN' }).then((r) => setCanned(r.items), () => setCanned([]));
  }, [language]);
  useEffect(() => {
    if (!pending || pending.interactionId !== interaction.id) return;
    setBody((b) => (b ? `${b}\n${pending.text}` : pending.text));
    take();
  }, [pending, interaction.id, take]);

  const split = (v: string) => v.split(/[,;，；\s]+/).map((x) => x.trim()).filter(Boolean);
  const toList = () => split(to);
  const lastInbound = [...interaction.messages].reverse().find((m) => m.direction === 'inbound');

  /** Reply goes to the sender; reply-all adds everyone copied; forward starts empty with the original quoted. */
  function chooseMode(next: 'reply' | 'replyAll' | 'forward') {
    setMode(next);
    const base = (interaction.subject ?? '').replace(/^(re|fwd?):\s*/i, '');
    if (next === 'forward') {
      setTo('');
      setCc('');
      setSubject(`Fwd: ${base}`);
      if (lastInbound && !body.includes(lastInbound.body)) setBody(`${body}\n\n---------- ${t('conversation.forwarded')} ----------\n${lastInbound.body}`);
    } else {
      setTo(interaction.address);
      setCc(next === 'replyAll' ? [...(lastInbound?.to ?? []), ...(lastInbound?.cc ?? [])].filter((a) => a !== interaction.address).join(', ') : '');
      setSubject(`Re: ${base}`);
    }
  }
  // A refused save (disk full, read-only folder) keeps the reply in the box and says so; the next
  // keystroke or Retry tries again.
  const saveDraft = () => {
    call('drafts.save', { interactionId: interaction.id, body, subject: email ? subject : null, to: email ? toList() : [], cc: email ? split(cc) : [], mode }).then(
      () => setSaved('saved'),
      (err: unknown) => {
        setSaveError(toApiError(err));
        setSaved('failed');
      },
    );
  };
  useEffect(() => {
    if (!loaded) return;
    if (saved !== 'failed') setSaved('saving');
    const timer = setTimeout(saveDraft, SAVE_DELAY);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body, subject, to, cc, mode, loaded]);

  const matches = useMemo(() => {
    if (!slash) return [];
    const q = slash.query.toLowerCase();
    return canned.filter((c) => c.shortcut.startsWith(q) || c.title.toLowerCase().includes(q)).slice(0, 8);
  }, [slash, canned]);

  function onChange(value: string, caret: number) {
    setBody(value);
    const before = value.slice(0, caret);
    const m = /(^|\s)\/([\w-]*)$/.exec(before);
    setSlash(m ? { start: caret - (m[2]?.length ?? 0) - 1, query: m[2] ?? '' } : null);
    setChoice(0);
  }

  function insertCanned(c: Canned) {
    if (!slash) return;
    const text = renderTemplate(c.body, values);
    const caret = area.current?.selectionStart ?? body.length;
    setBody(body.slice(0, slash.start) + text + body.slice(caret));
    setSlash(null);
    requestAnimationFrame(() => area.current?.focus());
  }

  async function send() {
    if (!body.trim()) return;
    setError(null);
    try {
      if (files.reduce((n, f) => n + f.size, 0) > MAX_ATTACHMENT_BYTES) throw { code: 'PAYLOAD_TOO_LARGE', message: 'too large', details: { reason: 'attachment-too-large' } } satisfies ApiError;
      const attachments = await Promise.all(files.map(async (f) => ({ name: f.name, dataBase64: toBase64(await f.arrayBuffer()) })));
      await call('interactions.send', { interactionId: interaction.id, body, ...(email ? { subject, to: toList(), cc: split(cc) } : {}), ...(attachments.length ? { attachments } : {}) });
      setBody('');
      setFiles([]);
      setSaved('idle');
    } catch (err) {
      setError(toApiError(err));
    }
  }

  const errors = fieldErrorsByPath(t, error);
  return (
    <div className="composer">
      {error && !error.details?.issues?.length && <ErrorMessage error={error} />}
      {email && (
        <div className="email-fields">
          <div className="mode-row" role="group" aria-label={t('conversation.mode')}>
            {(['reply', 'replyAll', 'forward'] as const).map((m) => (
              <button key={m} type="button" className={`chip${mode === m ? ' on' : ''}`} aria-pressed={mode === m} onClick={() => chooseMode(m)}>{t(`conversation.modes.${m}`)}</button>
            ))}
          </div>
          <label className="field-inline-row">
            <span>{t('conversation.toLabel')}</span>
            <input type="text" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={errors['to.0'] ? true : undefined} />
          </label>
          {errors['to.0'] && <small className="field-error">{errors['to.0']}</small>}
          <label className="field-inline-row">
            <span>{t('conversation.cc')}</span>
            <input type="text" value={cc} onChange={(e) => setCc(e.target.value)} />
          </label>
          <label className="field-inline-row">
            <span>{t('conversation.subject')}</span>
            <input type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />
          </label>
        </div>
      )}
      <div className="composer-box">
        <textarea
          ref={area}
          rows={email ? 6 : 3}
          value={body}
          aria-label={t('conversation.reply')}
          placeholder={t(email ? 'conversation.replyEmailHint' : 'conversation.replyChatHint')}
          onChange={(e) => onChange(e.target.value, e.target.selectionStart)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing || e.keyCode === 229) return;
            if (slash && matches.length > 0) {
              if (e.key === 'ArrowDown') { e.preventDefault(); setChoice((c) => (c + 1) % matches.length); return; }
              if (e.key === 'ArrowUp') { e.preventDefault(); setChoice((c) => (c - 1 + matches.length) % matches.length); return; }
              if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); const m = matches[choice]; if (m) insertCanned(m); return; }
              if (e.key === 'Escape') { e.preventDefault(); setSlash(null); return; }
            }
            if (e.key === 'Enter' && !e.shiftKey && (!email || e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void send();
            }
          }}
        />
        {slash && matches.length > 0 && (
          <ul className="canned-picker" role="listbox" aria-label={t('conversation.cannedResponses')}>
            {matches.map((c, i) => (
              <li key={c.id} role="option" aria-selected={i === choice} onMouseDown={(e) => { e.preventDefault(); insertCanned(c); }}>
                <strong>/{c.shortcut}</strong> {c.title}
                <span className="muted"> {renderTemplate(c.body, values).slice(0, 60)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {files.length > 0 && (
        <ul className="outgoing-files" aria-label={t('conversation.filesToSend')}>
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className="chip on">
              {f.name} <span className="muted">{Math.ceil(f.size / 1024)} KB</span>
              <button type="button" className="ghost tab-btn" aria-label={t('conversation.removeFile', { name: f.name })} onClick={() => setFiles((l) => l.filter((_, j) => j !== i))}>×</button>
            </li>
          ))}
        </ul>
      )}
      <div className="composer-actions">
        <label className="file-button">
          {t('conversation.attach')}
          <input type="file" multiple aria-label={t('conversation.attach')} disabled={files.length >= 5}
            onChange={(e) => {
              const picked = Array.from(e.currentTarget.files ?? []);
              setFiles((l) => [...l, ...picked].slice(0, 5));
              e.currentTarget.value = '';
            }} />
        </label>
        <SaveStatus state={saved} error={saveError} onRetry={saveDraft} />
        <button type="button" className="primary" disabled={!body.trim()} onClick={() => void send()}>{t('conversation.send')}</button>
      </div>
    </div>
  );
}
