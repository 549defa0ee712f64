import { domainError } from '../shared/errors';
import type { Instant } from '../shared/time';

/**
 * Reading device number, officer number and capture start from body-cam file names, by a configurable pattern:
 * placeholders in braces, everything else literal (so the usual separators `_`, `-`, `.`, spaces match themselves).
 *
 * - `{serial}` device number, `{officer}` officer number, `{any}` text that is skipped: any characters, as few as
 *   possible; `{serial:8}` etc. take exactly that many letters or digits, for fields written without a separator.
 * - `{seq}` a file sequence number (digits; `{seq:4}` exactly four).
 * - `{yyyy}` or `{yy}` (20yy), `{MM}`, `{dd}`, `{HH}`, `{mm}`, `{ss}`: the capture start in Asia/Shanghai, two digits
 *   each; a pattern with any of them needs year, month, day, hour and minute (seconds may be left out).
 *
 * The pattern covers the whole name; a trailing extension (`.MP4`, `.wav`) and leading folders are ignored, and
 * literal text matches in any letter case.
 */
export type ParsedAvFileName = {
  deviceNumber?: string;
  officerNumber?: string;
  capturedFrom?: Instant;
  sequence?: number;
};

/** A common body-cam layout: `DSJ-A8_0123456_20261123093015_0001.MP4`. */
export const defaultAvFileNamePattern = '{serial}_{officer}_{yyyy}{MM}{dd}{HH}{mm}{ss}{any}';

const textPlaceholders = ['serial', 'officer', 'any'] as const;
const timePlaceholders = ['yyyy', 'yy', 'MM', 'dd', 'HH', 'mm', 'ss'] as const;
type Placeholder = (typeof textPlaceholders)[number] | (typeof timePlaceholders)[number] | 'seq';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Splits a pattern into literal text and placeholders; throws the domain errors for malformed patterns. */
function tokens(pattern: string): ({ literal: string } | { name: Placeholder; width?: number })[] {
  const result: ({ literal: string } | { name: Placeholder; width?: number })[] = [];
  const seen = new Set<string>();
  let rest = pattern;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (open === -1) {
      if (close !== -1) throw domainError('av_file_name.pattern_malformed', { pattern });
      result.push({ literal: rest });
      break;
    }
    if (close !== -1 && close < open) throw domainError('av_file_name.pattern_malformed', { pattern });
    if (open > 0) result.push({ literal: rest.slice(0, open) });
    const end = rest.indexOf('}', open);
    const inner = end === -1 ? '' : rest.slice(open + 1, end);
    if (end === -1 || inner.includes('{')) throw domainError('av_file_name.pattern_malformed', { pattern });
    const match = /^(\w+)(?::([1-9]\d{0,2}))?$/.exec(inner);
    const name = match?.[1] ?? '';
    const width = match?.[2] === undefined ? undefined : Number(match[2]);
    const known =
      (textPlaceholders as readonly string[]).includes(name) ||
      name === 'seq' ||
      ((timePlaceholders as readonly string[]).includes(name) && width === undefined);
    if (!match || !known) throw domainError('av_file_name.placeholder_unknown', { placeholder: `{${inner}}` });
    if (seen.has(name)) throw domainError('av_file_name.pattern_malformed', { pattern });
    seen.add(name);
    result.push(width === undefined ? { name: name as Placeholder } : { name: name as Placeholder, width });
    rest = rest.slice(end + 1);
  }
  const has = (name: string) => seen.has(name);
  if (seen.size === 0 || (has('yyyy') && has('yy'))) throw domainError('av_file_name.pattern_malformed', { pattern });
  if (timePlaceholders.some(has)) {
    const complete = (has('yyyy') || has('yy')) && ['MM', 'dd', 'HH', 'mm'].every(has);
    if (!complete) throw domainError('av_file_name.time_incomplete', { pattern });
  }
  return result;
}

function placeholderRegExp(name: Placeholder, width: number | undefined): string {
  switch (name) {
    case 'serial':
    case 'officer':
      return width === undefined ? '(.+?)' : `([A-Za-z0-9]{${width}})`;
    case 'any':
      return width === undefined ? '(.*?)' : `(.{${width}})`;
    case 'seq':
      return width === undefined ? '(\\d+)' : `(\\d{${width}})`;
    case 'yyyy':
      return '(\\d{4})';
    default:
      return '(\\d{2})';
  }
}

/** China has kept UTC+8 without daylight saving since 1991: the offset is a constant. */
const shanghaiOffsetMs = 8 * 3_600_000;

function capturedFrom(values: Map<Placeholder, string>): Instant | null {
  const number = (name: Placeholder) => Number(values.get(name) ?? '0');
  const year = values.has('yyyy') ? number('yyyy') : 2000 + number('yy');
  const [month, day, hour, minute, second] = (['MM', 'dd', 'HH', 'mm', 'ss'] as const).map(number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (local.getUTCFullYear() !== year || local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) return null;
  return new Date(local.getTime() - shanghaiOffsetMs).toISOString();
}

/**
 * Compiles a file-name pattern (see `ParsedAvFileName`) into a parser. Throws `av_file_name.pattern_malformed`
 * (unbalanced braces, a placeholder used twice, both `{yyyy}` and `{yy}`, no placeholder at all),
 * `av_file_name.placeholder_unknown` or `av_file_name.time_incomplete`. The parser returns null for a name that does
 * not match, or whose date and time are not real (month 13, 25 o'clock).
 */
export function compileAvFileNamePattern(pattern: string): (fileName: string) => ParsedAvFileName | null {
  const parts = tokens(pattern);
  const names: Placeholder[] = [];
  const body = parts
    .map((part) => {
      if ('literal' in part) return escapeRegExp(part.literal);
      names.push(part.name);
      return placeholderRegExp(part.name, part.width);
    })
    .join('');
  const regExp = new RegExp(`^${body}(?:\\.[A-Za-z0-9]{1,10})?$`, 'i');
  return (fileName) => {
    const baseName = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    const match = regExp.exec(baseName);
    if (!match) return null;
    const values = new Map<Placeholder, string>(names.map((name, index) => [name, match[index + 1] ?? '']));
    const result: ParsedAvFileName = {};
    const serial = values.get('serial');
    const officer = values.get('officer');
    const seq = values.get('seq');
    if (serial !== undefined) result.deviceNumber = serial;
    if (officer !== undefined) result.officerNumber = officer;
    if (seq !== undefined) result.sequence = Number(seq);
    if (values.has('mm')) {
      const instant = capturedFrom(values);
      if (instant === null) return null;
      result.capturedFrom = instant;
    }
    return result;
  };
}

/** Parses one file name with `pattern`; null when it does not match. See `compileAvFileNamePattern`. */
export function parseAvFileName(fileName: string, pattern: string): ParsedAvFileName | null {
  return compileAvFileNamePattern(pattern)(fileName);
}
