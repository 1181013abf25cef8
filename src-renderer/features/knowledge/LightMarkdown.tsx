import type { ReactNode } from 'react';

/** **bold** and [text](https://…) inside a line, as elements: text is never parsed as HTML. */
function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\*\*([^*]+)\*\*|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;
  let last = 0;
  let k = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    if (m[1] !== undefined) out.push(<strong key={k++}>{m[1]}</strong>);
    else out.push(<a key={k++} href={m[3]} target="_blank" rel="noreferrer noopener">{m[2]}</a>);
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * The knowledge base's light markdown: paragraphs, "- " and "1. " lists, "### " headings, bold and
 * links. Anything else, HTML included, shows as the text it is.
 */
export function LightMarkdown({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let key = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = /^#{1,3}\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push(<h4 key={key++}>{inline(heading[1] ?? '')}</h4>);
      i++;
      continue;
    }
    const listKind = /^\s*[-*]\s+/.test(line) ? 'ul' : /^\s*\d+[.)、]\s*/.test(line) ? 'ol' : null;
    if (listKind) {
      const items: ReactNode[] = [];
      const re = listKind === 'ul' ? /^\s*[-*]\s+/ : /^\s*\d+[.)、]\s*/;
      while (i < lines.length && re.test(lines[i] ?? '')) {
        items.push(<li key={items.length}>{inline((lines[i] ?? '').replace(re, ''))}</li>);
        i++;
      }
      blocks.push(listKind === 'ul' ? <ul key={key++}>{items}</ul> : <ol key={key++}>{items}</ol>);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(#{1,3}\s|\s*[-*]\s+|\s*\d+[.)、]\s*)/.test(lines[i] ?? '')) {
      para.push(lines[i] ?? '');
      i++;
    }
    blocks.push(<p key={key++}>{inline(para.join('\n'))}</p>);
  }
  return <div className="markdown">{blocks}</div>;
}
