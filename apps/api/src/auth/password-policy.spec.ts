import { MIN_PASSWORD_LENGTH, passwordProblems } from './password-policy';

const codes = (password: string, words: string[] = []) =>
  passwordProblems(password, words).map((p) => p.code);

describe('password policy', () => {
  it('asks for 12 characters, counted as people count them, and nothing else of its shape', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(codes('eleven char')).toEqual(['passwordTooShort']);
    expect(codes('twelve chars')).toEqual([]);
    // No composition rules: lower case letters and spaces alone are fine.
    expect(codes('heron quarry velvet autumn')).toEqual([]);
    // Eleven emoji are eleven characters, not twenty-two UTF-16 units.
    expect(codes('🦊'.repeat(11))).toEqual(['passwordTooShort']);
  });

  it('refuses common passwords, in any case, with digits or symbols around them', () => {
    for (const p of [
      'password1234',
      'QWERTYUIOP',
      'Password1234!',
      '2024Password!!',
      'Liverpool1892!',
    ])
      expect(codes(p)).toContain('passwordTooCommon');
  });

  it("refuses the product's name and the partnership names given, however written", () => {
    expect(codes('my pies audit password')).toEqual(['passwordHasAppWords']);
    expect(codes('Riverside-Safeguarding-2025!', ['Riverside Safeguarding'])).toEqual([
      'passwordHasAppWords',
    ]);
    expect(codes('riverside walks at dawn', ['Riverside Safeguarding'])).toEqual([]);
  });
});
