import type { ImportField, ImportMapping } from '../../contract/imports';

/** Header words agents' spreadsheets use, in simplified, traditional and English. */
const SYNONYMS: [ImportField, RegExp][] = [
  ['fullName', /^(姓名|名字|客户名称|客戶名稱|客户姓名|客戶姓名|联系人|聯絡人|name|full ?name|customer( name)?|contact( name)?)$/i],
  ['surname', /^(姓|姓氏|surname|last ?name|family ?name)$/i],
  ['honorific', /^(称呼|稱呼|性别|性別|gender|title|honorific|salutation)$/i],
  ['phone', /^(电话|電話|手机|手機|手机号|手機號碼|手机号码|联系电话|聯絡電話|座机|市话|phone|mobile|tel|telephone|cell)( ?\d)?$/i],
  ['email', /^(邮箱|郵箱|电子邮件|電子郵件|电邮|電郵|e-?mail)( ?\d)?$/i],
  ['company', /^(公司|单位|單位|企业|企業|company|organi[sz]ation|employer)$/i],
  ['tags', /^(标签|標籤|tags?|labels?)$/i],
  ['tier', /^(会员等级|會員等級|等级|等級|tier|level|membership)$/i],
  ['points', /^(积分|積分|点数|點數|points)$/i],
  ['renewalDate', /^(续费日期|續約日期|到期日|到期日期|renewal( date)?|expiry( date)?|expires)$/i],
  ['wechat', /^(微信|微信号|wechat)$/i],
  ['line', /^(line|line ?id)$/i],
  ['whatsapp', /^(whatsapp)$/i],
  ['preferences', /^(备注|備註|偏好|notes?|preferences?|remarks?)$/i],
  ['language', /^(语言|語言|language)$/i],
  ['owner', /^(客户经理|客戶經理|负责人|負責人|owner|account manager)$/i],
  ['keyAccount', /^(重点客户|重要客戶|大客户|key ?account|vip)$/i],
];

export function guessMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  headers.forEach((header, i) => {
    const h = header.trim().replace(/^\uFEFF/, '');
    mapping[String(i)] = SYNONYMS.find(([, re]) => re.test(h))?.[0] ?? 'ignore';
  });
  return mapping;
}
