/** A board challenge waiting for the agency's answer: the challenges row `ch` is open. */
export const openChallengeSql = (ch: string) => `${ch}.status = 'open'`;
