import { idNameOf, valuesAt } from './scope.decorators';

describe('valuesAt', () => {
  it('finds a top-level id', () => {
    expect(valuesAt({ frameworkVersionId: 'v', name: 'x' }, 'frameworkVersionId')).toEqual([
      { field: 'frameworkVersionId', value: 'v' },
    ]);
  });

  it('finds an id in every item of an array, named as validation names it', () => {
    const body = { assignments: [{ userId: 'a' }, { areaCode: 'P' }, { userId: 7 }] };
    expect(valuesAt(body, 'assignments[].userId')).toEqual([
      { field: 'assignments.0.userId', value: 'a' },
      { field: 'assignments.2.userId', value: 7 },
    ]);
  });

  it('leaves out absent and null values and values of the wrong shape', () => {
    expect(valuesAt(undefined, 'cycleId')).toEqual([]);
    expect(valuesAt({ cycleId: null }, 'cycleId')).toEqual([]);
    expect(valuesAt(['x'], 'cycleId')).toEqual([]);
    expect(valuesAt({ assignments: { userId: 'a' } }, 'assignments[].userId')).toEqual([]);
    expect(valuesAt({ assignments: ['a', null] }, 'assignments[].userId')).toEqual([]);
  });

  it('does not read inherited properties', () => {
    expect(valuesAt({}, 'constructor')).toEqual([]);
  });

  it('names the declared id at the end of a path', () => {
    expect(idNameOf('assignments[].userId')).toBe('userId');
    expect(idNameOf('cycleId')).toBe('cycleId');
  });
});
