/**
 * The ids of the frameworks shipped in templates/frameworks/: only platform admins publish
 * versions of them (reserved-framework-ids.spec.ts keeps the list and the folder in step).
 */
export const RESERVED_FRAMEWORK_IDS: readonly string[] = ['online-safeguarding-pies'];
