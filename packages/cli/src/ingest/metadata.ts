import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type AvMetadataSource,
  type AvSidecarField,
  type AvSidecarIssue,
  compileDockLayout,
  mergeAvFileMetadata,
  readAvSidecar,
} from '@liuhen/domain';
import { fileNameMetadata, type FoundFile } from './files';

/** JSON files in a dock folder are sidecars (`X.MP4.json`, `X.json`): read for their media file, never uploaded. */
export function isSidecarFile(relative: string): boolean {
  return /\.json$/i.test(relative);
}

/** The fields tus Upload-Metadata carries to the record (the server reads place and purpose too). */
const uploadFields = [
  'deviceNumber',
  'deviceType',
  'officerNumber',
  'capturedFrom',
  'capturedTo',
  'place',
  'purpose',
] as const;

/** What a station learnt of one file, where each value came from, and what it could not use. */
export type LearntMetadata = {
  /** Upload-Metadata keys and values. */
  upload: Record<string, string>;
  sources: Partial<Record<AvSidecarField, AvMetadataSource>>;
  /** The sidecar read (relative to the dock folder), if any. */
  sidecar: string | null;
  issues: AvSidecarIssue[];
  /** Fields the sidecar gave that an upload cannot carry yet. */
  notSent: AvSidecarField[];
};

/** `X.MP4.json` first, then `X.json`; the text of the first that exists. */
async function findSidecar(
  absolute: string,
): Promise<{ file: string; text: string } | { file: string; error: string } | null> {
  const stem = absolute.slice(0, absolute.length - path.extname(absolute).length);
  for (const file of [`${absolute}.json`, `${absolute}.JSON`, `${stem}.json`, `${stem}.JSON`]) {
    try {
      return { file, text: await readFile(file, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      return { file, error: error instanceof Error ? error.message : String(error) };
    }
  }
  return null;
}

/**
 * Learns a file's device, officer and capture metadata from, in order of precedence, its sidecar file, the dock's
 * folder layout (`--layout`) and its file name (`--name-pattern`). Throws the domain error of a malformed layout or
 * pattern when created, before any file is read.
 */
export function metadataLearner(options: { root: string; namePattern: string; layout?: string | undefined }) {
  const fromName = fileNameMetadata(options.namePattern);
  const fromLayout = options.layout ? compileDockLayout(options.layout) : () => null;
  return async (file: FoundFile): Promise<LearntMetadata> => {
    const found = await findSidecar(file.absolute);
    const read =
      found === null
        ? { values: {}, issues: [] }
        : 'error' in found
          ? {
              values: {},
              issues: [{ field: null, zh: `无法读取：${found.error}`, en: `Cannot be read: ${found.error}` }],
            }
          : readAvSidecar(found.text);
    const merged = mergeAvFileMetadata({
      fileName: fromName(file.relative),
      layout: fromLayout(file.relative) ?? {},
      sidecar: read.values,
    });
    const upload: Record<string, string> = {};
    for (const key of uploadFields) {
      const value = merged.values[key];
      if (value !== undefined) upload[key] = value;
    }
    return {
      upload,
      sources: merged.sources,
      sidecar: found ? path.relative(options.root, found.file).split(path.sep).join('/') : null,
      issues: read.issues,
      notSent: (Object.keys(read.values) as AvSidecarField[]).filter(
        (key) => !(uploadFields as readonly string[]).includes(key),
      ),
    };
  };
}

const sourceLabels: Record<AvMetadataSource, string> = {
  sidecar: '旁路文件 sidecar',
  layout: '目录 layout',
  fileName: '文件名 file name',
};

/** `deviceNumber=DSJ-A8（目录 layout）, …`: one log line saying where each value came from. */
export function describeSources(learnt: LearntMetadata): string {
  return (Object.entries(learnt.sources) as [AvSidecarField, AvMetadataSource][])
    .filter(([key]) => key in learnt.upload)
    .map(([key, source]) => `${key}=${learnt.upload[key]}（${sourceLabels[source]}）`)
    .join(', ');
}
