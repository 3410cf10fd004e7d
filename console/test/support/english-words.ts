// What counts as English left in the Chinese console: a Latin word of two
// letters or more, once placeholders and the words kept as they are (units,
// acronyms, the product's name) are taken out. Used on the translation files
// (i18n-complete.test.ts) and on the rendered pages (the browser suite).

/** Words a Chinese operator reads as they are. */
export const KEPT_AS_IS = ['ScreenHub', 'OTA', 'ID', 'MCC', 'CSV', 'MiB', 'MB', 'GB', 'KB', 'dBm', 'ms', 'URL', 'IP', 'SSID', 'MQTT', 'JSON', 'APP', 'UTC', 'PNG', 'MP4'];

export function englishWords(text: string): string[] {
  let rest = text.replace(/%\{\w+\}/g, ' ');
  for (const word of KEPT_AS_IS) rest = rest.replace(new RegExp(`\\b${word}\\b`, 'g'), ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}
