/**
 * Writes profiles/profile.schema.json, the published JSON Schema of a jurisdiction profile, from the domain's zod
 * schema (the one source), formatted as Prettier formats it. A test fails when the file is out of date: run
 * `npx tsx scripts/profile-schema.ts`.
 */
import { writeFileSync } from 'node:fs';
import { profileJsonSchema } from '@liuhen/domain';
import { format } from 'prettier';

const target = new URL('../profiles/profile.schema.json', import.meta.url);
writeFileSync(target, await format(JSON.stringify(profileJsonSchema()), { parser: 'json', printWidth: 120 }));
console.log(`wrote ${target.pathname}`);
