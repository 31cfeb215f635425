import type { SchemaActionDto } from '@pies/api-client';
import { mayChangeAny } from './may-change';

describe('what the reader may change of an action', () => {
  it('is what the API says, and nothing when it says nothing', () => {
    expect(mayChangeAny({ mayChange: 'all' })).toBe(true);
    expect(mayChangeAny({ mayChange: 'progress' })).toBe(true);
    expect(mayChangeAny({ mayChange: 'none' })).toBe(false);
    // An API from before the flag (a web app deployed ahead of it) grants nothing.
    expect(mayChangeAny({} as Pick<SchemaActionDto, 'mayChange'>)).toBe(false);
  });
});
