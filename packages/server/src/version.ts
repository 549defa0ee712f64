import { readFileSync } from 'node:fs';

/** Liuhen's version, from the root package.json. */
export const liuhenVersion: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
