const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "3 March 2026" (GOV.UK date style). */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

/** "3 March 2026 at 09:05", in UK time wherever the browser is. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateTimeFormat.format(d);
}

/** "1 organisation", "1,204 organisations" */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

/** "62.5" (one decimal at most), or "No score". */
export function formatScore(score: number | null | undefined): string {
  return score == null ? 'No score' : score.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** "+4.2", "−3.1" (a true minus sign), "No change", or "" when there is nothing to compare. */
export function formatChange(change: number | null | undefined): string {
  if (change == null) return '';
  if (change === 0) return 'No change';
  const abs = Math.abs(change).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return change > 0 ? `+${abs}` : `\u2212${abs}`;
}

/** "up 4.2", "down 3.1": words for screen readers and sentences. */
export function describeChange(change: number | null | undefined): string {
  if (change == null) return 'no earlier figure';
  if (change === 0) return 'no change';
  const abs = Math.abs(change).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return change > 0 ? `up ${abs}` : `down ${abs}`;
}

/** "45%" */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** ["a"] → "a"; ["a", "b", "c"] → "a, b and c" */
export function formatList(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
