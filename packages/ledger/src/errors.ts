/** Every way the ledger core can refuse an input; a closed union so callers can switch exhaustively. */
export type LedgerErrorCode =
  | 'hash.unsupported_algorithm'
  | 'hash.wrong_length'
  | 'encoding.invalid_hex'
  | 'encoding.invalid_base64'
  | 'encoding.invalid_utf8'
  | 'json.not_representable'
  | 'tree.invalid_size'
  | 'tree.range_out_of_bounds'
  | 'tree.invalid_frontier'
  | 'proof.index_out_of_range'
  | 'proof.size_out_of_range'
  | 'proof.wrong_length'
  | 'proof.root_mismatch'
  | 'checkpoint.malformed'
  | 'checkpoint.origin_mismatch'
  | 'note.malformed'
  | 'note.unknown_key'
  | 'note.key_id_mismatch'
  | 'note.bad_signature'
  | 'key.malformed'
  | 'key.id_mismatch'
  | 'key.unsupported_type'
  | 'verifier.misuse';

/** The only error type the ledger core throws on bad input; `code` is stable, `message` is for humans. */
export class LedgerError extends Error {
  override readonly name = 'LedgerError';
  readonly code: LedgerErrorCode;

  constructor(code: LedgerErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

/** True when `error` is a LedgerError, optionally with the given code. */
export function isLedgerError(error: unknown, code?: LedgerErrorCode): error is LedgerError {
  return error instanceof LedgerError && (code === undefined || error.code === code);
}
