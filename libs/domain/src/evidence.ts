/** What an item of an organisation's evidence library is: a stored file, or a link to a web page. */
export const EVIDENCE_KINDS = ['file', 'link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The longest web address and title a link may have. */
export const LINK_URL_MAX = 2000;
export const LINK_TITLE_MAX = 200;
