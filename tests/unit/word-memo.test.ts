import { describe, expect, it } from 'vitest';
import { WordMemo } from '@/lib/topic/word-memo';

describe('word memo', () => {
  it('finds a word by its place in any text, and only the same characters', () => {
    const memo = new WordMemo<number | null>(16);
    const text = 'قال التطبيع والتطبيع';
    memo.set(text, 4, 11, 1); // التطبيع
    expect(memo.get('التطبيع', 0, 7)).toBe(1);
    expect(memo.get(text, 13, 20)).toBe(1);
    expect(memo.get(text, 12, 20)).toBeUndefined(); // والتطبيع
    expect(memo.get(text, 4, 10)).toBeUndefined();
    // A remembered "nothing" is not a missing entry.
    memo.set(text, 0, 3, null);
    expect(memo.get(text, 0, 3)).toBeNull();
  });

  it('keeps every word apart when many share slots, and starts over when full', () => {
    const memo = new WordMemo<number>(64);
    const words = Array.from({ length: 48 }, (_, i) => 'كلمة' + i);
    words.forEach((w, i) => memo.set(w, 0, w.length, i));
    words.forEach((w, i) => expect(memo.get(w, 0, w.length)).toBe(i));
    // The 49th word fills three quarters of 64 slots: the memo starts over.
    memo.set('أخرى', 0, 4, 99);
    expect(memo.get('أخرى', 0, 4)).toBe(99);
    expect(memo.get(words[0], 0, words[0].length)).toBeUndefined();
  });
});
