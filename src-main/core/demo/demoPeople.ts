import type { ValidCustomerInput } from '../../contract/customers';
import type { Locale } from '../../contract/primitives';
import { namePinyin } from '../shared/names';
import type { Random } from '../shared/random';
import type { Pools } from './pools';

const TIERS = ['basic', 'silver', 'gold', 'platinum'] as const;

function zhMobile(r: Random): { display: string } {
  const prefix = r.pick(['130', '131', '133', '135', '136', '137', '138', '139', '150', '152', '158', '159', '176', '180', '186', '188', '199']);
  const rest = String(r.int(0, 99_999_999)).padStart(8, '0');
  const style = r.int(0, 2);
  if (style === 0) return { display: `${prefix}${rest}` };
  if (style === 1) return { display: `${prefix} ${rest.slice(0, 4)} ${rest.slice(4)}` };
  return { display: `+86 ${prefix}-${rest.slice(0, 4)}-${rest.slice(4)}` };
}

function twMobile(r: Random): { display: string } {
  const rest = String(r.int(0, 99_999_999)).padStart(8, '0');
  return r.chance(0.7) ? { display: `09${rest.slice(0, 2)}-${rest.slice(2, 5)}-${rest.slice(5)}` } : { display: `+886 9${rest}` };
}

// Area codes and UK mobile ranges enough for a million distinct numbers: with one area code and
// 10,000 numbers, a million generated customers shared each number ten ways and caller-id returned
// ten people where a desk has one.
const US_AREAS = ['206', '212', '213', '305', '312', '404', '415', '503', '512', '617', '646', '702', '713', '718', '808', '917'];

function intlMobile(r: Random): { display: string } {
  const n = String(r.int(0, 9999)).padStart(4, '0');
  return r.chance(0.5)
    ? { display: `+1 (${r.pick(US_AREAS)}) ${r.int(201, 989)}-${n}` }
    : { display: `+44 7${r.int(400, 999)} ${String(r.int(0, 999_999)).padStart(6, '0')}` };
}

/**
 * Builds one plausible customer for a language: name forms, contact points and tags. Returned in
 * validated form (every default filled, nothing to trim) so the generator can insert a million
 * without parsing each; a test checks that parsing would change nothing.
 */
export function makeDemoPerson(pools: Pools, r: Random, language: Locale, serial: number): ValidCustomerInput & { tier: string | null } {
  const female = r.chance(0.55);
  let fullName: string;
  let surname: string;
  let emailLocal: string;
  if (language === 'en') {
    const first = r.pick(female ? pools.enFirstNames.female : pools.enFirstNames.male);
    surname = r.pick(pools.enLastNames);
    fullName = `${first} ${surname}`;
    emailLocal = `${first}.${surname}`.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z.]/g, '');
  } else {
    const form = language === 'zh-TW' ? 't' : 's';
    const sur = r.pick(pools.zhSurnames);
    const given = r.pick(female ? pools.zhGivenNames.female : pools.zhGivenNames.male);
    surname = sur[form];
    fullName = `${sur[form]}${given[form]}`;
    emailLocal = namePinyin(sur.s + given.s).full;
  }
  const phone = language === 'zh-CN' ? zhMobile(r) : language === 'zh-TW' ? twMobile(r) : intlMobile(r);
  const domain =
    language === 'zh-CN' ? r.pick(['qq.com', '163.com', 'example.cn']) : language === 'zh-TW' ? r.pick(['gmail.com', 'yahoo.com.tw', 'example.tw']) : r.pick(['gmail.com', 'outlook.com', 'example.com']);
  const handles: ValidCustomerInput['handles'] = [];
  if (language === 'zh-CN' && r.chance(0.7)) handles.push({ channel: 'wechat', handle: `wxid_${emailLocal}${serial}` });
  if (language === 'zh-CN' && r.chance(0.2)) handles.push({ channel: 'weibo', handle: `@${emailLocal}${serial % 97}` });
  if (language === 'zh-TW' && r.chance(0.7)) handles.push({ channel: 'line', handle: `${emailLocal}.${serial}` });
  if (language === 'en' && r.chance(0.5)) handles.push({ channel: 'whatsapp', handle: phone.display });
  if (language !== 'zh-CN' && r.chance(0.25)) handles.push({ channel: 'messenger', handle: `${emailLocal}.${serial}` });
  const tags = r.chance(0.6) ? [r.pick(pools.tags[language])] : [];
  if (r.chance(0.2)) tags.push(r.pick(pools.tags[language]));
  const phones = [{ number: phone.display, label: '' }];
  if (r.chance(0.15)) phones.push({ number: language === 'zh-CN' ? zhMobile(r).display : language === 'zh-TW' ? twMobile(r).display : intlMobile(r).display, label: '' });
  return {
    fullName,
    surname,
    honorific: female ? 'ms' : 'mr',
    company: r.chance(0.3) ? r.pick(pools.companies[language]) : undefined,
    language,
    preferredChannel: r.chance(0.5) ? (language === 'zh-CN' ? 'wechat' : language === 'zh-TW' ? 'line' : 'email') : null,
    preferences: r.chance(0.4) ? r.pick(pools.preferences[language]) : '',
    isKeyAccount: r.chance(0.06),
    phones,
    emails: r.chance(0.8) ? [{ email: `${emailLocal}${serial}@${domain}`, label: '' }] : [],
    handles,
    tags,
    tier: r.chance(0.7) ? r.pick(TIERS) : null,
  };
}
