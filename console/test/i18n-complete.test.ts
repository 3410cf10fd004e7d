// Complete Simplified Chinese: every message the console can show in English
// (react-admin's own and the console's) has a Chinese text, and no Chinese text
// still holds an English word. The browser suite checks the rendered pages too.
// Type-checked with the console's sources (console/tsconfig.json), which it imports.
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { hubEn } from '../src/i18n/hub-en';
import { hubZh } from '../src/i18n/hub-zh';
import { raZh } from '../src/i18n/ra-zh';
import { englishWords } from './support/english-words';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, string]]));

describe('Simplified Chinese messages', () => {
  const zh = new Map([...leaves(raZh as unknown as Tree), ...leaves(hubZh as unknown as Tree)]);

  it("translate every key of react-admin's English messages and of the console's", () => {
    const english = [...leaves(englishMessages as unknown as Tree), ...leaves(hubEn as unknown as Tree)];
    expect(english.length).toBeGreaterThan(300);
    expect(english.filter(([key]) => !zh.has(key)).map(([key]) => key)).toEqual([]);
  });

  it('hold no English word', () => {
    const english = [...zh].filter(([, text]) => englishWords(text).length > 0);
    expect(english).toEqual([]);
  });

  it('catch an English word when one is left', () => {
    expect(englishWords('共 %{total} 台')).toEqual([]);
    expect(englishWords('信号强度 (dBm)')).toEqual([]);
    expect(englishWords('Screens 在线')).toEqual(['Screens']);
  });
});
