/** The stand-in entry text of a bulk-built log: proofs read only leaf hashes, so the bytes need only be distinct. */
export function placeholderEntry(seq: number): string {
  return `{"bench":${seq}}`;
}
