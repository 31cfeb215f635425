/** Messages for the initial password of a person being added (new account or existing one). */
export function PASSWORD_FIELD_MESSAGE(problem: string): string | undefined {
  if (/required for a new user/.test(problem))
    return 'Enter an initial password: there is no account with this email address yet';
  if (/left out for an existing user/.test(problem))
    return 'Leave the password blank: this person already has an account, and keeps their password';
  if (/at least \d+ characters/.test(problem))
    return 'Initial password must be 12 characters or more';
  return undefined;
}
