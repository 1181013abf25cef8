/** Snippet text with the matched ranges marked; offsets are code points, as the core sends them. */
export function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const chars = [...text];
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at) continue;
    if (s > at) parts.push({ text: chars.slice(at, s).join(''), hit: false });
    parts.push({ text: chars.slice(s, e).join(''), hit: true });
    at = e;
  }
  if (at < chars.length) parts.push({ text: chars.slice(at).join(''), hit: false });
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
