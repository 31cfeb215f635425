/**
 * The English catalogue: every user-facing string written since mail arrived (pages, mail, PDF
 * text), grouped by where it shows. Keys are stable; `{{name}}` is a value the caller passes.
 * A TypeScript module rather than JSON so the API's build (swc, which copies no JSON) and the
 * web app's (Vite) both carry it, and so `t` knows every key.
 */
import { accounts } from './en/accounts';
import { audits } from './en/audits';
import { auditScreens } from './en/audit-screens';
import { errors } from './en/errors';
import { mail } from './en/mail';
import { scores } from './en/scores';

export const en = { ...accounts, ...mail, ...audits, ...auditScreens, ...errors, ...scores };

/** The shape every catalogue has (the Welsh one will be checked against it). */
export type Catalogue = typeof en;
