// What counts as English left in the Chinese console: a Latin word of two
// letters or more, once placeholders and the words kept as they are (units,
// acronyms, the product's name) are taken out. Used on the translation files
// (i18n-complete.test.ts) and on the rendered pages (the browser suite).

/** Words a Chinese operator reads as they are. */
export const KEPT_AS_IS = ['ScreenHub', 'OTA', 'ID', 'MCC', 'CSV', 'MiB', 'MB', 'GB', 'KB', 'dBm', 'ms', 'URL', 'IP', 'SSID', 'MQTT', 'JSON', 'APP', 'UTC', 'PNG', 'MP4', 'SHA', 'base64', 'Ed25519', 'PEM'];

/** What an operator types exactly as shown (a time zone's name, a key's first line, an app id's prefix). */
export const TYPED_AS_IS = ['Asia/Shanghai', '-----BEGIN', 'wx'];

export function englishWords(text: string): string[] {
  // Placeholders, and e-mail addresses (the signed-in operator's, a contact's): data, not the console's words.
  let rest = text.replace(/%\{\w+\}/g, ' ').replace(/\S+@\S+/g, ' ');
  for (const literal of TYPED_AS_IS) rest = rest.replaceAll(literal, ' ');
  for (const word of KEPT_AS_IS) rest = rest.replace(new RegExp(`\\b${word}\\b`, 'g'), ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}
