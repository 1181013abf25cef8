import type { Rubric } from '../../contract/training';
import type { Locale } from '../../contract/primitives';

const WEIGHTS: Rubric['weights'] = { script: 20, phrases: 15, avoid: 10, procedure: 15, timing: 10, goals: 20, mood: 10 };

/**
 * The rubric used for a language whose resources/training file is missing. The shipped files carry
 * their own (richer) rubric; a supervisor's edit overrides either.
 */
export const DEFAULT_RUBRICS: Record<Locale, Rubric> = {
  'zh-CN': {
    language: 'zh-CN',
    weights: WEIGHTS,
    requiredPhrases: {
      greeting: ['您好', '你好', '很高兴为您服务', '请问有什么可以帮您'],
      apology: ['抱歉', '对不起', '不好意思', '给您添麻烦了'],
      thanks: ['谢谢', '感谢'],
      closing: ['祝您', '再见', '还有其他可以帮您', '还有什么可以帮您'],
    },
    avoidPhrases: ['不知道', '没办法', '不归我管', '你自己看', '这不是我们的问题', '随便'],
    procedure: {
      calm: ['理解您', '您别着急', '请别着急', '我明白', '能理解'],
      apologise: ['抱歉', '对不起', '给您添麻烦了'],
      confirm: ['确认一下', '核实', '订单号', '请问是'],
      resolve: ['为您安排', '为您处理', '补发', '退款', '换货', '补偿', '优惠券'],
      'follow-up': ['跟进', '回访', '联系您', '通知您'],
    },
    firstResponseSeconds: 30,
    replyLimitSeconds: 120,
  },
  'zh-TW': {
    language: 'zh-TW',
    weights: WEIGHTS,
    requiredPhrases: {
      greeting: ['您好', '你好', '很高興為您服務', '請問有什麼可以幫您'],
      apology: ['抱歉', '對不起', '不好意思', '造成您的困擾'],
      thanks: ['謝謝', '感謝'],
      closing: ['祝您', '再見', '還有其他可以幫您', '還有什麼可以幫您'],
    },
    avoidPhrases: ['不知道', '沒辦法', '不歸我管', '你自己看', '這不是我們的問題', '隨便'],
    procedure: {
      calm: ['理解您', '您別著急', '請別著急', '我明白', '能理解'],
      apologise: ['抱歉', '對不起', '造成您的困擾'],
      confirm: ['確認一下', '核對', '訂單編號', '訂單號', '請問是'],
      resolve: ['為您安排', '為您處理', '補寄', '退款', '換貨', '補償', '折價券'],
      'follow-up': ['追蹤', '回覆您', '聯絡您', '通知您'],
    },
    firstResponseSeconds: 30,
    replyLimitSeconds: 120,
  },
  en: {
    language: 'en',
    weights: WEIGHTS,
    requiredPhrases: {
      greeting: ['hello', 'hi', 'good morning', 'good afternoon', 'thanks for contacting'],
      apology: ['sorry', 'apologise', 'apologize', 'apologies'],
      thanks: ['thank you', 'thanks'],
      closing: ['have a nice day', 'have a great day', 'anything else', 'goodbye'],
    },
    avoidPhrases: ["i don't know", 'not my job', 'calm down', "that's not our problem", 'whatever', 'nothing i can do'],
    procedure: {
      calm: ['i understand', 'i can see why', "i'm here to help", 'i hear you'],
      apologise: ['sorry', 'apologise', 'apologize', 'apologies'],
      confirm: ['confirm', 'order number', 'can you tell me', 'just to check'],
      resolve: ["i'll arrange", 'i will arrange', 'refund', 'replacement', 'compensation', 'coupon', "i've arranged"],
      'follow-up': ['follow up', 'get back to you', "i'll call you", 'keep you updated'],
    },
    firstResponseSeconds: 30,
    replyLimitSeconds: 120,
  },
};
