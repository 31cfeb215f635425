import { generateSync } from 'otplib';
import { matchingTimeStep, newRecoveryCode, newTotpSecret, recoveryCodeHash } from './totp';

describe('TOTP codes', () => {
  const secret = newTotpSecret();
  const at = new Date(Date.UTC(2026, 2, 2, 9, 0, 15)); // 15 s into a step
  const step = Math.floor(at.getTime() / 30_000);
  const codeAt = (s: number) => generateSync({ secret, epoch: s * 30 });

  it("matches the current step's code, and one step either side (clock drift), no further", () => {
    expect(matchingTimeStep(secret, codeAt(step), at, null)).toBe(step);
    expect(matchingTimeStep(secret, codeAt(step - 1), at, null)).toBe(step - 1);
    expect(matchingTimeStep(secret, codeAt(step + 1), at, null)).toBe(step + 1);
    expect(matchingTimeStep(secret, codeAt(step - 2), at, null)).toBeNull();
    expect(matchingTimeStep(secret, codeAt(step + 2), at, null)).toBeNull();
  });

  it('never matches a step at or before the last one used', () => {
    expect(matchingTimeStep(secret, codeAt(step), at, step)).toBeNull();
    expect(matchingTimeStep(secret, codeAt(step - 1), at, step - 1)).toBeNull();
    expect(matchingTimeStep(secret, codeAt(step), at, step - 1)).toBe(step);
  });

  it("refuses another secret's code", () => {
    const other = newTotpSecret();
    expect(
      matchingTimeStep(secret, generateSync({ secret: other, epoch: step * 30 }), at, null),
    ).toBeNull();
  });
});

describe('recovery codes', () => {
  it('are four groups of four from the alphabet without look-alikes, all different', () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const c of codes) expect(c).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('hash alike however they are typed (case, hyphens, spaces), and differ from each other', () => {
    const code = 'abcd-efgh-jkmn-pqrs';
    expect(recoveryCodeHash('ABCD EFGH JKMN PQRS')).toBe(recoveryCodeHash(code));
    expect(recoveryCodeHash('abcdefghjkmnpqrs')).toBe(recoveryCodeHash(code));
    expect(recoveryCodeHash('abcd-efgh-jkmn-pqrt')).not.toBe(recoveryCodeHash(code));
    expect(recoveryCodeHash(code)).toMatch(/^[0-9a-f]{64}$/);
  });
});
