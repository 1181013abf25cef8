import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** Lowercase, accents removed (Zoë → zoe), whitespace folded: how names are compared. */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Names repeat (a million customers share a few hundred thousand names) and pinyin-pro is the
 * costliest step of storing a customer, so results are kept per distinct name. Bounded: cleared
 * when full, which costs only recomputation.
 */
const PINYIN_CACHE_SIZE = 50_000;
const pinyinCache = new Map<string, { full: string; initials: string }>();

/** Full pinyin without spaces and its initials (张三 → zhangsan, zs); surnames read as surnames (曾 → zeng). */
export function namePinyin(name: string): { full: string; initials: string } {
  const cached = pinyinCache.get(name);
  if (cached) return { ...cached };
  const computed = computeNamePinyin(name);
  if (pinyinCache.size >= PINYIN_CACHE_SIZE) pinyinCache.clear();
  pinyinCache.set(name, computed);
  return { ...computed };
}

function computeNamePinyin(name: string): { full: string; initials: string } {
  if (!HAN.test(name)) {
    const folded = foldName(name).replace(/[^a-z0-9]/g, '');
    return { full: folded, initials: '' };
  }
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' })
    .map((s) => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/** A guess at the surname from a full name, used when a record gives none. */
export function guessSurname(fullName: string): string {
  const name = fullName.trim();
  if (HAN.test(name[0] ?? '')) {
    const compound = ['欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '慕容', '皇甫', '令狐'];
    const two = name.slice(0, 2);
    return compound.includes(two) ? two : name.slice(0, 1);
  }
  const parts = name.split(/\s+/);
  return parts.length > 1 ? (parts.at(-1) ?? name) : name;
}
