import { z } from 'zod';
import { avDeviceTypes } from './metadata';

type Label = { zh: string; en: string };

const text = (max: number) => z.string().trim().min(1).max(max);
const textRule = (max: number): Label => ({
  zh: `须为 1 至 ${max} 个字符的文本`,
  en: `must be text of 1 to ${max} characters`,
});
const instantRule: Label = {
  zh: '须为带时区的 ISO 8601 时间，如 2026-11-23T09:30:15+08:00',
  en: 'must be an ISO 8601 time with an offset, as 2026-11-23T09:30:15+08:00',
};

/**
 * What a station's sidecar file may say of one media file, field by field, with the rule shown when a value is
 * refused. The limits are those of the record (`avMetadataSchema`): AVS-03 制作方法, 制作时间, 证明对象, the place,
 * and the device (AVS-05) and officer numbers.
 */
const sidecarFields = {
  deviceNumber: { schema: text(64), rule: textRule(64) },
  deviceType: {
    schema: z.enum(avDeviceTypes),
    rule: { zh: `须为以下之一：${avDeviceTypes.join('、')}`, en: `must be one of ${avDeviceTypes.join(', ')}` },
  },
  officerNumber: { schema: text(64), rule: textRule(64) },
  capturedFrom: { schema: z.iso.datetime({ offset: true }), rule: instantRule },
  capturedTo: { schema: z.iso.datetime({ offset: true }), rule: instantRule },
  place: { schema: text(200), rule: textRule(200) },
  purpose: { schema: text(500), rule: textRule(500) },
} as const;

export type AvSidecarField = keyof typeof sidecarFields;
export const avSidecarFields = Object.keys(sidecarFields) as AvSidecarField[];

/**
 * A sidecar file (`X.MP4.json` or `X.json` beside `X.MP4`): one JSON object with any of the fields below and no
 * others. The capture ends no earlier than it starts.
 */
export const avSidecarSchema = z
  .object({
    deviceNumber: sidecarFields.deviceNumber.schema.optional(),
    deviceType: sidecarFields.deviceType.schema.optional(),
    officerNumber: sidecarFields.officerNumber.schema.optional(),
    capturedFrom: sidecarFields.capturedFrom.schema.optional(),
    capturedTo: sidecarFields.capturedTo.schema.optional(),
    place: sidecarFields.place.schema.optional(),
    /** AVS-03 证明对象. */
    purpose: sidecarFields.purpose.schema.optional(),
  })
  .strict()
  .refine(
    (value) =>
      !(value.capturedFrom && value.capturedTo) || Date.parse(value.capturedTo) >= Date.parse(value.capturedFrom),
    {
      path: ['capturedTo'],
      message: 'The capture ends before it starts',
    },
  );
export type AvSidecar = z.infer<typeof avSidecarSchema>;

/** One thing wrong with a sidecar, in both languages; `field` is null when the whole file is unusable. */
export type AvSidecarIssue = { field: string | null; zh: string; en: string };

/**
 * Reads a sidecar's text. A file that is not a JSON object gives no values; otherwise every valid field is kept and
 * each invalid or unknown one is reported, so a single typo does not cost the rest (the file is still uploaded with
 * what could be determined).
 */
export function readAvSidecar(source: string): { values: AvSidecar; issues: AvSidecarIssue[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { values: {}, issues: [{ field: null, zh: `不是有效的 JSON：${reason}`, en: `Not valid JSON: ${reason}` }] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { values: {}, issues: [{ field: null, zh: '须为一个 JSON 对象', en: 'Must be one JSON object' }] };
  }
  const values: Record<string, unknown> = {};
  const issues: AvSidecarIssue[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    const field = (sidecarFields as Record<string, (typeof sidecarFields)[AvSidecarField] | undefined>)[key];
    if (!field) {
      issues.push({
        field: key,
        zh: `未知字段 ${key}（可用：${avSidecarFields.join('、')}）`,
        en: `Unknown field ${key} (use ${avSidecarFields.join(', ')})`,
      });
      continue;
    }
    const result = field.schema.safeParse(value);
    if (result.success) values[key] = result.data;
    else issues.push({ field: key, zh: `${key} ${field.rule.zh}`, en: `${key} ${field.rule.en}` });
  }
  const sidecar = values as AvSidecar;
  if (sidecar.capturedFrom && sidecar.capturedTo && Date.parse(sidecar.capturedTo) < Date.parse(sidecar.capturedFrom)) {
    delete sidecar.capturedTo;
    issues.push({ field: 'capturedTo', zh: 'capturedTo 早于 capturedFrom', en: 'capturedTo precedes capturedFrom' });
  }
  return { values: sidecar, issues };
}

/** Where a station learnt a value: the sidecar file, the dock's folder layout, or the file-name pattern. */
export type AvMetadataSource = 'sidecar' | 'layout' | 'fileName';

type Learnt = Partial<Record<AvSidecarField, string>>;

/**
 * Merges what a station learnt of one file, field by field: the sidecar over the folder layout over the file name
 * (the most deliberate statement wins). Returns the values and, for each, where it came from.
 */
export function mergeAvFileMetadata(sources: Partial<Record<AvMetadataSource, Learnt>>): {
  values: Learnt;
  sources: Partial<Record<AvSidecarField, AvMetadataSource>>;
} {
  const values: Learnt = {};
  const from: Partial<Record<AvSidecarField, AvMetadataSource>> = {};
  for (const source of ['fileName', 'layout', 'sidecar'] as const) {
    for (const [key, value] of Object.entries(sources[source] ?? {}) as [AvSidecarField, string | undefined][]) {
      if (value === undefined || value === '') continue;
      values[key] = value;
      from[key] = source;
    }
  }
  return { values, sources: from };
}
