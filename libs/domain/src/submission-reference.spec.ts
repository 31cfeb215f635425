import { submissionReference } from './submission-reference';

describe('submissionReference', () => {
  it('is the first eight characters of the fingerprint, in capitals', () => {
    expect(
      submissionReference('2150f2a0466e9912fbf89a109173af5b2c70282390cf8bf5d2e9f52868e82cff'),
    ).toBe('2150F2A0');
  });
});
