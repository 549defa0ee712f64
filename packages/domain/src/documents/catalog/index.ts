import type { DocumentType } from '../document-type';
import { closingArchiveDocuments } from './closing-archive';
import { executionDocuments } from './execution';
import { hearingDocuments } from './hearing';
import { initiationDocuments } from './initiation';
import { inspectionDocuments } from './inspection';
import { investigationDocuments } from './investigation';
import { lxSpecificDocuments } from './lx-specific';
import { measureDocuments } from './measures';
import { reviewDecisionDocuments } from './review-decision';
import { serviceDocuments } from './service';

/** Every document type of requirements.md §5 (D01–D58), in stage order. */
export const documentCatalog: readonly DocumentType[] = [
  ...initiationDocuments,
  ...investigationDocuments,
  ...measureDocuments,
  ...reviewDecisionDocuments,
  ...hearingDocuments,
  ...serviceDocuments,
  ...executionDocuments,
  ...closingArchiveDocuments,
  ...lxSpecificDocuments,
  ...inspectionDocuments,
];

const byCode = new Map(documentCatalog.map((type) => [type.code, type]));

/** The document type with this code, or undefined. */
export function findDocumentType(code: string): DocumentType | undefined {
  return byCode.get(code);
}
