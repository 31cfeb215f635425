/** A file's size as people read it (KB up to a megabyte, then MB); nothing for a link. */
export const evidenceSize = (bytes: number | null | undefined) =>
  bytes == null
    ? ''
    : bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;
