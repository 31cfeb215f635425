import { acceptsGzip, etagOf, matchesEtag } from './conditional';

describe('dashboard negotiation', () => {
  it('tags a body by its content', () => {
    const tag = etagOf(Buffer.from('{"a":1}'));
    expect(tag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(etagOf(Buffer.from('{"a":1}'))).toBe(tag);
    expect(etagOf(Buffer.from('{"a":2}'))).not.toBe(tag);
  });

  it('matches an ETag weakly, in a list, or by *', () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('*', 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false);
  });

  it('sends gzip only where the client allows it', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
