import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { DEFAULT_FRAMEWORK } from '../../api/src/demo/demo-seed.service';
import type { Client, TestApp, TestUser } from '../../api/test/test-app';
import { textOf } from './admin-browser';
import type { PageDocument } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

export interface Definition {
  areas: {
    code: string;
    standards: { code: string; indicators: { code: string; statement: string }[] }[];
  }[];
}

/**
 * The world of the audit screens' browser tests: a partnership on the real PIES framework (57
 * indicators) with an open cycle, so each of its two organisations has an audit not yet started.
 * Meadowbank has two leads (Chris, who uses the browser, and Jo, through the API); Eastfield has
 * a lead of its own.
 */
export interface AuditWorld {
  partnershipId: string;
  org: { id: string; name: string };
  otherOrg: { id: string; name: string };
  lead: TestUser;
  otherLead: TestUser;
  /** Jo Patel, Meadowbank's other lead, signed in through the API. */
  colleague: Client;
  board: Client;
  platform: Client;
  admin: Client;
  yaml: string;
  definition: Definition;
  codes: string[];
  auditId: string;
  otherAuditId: string;
}

export async function auditWorld(app: TestApp): Promise<AuditWorld> {
  const partnership = await app.given.partnership({ name: 'Eastfield Safeguarding Partnership' });
  const org = await app.given.organisation({
    partnershipId: partnership.id,
    sector: 'education',
    name: 'Meadowbank Primary School',
  });
  const otherOrg = await app.given.organisation({
    partnershipId: partnership.id,
    sector: 'health',
    name: 'Eastfield Community Health',
  });
  const lead = await app.given.user({
    role: 'agency_lead',
    organisationId: org.id,
    email: 'chris.taylor@meadowbank.example',
  });
  const jo = await app.given.user({
    role: 'agency_lead',
    organisationId: org.id,
    email: 'jo.patel@meadowbank.example',
  });
  await app.db.query(
    `UPDATE users SET name = CASE email WHEN $1 THEN 'Chris Taylor' ELSE 'Jo Patel' END
      WHERE email IN ($1, $2)`,
    [lead.email, jo.email],
  );
  const otherLead = await app.given.user({ role: 'agency_lead', organisationId: otherOrg.id });
  const platform = await app.as(await app.given.user({ role: 'platform_admin' }));
  const yaml = readFileSync(DEFAULT_FRAMEWORK, 'utf8');
  const imported = await platform.post('/api/frameworks', { yaml }).expect(201);
  const version = await platform
    .get(`/api/frameworks/${imported.body.frameworkId}/versions/${imported.body.version}`)
    .expect(200);
  const definition: Definition = version.body.definition;
  const codes = definition.areas.flatMap((a) =>
    a.standards.flatMap((s) => s.indicators.map((i) => i.code)),
  );
  if (codes.length !== 57) throw new Error(`expected 57 indicators, got ${codes.length}`);
  const admin = await app.as(
    await app.given.user({ role: 'partnership_admin', partnershipId: partnership.id }),
  );
  const board = await app.as(
    await app.given.user({ role: 'board_member', partnershipId: partnership.id }),
  );
  await admin
    .post(`/api/partnerships/${partnership.id}/cycles`, {
      name: '2026-28',
      frameworkVersionId: imported.body.id,
      opensOn: '2026-09-01',
      status: 'open',
    })
    .expect(201);
  const audits: { id: string; organisation_id: string }[] = await app.db.query(
    'SELECT id, organisation_id FROM audits',
  );
  const auditOf = (id: string) => audits.find((a) => a.organisation_id === id)!.id;
  return {
    partnershipId: partnership.id,
    org,
    otherOrg,
    lead,
    otherLead,
    colleague: await app.as(jo),
    board,
    platform,
    admin,
    yaml,
    definition,
    codes,
    auditId: auditOf(org.id),
    otherAuditId: auditOf(otherOrg.id),
  };
}

/** One stored answer, as the tests compare it. */
export async function responseRow(app: TestApp, auditId: string, code: string) {
  const [row] = await app.db.query(
    `SELECT level, not_applicable AS "notApplicable", not_applicable_reason AS "reason",
            commentary, version FROM responses WHERE audit_id = $1 AND indicator_code = $2`,
    [auditId, code],
  );
  return row;
}

/** Waits until the database holds what the page sent (autosave is asynchronous). */
export async function eventually(
  app: TestApp,
  auditId: string,
  code: string,
  expected: Record<string, unknown>,
) {
  for (let waited = 0; ; waited += 100) {
    const row = await responseRow(app, auditId, code);
    try {
      expect(row).toMatchObject(expected);
      return row;
    } catch (error) {
      if (waited > 10_000) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The id of a task list item's part: `#task-P1-P1-2-status`. */
export const task = (code: string, part: 'status' | 'hint') =>
  `#task-${code.split('.')[0]}-${code.replace('.', '-')}-${part}`;

export const saveStatus = (page: Page) => textOf(page, '.app-save-status');

export const waitForSaved = (page: Page) =>
  page.waitForFunction(
    () => /Saved at \d\d:\d\d/.test(document.querySelector('.app-save-status')?.textContent ?? ''),
    { timeout: 15_000 },
  );
