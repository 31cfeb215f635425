import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DATE_RANGE, DateOnly, EmailAddress, isDateOnly } from './formats';

class Sample {
  @EmailAddress()
  email!: string;

  @DateOnly()
  on!: string;
}

const problems = (plain: object) =>
  validateSync(plainToInstance(Sample, plain)).flatMap((e) =>
    Object.keys(e.constraints ?? {}).map((c) => `${e.property}:${c}`),
  );

describe('EmailAddress', () => {
  it('refuses text that is not well-formed, where isEmail would throw', () => {
    for (const email of ['\ud800@x.test', 'a\udc00@x.test', 'x@\ud800.test'])
      expect(problems({ email, on: '2025-01-01' })).toEqual(['email:isEmail']);
  });

  it('takes an address, trimmed and lower-cased, up to 254 characters', () => {
    const sample = plainToInstance(Sample, { email: ' Jo@Example.TEST ', on: '2025-01-01' });
    expect(validateSync(sample)).toEqual([]);
    expect(sample.email).toBe('jo@example.test');
    const long = `${'a'.repeat(60)}@${Array(4).fill('b'.repeat(60)).join('.')}.test`;
    expect(problems({ email: long, on: '2025-01-01' })).toContain('email:maxLength');
  });
});

describe('isDateOnly', () => {
  it('takes a real calendar date within the range', () => {
    for (const d of [DATE_RANGE.min, DATE_RANGE.max, '2024-02-29', '2025-12-31'])
      expect([d, isDateOnly(d)]).toEqual([d, true]);
  });

  it('refuses datetimes, impossible dates, other forms and years out of range', () => {
    for (const d of [
      '9999-12-31T23:59:59Z',
      '2025-01-01T00:00:00Z',
      '2025-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '1999-12-31',
      '2101-01-01',
      '+002025-01-01',
      '2025-1-1',
      '2025-01-01\n',
      '',
      20250101,
      null,
    ])
      expect([d, isDateOnly(d)]).toEqual([d, false]);
  });
});
