// English and Simplified Chinese through ra-i18n-polyglot. Chinese is laid over
// the English messages, so a react-admin key we have not translated still reads
// as English rather than as its raw key.
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { hubEn } from './hub-en';
import { hubZh } from './hub-zh';
import { raZh } from './ra-zh';

type Tree = { [key: string]: string | Tree };

function overlay(base: Tree, top: Tree): Tree {
  const result: Tree = { ...base };
  for (const [key, value] of Object.entries(top)) {
    const under = result[key];
    result[key] = typeof value === 'object' && typeof under === 'object' ? overlay(under, value) : value;
  }
  return result;
}

const en = overlay(englishMessages as unknown as Tree, hubEn) as unknown as TranslationMessages;
const zh = overlay(overlay(englishMessages as unknown as Tree, raZh), hubZh) as unknown as TranslationMessages;

// The browser's language the first time; react-admin's store keeps the operator's later choice.
const initialLocale = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'zh' ? zh : en), initialLocale, [
  { locale: 'en', name: 'English' },
  { locale: 'zh', name: '简体中文' },
]);
