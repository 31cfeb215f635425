import type { SchemaSaveResponseDto } from '@pies/api-client';
import type { AuditResponse } from '../audit-data';

/** What the user is editing on an indicator page (the parts of a response they can change). */
export interface Answer {
  level: number | null;
  notApplicable: boolean;
  notApplicableReason: string;
  commentary: string;
}

export const EMPTY_ANSWER: Answer = {
  level: null,
  notApplicable: false,
  notApplicableReason: '',
  commentary: '',
};

export function answerOf(response: AuditResponse | null | undefined): Answer {
  if (!response) return EMPTY_ANSWER;
  return {
    level: response.level ?? null,
    notApplicable: response.notApplicable,
    notApplicableReason: response.notApplicableReason ?? '',
    commentary: response.commentary ?? '',
  };
}

/** The PUT body for an answer on top of the version the user last saw. */
export function saveBody(answer: Answer, version: number): SchemaSaveResponseDto {
  return {
    version,
    level: answer.notApplicable ? null : answer.level,
    notApplicable: answer.notApplicable,
    notApplicableReason: answer.notApplicable ? answer.notApplicableReason || null : null,
    commentary: answer.commentary || null,
  };
}

/** Equal as the API stores them (a reason only counts when not applicable). */
export function sameAnswer(a: Answer, b: Answer): boolean {
  return JSON.stringify(saveBody(a, 0)) === JSON.stringify(saveBody(b, 0));
}

/** An answer kept in this browser until the API acknowledges it. */
export interface StoredDraft {
  answer: Answer;
  /** The version the answer was made on top of. */
  version: number;
  changedAt: string;
}

const storageKey = (auditId: string, code: string) => `pies-audit-draft:${auditId}:${code}`;

export function readDraft(auditId: string, code: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(storageKey(auditId, code));
    return raw ? (JSON.parse(raw) as StoredDraft) : null;
  } catch {
    return null;
  }
}

export function writeDraft(auditId: string, code: string, draft: StoredDraft | null): void {
  try {
    if (draft) localStorage.setItem(storageKey(auditId, code), JSON.stringify(draft));
    else localStorage.removeItem(storageKey(auditId, code));
  } catch {
    // Storage full or disabled: the save still goes to the API; only the safety copy is lost.
  }
}
