import { z } from 'zod';

/**
 * A document type (执法文书 or other written record, requirements.md §5) is data: its fields, which are mandatory
 * (always, per profile, or when another field has a value), who signs, and how a refusal to sign is recorded.
 * One evaluator (`validate.ts`) checks any document against its type; the web renders the form from the same data.
 */

/** Jurisdiction profiles (GEN-01). A per-profile requirement names the profiles whose seed states it. */
export const profileCodes = ['BX', 'HS', 'LX', 'FS', 'XG'] as const;
export type ProfileCode = (typeof profileCodes)[number];

/** Where a document arises (GEN-03 stages, plus the LX-specific and supervision groups of §5). */
export const documentStages = [
  'initiation',
  'investigation',
  'review',
  'hearing',
  'decision',
  'simplified',
  'service',
  'execution',
  'closing',
  'archiving',
  'coercion',
  'fee',
  'inspection',
  'supervision',
] as const;
export type DocumentStage = (typeof documentStages)[number];

/** Value kinds a field can hold; `validate.ts` has one check per kind. */
export const fieldKinds = [
  'text',
  'longText',
  'date',
  'dateTime',
  'number',
  'money',
  'choice',
  'boolean',
  'people',
  'officers',
  'party',
  'list',
] as const;
export type FieldKind = (typeof fieldKinds)[number];

/** Who may sign or approve a document. */
export const signerRoles = [
  'officer',
  'party',
  'witness',
  'reviewer',
  'approver',
  'agencyHead',
  'unitHead',
  'legalReviewer',
  'expert',
  'participant',
  'server',
  'addressee',
  'recipient',
  'presider',
  'clerk',
  'institution',
] as const;
export type SignerRole = (typeof signerRoles)[number];

/** `reasonAndWitness`: a refusal counts when its reason and an attesting person present are recorded (INV-03). */
export const refusalRules = ['reasonAndWitness', 'notAllowed'] as const;
export type RefusalRule = (typeof refusalRules)[number];

const nonEmpty = z.string().trim().min(1);
const conditionValue = z.union([z.string(), z.boolean(), z.array(z.string()).min(1)]);

/** A condition on another field of the same document: it holds when that field equals the value (or one of the list). */
const conditionSchema = z.object({ field: nonEmpty, equals: conditionValue });
export type DocumentCondition = z.infer<typeof conditionSchema>;

/** `true`/`false`, or the profiles under which the requirement applies (its seeds, per the applicability rule). */
const requirementSchema = z.union([z.boolean(), z.array(z.enum(profileCodes)).min(1)]);
export type DocumentRequirement = z.infer<typeof requirementSchema>;

const optionSchema = z.object({ value: nonEmpty, zh: nonEmpty, en: nonEmpty });

const fieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'field keys are camelCase'),
    zh: nonEmpty,
    en: nonEmpty,
    kind: z.enum(fieldKinds),
    required: requirementSchema,
    /** Mandatory only while this condition holds (e.g. the refusal reason of a lodged service, SERV-03). */
    requiredWhen: conditionSchema.optional(),
    options: z.array(optionSchema).min(1).optional(),
    help: z.string().optional(),
  })
  .refine((field) => (field.kind === 'choice') === (field.options !== undefined), {
    message: 'choice fields, and only they, list options',
  });
export type DocumentField = z.infer<typeof fieldSchema>;

const signerSchema = z.object({
  role: z.enum(signerRoles),
  /** How many distinct signatures of this role are needed; 0 makes the signer optional. */
  min: z.number().int().min(0).default(1),
  refusal: z.enum(refusalRules).default('notAllowed'),
  /** Roles whose signature also fills this slot (a lawfully qualified recipient for the addressee, SERV-02). */
  alternatives: z.array(z.enum(signerRoles)).default([]),
  /** Profiles whose seed requires this signer; absent means every profile. */
  profiles: z.array(z.enum(profileCodes)).min(1).optional(),
  /** Needed only while this condition on the document's data holds (e.g. per service method). */
  when: conditionSchema.optional(),
});
export type DocumentSigner = z.infer<typeof signerSchema>;

/** Validates a document-type definition itself: labels, unique keys, options of choices, conditions that resolve. */
export const documentTypeSchema = z
  .object({
    code: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'codes are the camelCase identifiers of requirements.md §5'),
    version: z.number().int().positive(),
    /** Row numbers in requirements.md §5 (D01–D58); D05 and D06 share one type. */
    rows: z.array(z.string().regex(/^D\d{2}$/)).min(1),
    zh: nonEmpty,
    en: nonEmpty,
    stage: z.enum(documentStages),
    requirementIds: z.array(z.string().regex(/^[A-Z]+-\d{2}$/)),
    /** Seed articles, written as in requirements.md (`002 第七条`). */
    sources: z.array(z.string().regex(/^00\d /)),
    fields: z.array(fieldSchema).min(1),
    signers: z.array(signerSchema),
    /** Whether the agency seal (印章) is affixed. */
    seal: z.boolean().default(false),
  })
  .superRefine((type, ctx) => {
    const keys = new Set<string>();
    for (const field of type.fields) {
      if (keys.has(field.key)) ctx.addIssue({ code: 'custom', message: `duplicate field key ${field.key}` });
      keys.add(field.key);
    }
    const conditions = [
      ...type.fields.map((field) => field.requiredWhen),
      ...type.signers.map((signer) => signer.when),
    ];
    for (const condition of conditions) {
      if (!condition) continue;
      const target = type.fields.find((field) => field.key === condition.field);
      if (!target) {
        ctx.addIssue({ code: 'custom', message: `condition on unknown field ${condition.field}` });
        continue;
      }
      const values = Array.isArray(condition.equals) ? condition.equals : [condition.equals];
      const known = target.options?.map((option) => option.value);
      if (known && values.some((value) => typeof value !== 'string' || !known.includes(value))) {
        ctx.addIssue({ code: 'custom', message: `condition on ${condition.field} names an unknown option` });
      }
    }
    if (type.requirementIds.length === 0 && type.sources.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'cite at least one requirement ID or seed source' });
    }
  });

export type DocumentType = z.infer<typeof documentTypeSchema>;
export type DocumentTypeInput = z.input<typeof documentTypeSchema>;

/** Declares a document type; throws (at load time) when the definition itself is malformed. */
export function defineDocumentType(definition: DocumentTypeInput): DocumentType {
  return documentTypeSchema.parse(definition);
}

/** True when `condition` holds for the document's data. */
export function conditionHolds(condition: DocumentCondition, data: Readonly<Record<string, unknown>>): boolean {
  const value = data[condition.field];
  if (Array.isArray(condition.equals)) return typeof value === 'string' && condition.equals.includes(value);
  return value === condition.equals;
}

/** True when a requirement applies under `profile`; with no profile known, every per-profile requirement applies. */
export function appliesUnder(requirement: DocumentRequirement | undefined, profile: ProfileCode | undefined): boolean {
  if (requirement === undefined || typeof requirement === 'boolean') return requirement ?? true;
  return profile === undefined || requirement.includes(profile);
}
