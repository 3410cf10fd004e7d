// The hub's version, as its package says: one source for the OpenAPI and the
// AsyncAPI documents. The package file sits two levels up from this module,
// whether it runs from src/ (tsx) or from the compiled dist/.
import { readFileSync } from 'node:fs';

export const HUB_VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
