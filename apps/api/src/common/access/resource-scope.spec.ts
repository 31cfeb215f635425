import { Actor, type ActorMembership } from './actor';
import { decide, liesInside, rolesOver } from './resource-scope';

const m = (p: Partial<ActorMembership>): ActorMembership => ({
  id: 'm',
  role: 'agency_lead',
  partnershipId: null,
  organisationId: null,
  organisationPartnershipIds: [],
  ...p,
});
const actor = (...ms: ActorMembership[]) => new Actor('u', 'u@x', 'U', 's', ms, 'csrf');

describe('rolesOver and decide', () => {
  const lead = actor(
    m({ role: 'agency_lead', organisationId: 'o1', organisationPartnershipIds: ['p1'] }),
  );
  const board = actor(m({ role: 'board_member', partnershipId: 'p1' }));

  it('gives an agency role over its own organisation and its partnership, not a sibling organisation', () => {
    expect([...rolesOver(lead, { organisationId: 'o1', partnershipIds: ['p1'] })]).toEqual([
      'agency_lead',
    ]);
    expect([...rolesOver(lead, { partnershipIds: ['p1'] })]).toEqual(['agency_lead']);
    expect([...rolesOver(lead, { organisationId: 'o2', partnershipIds: ['p1'] })]).toEqual([]);
  });

  it('gives a partnership role over everything in the partnership', () => {
    expect([...rolesOver(board, { organisationId: 'o2', partnershipIds: ['p1', 'p9'] })]).toEqual([
      'board_member',
    ]);
    expect([...rolesOver(board, { organisationId: 'o3', partnershipIds: ['p2'] })]).toEqual([]);
  });

  it('hides what is outside the tenant (404) and forbids what is visible without the role (403)', () => {
    expect(decide(board, ['partnership_admin'], { partnershipIds: ['p1'] })).toBe('forbidden');
    expect(decide(board, ['partnership_admin'], { partnershipIds: ['p2'] })).toBe('hidden');
    expect(decide(board, ['board_member'], { partnershipIds: ['p1'] })).toBe('allow');
    expect(decide(lead, ['platform_admin'], null)).toBe('forbidden');
  });

  it('lets a platform admin through only where the route names that role', () => {
    const platform = actor(m({ role: 'platform_admin' }));
    expect(decide(platform, ['platform_admin'], { partnershipIds: ['p7'] })).toBe('allow');
    expect(decide(platform, ['board_member'], { partnershipIds: ['p7'] })).toBe('forbidden');
  });
});

describe('liesInside', () => {
  const audit = { partnershipIds: ['p1'], organisationId: 'o1' };
  const partnership = { partnershipIds: ['p1'] };

  it('puts an id inside an organisation only when it belongs to that organisation', () => {
    expect(liesInside(audit, { partnershipIds: ['p1'], organisationIds: ['o2', 'o1'] })).toBe(true);
    // A sibling organisation's person, and a person of the partnership itself, are not in it.
    expect(liesInside(audit, { partnershipIds: ['p1'], organisationIds: ['o2'] })).toBe(false);
    expect(liesInside(audit, { partnershipIds: ['p1'], organisationIds: [] })).toBe(false);
  });

  it('puts an id inside a partnership when it shares one of its partnerships', () => {
    expect(liesInside(partnership, { partnershipIds: ['p9', 'p1'], organisationIds: [] })).toBe(
      true,
    );
    expect(liesInside(partnership, { partnershipIds: ['p2'], organisationIds: ['o1'] })).toBe(
      false,
    );
    expect(liesInside(partnership, { partnershipIds: [], organisationIds: [] })).toBe(false);
  });

  it('puts a global resource inside every scope', () => {
    expect(liesInside(audit, 'global')).toBe(true);
    expect(liesInside(partnership, 'global')).toBe(true);
  });
});
