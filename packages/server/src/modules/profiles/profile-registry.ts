import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { domainError, parseProfile, type Profile } from '@liuhen/domain';
import { parse as parseYaml, YAMLParseError } from 'yaml';

/** The profiles that ship with Liuhen, one per seed regulation (`profiles/` at the repository root). */
export const shippedProfilesDir = fileURLToPath(new URL('../../../../../profiles/', import.meta.url));

export type LoadedProfile = {
  profile: Profile;
  /** The file it came from, and the SHA-256 of its bytes (recorded in the ledger when an agency selects it). */
  file: string;
  sha256: string;
  shipped: boolean;
};

export type ProfileRegistry = {
  list(): readonly LoadedProfile[];
  get(id: string): LoadedProfile | null;
  /** The profile or `profile.not_found`. */
  require(id: string): LoadedProfile;
};

const profileFile = /\.(ya?ml|json)$/i;

/**
 * Reads and checks one profile file. A syntax error names the line; a schema error names every wrong key
 * (`profile.invalid`, e.g. 「av.requirements[3].level: Invalid option …」).
 */
export function loadProfileFile(file: string, shipped = false): LoadedProfile {
  const bytes = readFileSync(file);
  const name = path.basename(file);
  let data: unknown;
  try {
    data = file.toLowerCase().endsWith('.json')
      ? JSON.parse(bytes.toString('utf8'))
      : parseYaml(bytes.toString('utf8'));
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (第 ${error.linePos[0].line} 行)` : '';
    throw domainError('profile.invalid', { file: name, issues: `${(error as Error).message.split('\n')[0]}${where}` });
  }
  const result = parseProfile(data);
  if (!result.ok) {
    throw domainError('profile.invalid', {
      file: name,
      issues: result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
    });
  }
  return { profile: result.profile, file, sha256: createHash('sha256').update(bytes).digest('hex'), shipped };
}

function loadDir(dir: string, shipped: boolean): LoadedProfile[] {
  if (!existsSync(dir)) return [];
  const loaded: LoadedProfile[] = [];
  for (const name of readdirSync(dir)
    .filter((entry) => profileFile.test(entry))
    .sort()) {
    if (name.endsWith('.schema.json')) continue;
    const next = loadProfileFile(path.join(dir, name), shipped);
    const clash = loaded.find((other) => other.profile.id === next.profile.id);
    if (clash) {
      throw domainError('profile.duplicate', {
        file: name,
        profileId: next.profile.id,
        other: path.basename(clash.file),
      });
    }
    loaded.push(next);
  }
  return loaded;
}

/**
 * Loads the shipped profiles and then the agency's own directory, where a file with a shipped id amends (replaces) the
 * shipped one and a new id adds a jurisdiction — no rebuild needed. Any invalid file stops the start with an error that
 * names the file and the key.
 */
export function loadProfiles(input: { shippedDir?: string; agencyDir?: string | null } = {}): ProfileRegistry {
  const byId = new Map<string, LoadedProfile>();
  for (const entry of loadDir(input.shippedDir ?? shippedProfilesDir, true)) byId.set(entry.profile.id, entry);
  if (input.agencyDir) {
    for (const entry of loadDir(input.agencyDir, false)) byId.set(entry.profile.id, entry);
  }
  const list = [...byId.values()].sort((a, b) => a.profile.id.localeCompare(b.profile.id));
  return {
    list: () => list,
    get: (id) => byId.get(id) ?? null,
    require(id) {
      const found = byId.get(id);
      if (!found) throw domainError('profile.not_found', { profileId: id });
      return found;
    },
  };
}
