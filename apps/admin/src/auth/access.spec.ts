import { destinations, landingPath, rolesInPartnership, rolesOverOrganisation } from './access';
import type { Me } from './session';

const P1 = 'p1';
const P2 = 'p2';
const ORG = 'o1';
const me = (memberships: Partial<Me['memberships'][number]>[]): Me => ({
  id: 'u1',
  email: 'u@example.org',
  name: 'U',
  csrfToken: 't',
  mustChangePassword: false,
  memberships: memberships.map((m, i) => ({ id: `m${i}`, role: 'board_member', ...m })),
});

describe('what the web app shows a user (the API decides access; this only picks pages)', () => {
  it('roles in a partnership are that partnership’s; a platform admin acts as its admin', () => {
    const user = me([{ role: 'board_member', partnershipId: P1 }]);
    expect([...rolesInPartnership(user, P1)]).toEqual(['board_member']);
    expect([...rolesInPartnership(user, P2)]).toEqual([]);
    expect(rolesInPartnership(me([{ role: 'platform_admin' }]), P2).has('partnership_admin')).toBe(
      true,
    );
  });

  it('roles over an organisation come from it and from the partnerships it belongs to', () => {
    const user = me([
      { role: 'agency_lead', organisationId: ORG },
      { role: 'board_member', partnershipId: P1 },
      { role: 'partnership_admin', partnershipId: P2 },
    ]);
    expect([...rolesOverOrganisation(user, { id: ORG, partnershipIds: [P1] })].sort()).toEqual([
      'agency_lead',
      'board_member',
    ]);
  });

  it('lands on the one place the user works in, else the home page', () => {
    const lead = me([
      { role: 'agency_lead', organisationId: ORG, organisationName: 'Academy' },
      { role: 'agency_contributor', organisationId: ORG, organisationName: 'Academy' },
    ]);
    expect(destinations(lead)).toEqual([{ to: `/organisations/${ORG}`, label: 'Academy' }]);
    expect(landingPath(lead)).toBe(`/organisations/${ORG}`);

    const both = me([
      { role: 'board_member', partnershipId: P1, partnershipName: 'North' },
      { role: 'agency_lead', organisationId: ORG },
    ]);
    expect(destinations(both).map((d) => d.label)).toEqual(['North', 'Organisation']);
    expect(landingPath(both)).toBe('/');
    const contributor = me([
      { role: 'agency_contributor', organisationId: ORG, organisationName: 'Academy' },
    ]);
    expect(landingPath(contributor)).toBe('/my-work');
    expect(landingPath(me([{ role: 'platform_admin' }]))).toBe('/partnerships');
  });
});
