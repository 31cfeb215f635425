import type { TestApp } from './test-app';

/** A small framework for tests: two areas, three standards, five indicators. */
export function testFrameworkYaml(
  version = '1.0',
  overrides: { p12Statement?: string; extraIndicator?: boolean } = {},
): string {
  const levels = `    - { value: 1, label: Not in place, description: Nothing yet., score: 0, rag: red }
    - { value: 2, label: Developing, description: Partly there., score: 40, rag: amber }
    - { value: 3, label: Established, description: In place., score: 75, rag: green }
    - { value: 4, label: Embedded and reviewed, description: Reviewed and improving., score: 100, rag: green }`;
  const indicator = (code: string, statement: string, extra = '') => `          - code: ${code}
            statement: ${statement}
            guidance: Why it matters and what good looks like.
            descriptors: { 1: None., 2: Some., 3: Most., 4: All and reviewed. }
            evidenceExamples: [A document]
            improvementActions: [Do the next thing]
            references: [{ source: Test source }]${extra}`;
  return `id: test-framework
title: Test framework
version: '${version}'
publisher: Tests
description: A framework small enough to reason about.
scale:
  allowNotApplicable: true
  benchmark: 3
  levels:
${levels}
scoring:
  method: weighted-mean
  bands:
    - { rag: red, min: 0 }
    - { rag: amber, min: 40 }
    - { rag: green, min: 75 }
areas:
  - code: P
    title: Policies and practices
    description: Policies.
    standards:
      - code: P1
        title: Policy
        description: A policy exists.
        indicators:
${indicator('P1.1', 'The agency has an online safety policy.', '\n            allowNotApplicable: false')}
${indicator('P1.2', overrides.p12Statement ?? 'The agency reviews the policy every year.')}
  - code: I
    title: Infrastructure and technology
    description: Technology.
    standards:
      - code: I1
        title: Filtering
        description: Filtering and monitoring.
        indicators:
${indicator('I1.1', 'The agency filters harmful content.')}
${indicator('I1.2', 'The agency monitors devices it provides.')}
      - code: I2
        title: Reporting
        description: Reporting routes.
        indicators:
${indicator('I2.1', 'The agency knows the reporting routes.')}${overrides.extraIndicator ? `\n${indicator('I2.2', 'The agency tells children about Report Remove.')}` : ''}
`;
}

/**
 * A partnership with `agencies` agencies (the first is `org`), the test framework imported, and
 * its admin; `openCycle` opens a cycle on that framework and returns `org`'s audit in it, and
 * `audits` each agency's audit in a cycle, by organisation.
 */
export async function agencyOnTheFramework(t: TestApp, agencies = 1) {
  const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
  const versionId = (
    await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
  ).body.id;
  const pid = (await t.given.partnership()).id;
  const orgs: string[] = [];
  for (let i = 0; i < agencies; i++)
    orgs.push((await t.given.organisation({ partnershipId: pid })).id);
  const admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
  const audits = async (cycleId: string): Promise<Record<string, string>> => {
    const list = (await admin.get(`/api/cycles/${cycleId}/audits`).expect(200)).body as {
      id: string;
      organisation: { id: string };
    }[];
    return Object.fromEntries(list.map((a) => [a.organisation.id, a.id]));
  };
  const openCycle = async (name: string, opensOn: string): Promise<string> => {
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name,
        frameworkVersionId: versionId,
        opensOn,
        status: 'open',
      })
      .expect(201);
    return (await audits(cycle.body.id))[orgs[0]];
  };
  return { pid, org: orgs[0], orgs, admin, openCycle, audits };
}
