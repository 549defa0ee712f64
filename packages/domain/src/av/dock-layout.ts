import { domainError } from '../shared/errors';

/**
 * A camera dock's folder layout: a template for a file's path under the dock folder, file name included, segments
 * separated by `/`.
 *
 * - `{device}` the device number, `{officer}` the officer number: the whole segment or part of it (`DSJ_{device}`).
 * - `*` any text within one segment (a folder or the file name); `**` on its own, any number of folders (also none).
 * - Everything else is literal, in any letter case.
 *
 * `{device}/{officer}/*` reads `DSJ-A8-0001/0123456/20261123_0001.MP4`; `{officer}/**` takes the first folder as the
 * officer at any depth; `*_{device}/**` reads `2026-11-23_DSJ-A8-0001/100MEDIA/x.MP4`.
 */
export type DockLayoutValues = { deviceNumber?: string; officerNumber?: string };

const placeholders = { device: 'deviceNumber', officer: 'officerNumber' } as const;
type Placeholder = keyof typeof placeholders;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** One segment as a regular expression, noting the placeholders it captures in order. */
function segmentRegExp(segment: string, template: string, names: Placeholder[]): string {
  const malformed = () => domainError('av_dock_layout.malformed', { layout: template });
  if (segment === '') throw malformed();
  let result = '';
  for (const part of segment.split(/(\{[^{}]*\}|\*+)/)) {
    if (part === '') continue;
    if (part.startsWith('{')) {
      const name = part.slice(1, -1);
      if (!(name in placeholders) || names.includes(name as Placeholder)) throw malformed();
      names.push(name as Placeholder);
      result += '([^/]+?)';
    } else if (part.startsWith('*')) {
      if (part !== '*') throw malformed(); // `**` stands alone as a segment
      result += '[^/]*';
    } else {
      if (part.includes('{') || part.includes('}')) throw malformed();
      result += escapeRegExp(part);
    }
  }
  return result;
}

/**
 * Compiles a dock layout (see `DockLayoutValues`) into a reader of relative paths (`/`-separated). Throws
 * `av_dock_layout.malformed` for an empty segment, unbalanced braces, an unknown or repeated placeholder, `**` mixed
 * with other text, or a layout without a placeholder. The reader returns null for a path the layout does not fit.
 */
export function compileDockLayout(template: string): (relativePath: string) => DockLayoutValues | null {
  const segments = template
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .split('/');
  const names: Placeholder[] = [];
  const body = segments
    .map((segment, index) => {
      const last = index === segments.length - 1;
      if (segment === '**') return last ? '.*' : '(?:[^/]+/)*';
      return segmentRegExp(segment, template, names) + (last ? '' : '/');
    })
    .join('');
  if (names.length === 0) throw domainError('av_dock_layout.malformed', { layout: template });
  const regExp = new RegExp(`^${body}$`, 'i');
  return (relativePath) => {
    const match = regExp.exec(relativePath.replaceAll('\\', '/').replace(/^\/+/, ''));
    if (!match) return null;
    const values: DockLayoutValues = {};
    names.forEach((name, index) => {
      const value = match[index + 1]?.trim();
      if (value) values[placeholders[name]] = value;
    });
    return values;
  };
}
