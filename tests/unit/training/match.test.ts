import { describe, expect, it } from 'vitest';
import { containsPhrase, normalise } from '../../../src-main/core/training/match';

const has = (reply: string, phrase: string) => containsPhrase(normalise(reply), phrase);

describe('phrase matching in trainee replies', () => {
  it('folds traditional and simplified characters, width and case the way search does', () => {
    expect(has('非常抱歉，給您添麻煩了', '给您添麻烦了')).toBe(true);
    expect(has('您的訂單號是多少？', '订单号')).toBe(true);
    expect(has('订单号', '訂單號')).toBe(true);
    expect(has('ＳＯＲＲＹ for the wait', 'sorry')).toBe(true);
    expect(has('预计１１月２８日发货', '28日')).toBe(true);
  });

  it('ignores spaces typed between Chinese characters but not the order of characters', () => {
    expect(has('非常 抱 歉', '抱歉')).toBe(true);
    expect(has('歉抱', '抱歉')).toBe(false);
  });

  it('matches Latin phrases at word edges only, and curly apostrophes as straight ones', () => {
    expect(has('Hi there', 'hi')).toBe(true);
    expect(has('This is the one', 'hi')).toBe(false);
    expect(has('I’m sorry about that', "i'm sorry")).toBe(true);
    expect(has('Thank   you\nso much', 'thank you')).toBe(true);
  });
});
