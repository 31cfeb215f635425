/**
 * A submission's short reference: the first eight characters of its SHA-256 fingerprint, in
 * capitals, to quote by phone or in a letter ("Reference 2150F2A0"). The full fingerprint stays
 * on the submission, and in its report, for checking that nothing changed since.
 */
export function submissionReference(sha256: string): string {
  return sha256.slice(0, 8).toUpperCase();
}
