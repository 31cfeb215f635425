import {
  submissionReference,
  SECTOR_LABELS,
  AUDIT_STATUS_LABELS,
  type ActionStatus,
  type AuditStatus,
  type Sector,
} from '@pies/domain';
import { t } from '@pies/i18n';
import { roundScore } from '@pies/scoring';
import type { Rag } from '../models/common';

/** What a report prints for a value that does not exist (a score nobody gave, a date not reached). */
export const NONE = '—';

const TIME_ZONE = 'Europe/London';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const calendarDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

function toDate(value: string | Date): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`not a date: ${String(value)}`);
  return date;
}

/**
 * A date as the UK writes it: "23 November 2026". A calendar date (`YYYY-MM-DD`) prints as
 * that day; an instant prints as its day in UK time. Null prints as a dash.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return NONE;
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    return calendarDateFormat.format(toDate(`${value}T00:00:00Z`));
  }
  return dateFormat.format(toDate(value));
}

/** An instant in UK time: "23 November 2026, 14:05". */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return NONE;
  const date = toDate(value);
  return `${dateFormat.format(date)}, ${timeFormat.format(date)}`;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A 0-100 score to one decimal place ("72.5"), rounded as the scoring engine does; null is a dash. */
export function formatScore(value: number | null | undefined): string {
  return isNumber(value) ? roundScore(value).toFixed(1) : NONE;
}

/** A signed change of score: "+4.5", "−2.0", "0.0"; a dash when either side is missing. */
export function formatScoreChange(
  current: number | null | undefined,
  previous: number | null | undefined,
): string {
  if (!isNumber(current) || !isNumber(previous)) return NONE;
  const change = roundScore(current) - roundScore(previous);
  const rounded = roundScore(Math.abs(change)).toFixed(1);
  if (rounded === '0.0') return '0.0';
  return change > 0 ? `+${rounded}` : `\u2212${rounded}`;
}

/** A 0-100 share as a whole percentage ("63%"), or with `decimals`; null is a dash. */
export function formatPercent(value: number | null | undefined, decimals = 0): string {
  return isNumber(value) ? `${roundScore(value, decimals).toFixed(decimals)}%` : NONE;
}

/** `part` of `whole` as a whole percentage; a dash when whole is 0. */
export function formatShare(part: number, whole: number): string {
  return whole > 0 ? formatPercent((part / whole) * 100) : NONE;
}

/** A mean level to one decimal ("2.4"). */
export function formatLevel(value: number | null | undefined): string {
  return isNumber(value) ? roundScore(value).toFixed(1) : NONE;
}

/** "Red", "Amber", "Green", or "Not scored". */
export function ragLabel(rag: Rag | null | undefined): string {
  return t(`rag.${rag ?? 'none'}`);
}

/** The CSS class for a RAG colour: "rag-red", ..., "rag-none". */
export function ragClass(rag: Rag | null | undefined): string {
  return rag ? `rag-${rag}` : 'rag-none';
}

/** "1 indicator", "3 indicators"; `plural` for irregular words ("1 agency", "2 agencies"). */
export function pluralise(count: number, singular: string, plural?: string): string {
  return `${count} ${count === 1 ? singular : (plural ?? `${singular}s`)}`;
}

export function sectorLabel(sector: Sector | string): string {
  return SECTOR_LABELS[sector as Sector] ?? sector;
}

export function statusLabel(status: AuditStatus | string): string {
  return AUDIT_STATUS_LABELS[status as AuditStatus] ?? status;
}

/** "In progress": an action's status in words; a status it does not know, as it is. */
export function actionStatusLabel(status: string): string {
  return t(`liveActions.status.${status as ActionStatus}`, { defaultValue: status });
}

/** A submission's short reference ("2150F2A0"), as the app shows it. */
export function formatReference(hash: string | null | undefined): string {
  return hash ? submissionReference(hash) : NONE;
}

/** A long hash in groups of eight, so it wraps and can be read aloud. */
export function formatHash(hash: string | null | undefined): string {
  if (!hash) return NONE;
  return (hash.match(/.{1,8}/g) ?? []).join(' ');
}
