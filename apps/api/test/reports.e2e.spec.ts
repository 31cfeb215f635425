import { allText, inspectPdf } from '@pies/reports/testing';
import ExcelJS from 'exceljs';
import { binary, startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

/** The PDF reports from real data, printed by real Chromium. */
describe('reports', () => {
  let t: TestApp;
  let board: Client, otherBoard: Client, lead: Client;
  let auditId: string, draftId: string, cycleId: string;
  const COMMENTARY = 'Filtering tested each term by the DSL <b>not bold</b> & logged.';

  beforeAll(async () => {
    t = await startTestApp();
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const version = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    const pid = (await t.given.partnership({ name: 'Report Test Partnership' })).id;
    const oid = (
      await t.given.organisation({ partnershipId: pid, name: 'Larkmead Primary School' })
    ).id;
    const other = await t.given.organisation({
      partnershipId: pid,
      name: 'Draft Nursery',
      sector: 'early_years',
    });
    const admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    cycleId = (
      await admin
        .post(`/api/partnerships/${pid}/cycles`, {
          name: '2025-27',
          frameworkVersionId: version,
          opensOn: '2025-09-01',
          status: 'open',
        })
        .expect(201)
    ).body.id;
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
    const audits = (await admin.get(`/api/cycles/${cycleId}/audits`).expect(200)).body;
    auditId = audits.find((a: { organisation: { id: string } }) => a.organisation.id === oid).id;
    draftId = audits.find(
      (a: { organisation: { id: string } }) => a.organisation.id === other.id,
    ).id;
    for (const [code, level] of [
      ['P1.1', 3],
      ['P1.2', 2],
      ['I1.1', 4],
      ['I2.1', 1],
    ] as const) {
      await lead
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: 0,
          level,
          commentary: code === 'I1.1' ? COMMENTARY : `Commentary for ${code}.`,
        })
        .expect(200);
    }
    await lead
      .put(`/api/audits/${auditId}/responses/I1.2`, {
        version: 0,
        notApplicable: true,
        notApplicableReason: 'We provide no devices.',
      })
      .expect(200);
    await lead
      .post(`/api/audits/${auditId}/actions`, {
        indicatorCode: 'I2.1',
        description: 'Put Report Remove posters up.',
        owner: 'DSL',
        dueOn: '2020-01-01',
      })
      .expect(201);
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    await board
      .post(`/api/audits/${auditId}/challenges`, {
        indicatorCode: 'I2.1',
        question: 'When will the posters go up?',
      })
      .expect(201);
    const otherP = await t.given.partnership();
    otherBoard = await t.as(await t.given.user({ role: 'board_member', partnershipId: otherP.id }));
  }, 60_000);
  afterAll(() => t.close());

  it('prints the agency report: organisation, every indicator code and the commentary, tagged with an outline', async () => {
    const res = await board
      .get(`/api/audits/${auditId}/report.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = await inspectPdf(res.body as Buffer);
    const text = allText(pdf);
    expect(text).toContain('Larkmead Primary School');
    for (const code of ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1']) expect(text).toContain(code);
    expect(text).toContain(COMMENTARY); // user text printed literally, markup and all
    expect(text).toContain('When will the posters go up?');
    expect(text).toContain('Signed off by');
    // A short reference, the full fingerprint beside it to check.
    const [{ sha256 }] = await t.db.query('SELECT sha256 FROM submissions WHERE audit_id = $1', [
      auditId,
    ]);
    const grouped = String(sha256).match(/.{8}/g)!.join(' ');
    expect(text).toContain(
      `Reference ${String(sha256).slice(0, 8).toUpperCase()} SHA-256 fingerprint ${grouped}`,
    );
    expect(text).toContain('Submitted to Report Test Partnership');
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(pdf.marked).toBe(true);
    expect(pdf.structTree).toBe(true);
    expect(pdf.outline.length).toBeGreaterThan(3);
    expect(pdf.title).toContain('Larkmead Primary School');
  }, 60_000);

  it('prints the board report for the cycle', async () => {
    const res = await board
      .get(`/api/cycles/${cycleId}/report.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const pdf = await inspectPdf(res.body as Buffer);
    const text = allText(pdf);
    expect(text).toContain('Report Test Partnership');
    expect(text).toContain('Larkmead Primary School');
    expect(text).toContain('Put Report Remove posters up.');
    expect(pdf.marked).toBe(true);
    expect(pdf.outline.length).toBeGreaterThan(3);
  }, 60_000);

  it("words the cycle's due date by the app's clock: is due on a later day, was due on an earlier one", async () => {
    const today = t.clock.today();
    const completionText = async (dueOn: string) => {
      await t.db.query('UPDATE cycles SET due_on = $2 WHERE id = $1', [cycleId, dueOn]);
      const res = await board
        .get(`/api/cycles/${cycleId}/report.pdf`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const pdf = await inspectPdf(res.body as Buffer);
      return allText(pdf);
    };
    const day = (offset: number) =>
      new Date(Date.parse(`${today}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    const inWords = (iso: string) =>
      new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
    const [{ dueOn }] = await t.db.query(
      `SELECT due_on::text AS "dueOn" FROM cycles WHERE id = $1`,
      [cycleId],
    );
    try {
      const future = await completionText(day(1));
      expect(future).toContain(`The cycle is due on ${inWords(day(1))}.`);
      expect(future).not.toContain('was due');
      const onTheDay = await completionText(today);
      expect(onTheDay).toContain(`The cycle is due on ${inWords(today)}.`);
      const past = await completionText(day(-1));
      expect(past).toContain(`The cycle was due on ${inWords(day(-1))}.`);
    } finally {
      await t.db.query('UPDATE cycles SET due_on = $2 WHERE id = $1', [cycleId, dueOn]);
    }
  }, 120_000);

  it('exports every response of board-visible audits as CSV, one row per agency and indicator', async () => {
    const res = await board.get(`/api/cycles/${cycleId}/export.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(
      'Report-Test-Partnership-2025-27-responses.csv',
    );
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Organisation,Sector,Audit status,Area,Standard,Indicator,Statement,Level,Level label,Benchmark,Not applicable,Not applicable reason,Commentary,Updated at',
    );
    // The submitted audit's five indicators; the draft nursery is not exported.
    expect(lines).toHaveLength(6);
    expect(
      lines.every(
        (l, i) => i === 0 || l.startsWith('Larkmead Primary School,Education,Submitted,'),
      ),
    ).toBe(true);
    const i11 = lines.find((l) => l.includes(',I1.1,'))!;
    expect(i11).toContain(',4,Embedded and reviewed,3,no,,');
    expect(i11).toContain(COMMENTARY);
    expect(lines.find((l) => l.includes(',I1.2,'))).toContain(',yes,We provide no devices.,');
    await lead.get(`/api/cycles/${cycleId}/export.csv`).expect(403);
    await otherBoard.get(`/api/cycles/${cycleId}/export.csv`).expect(404);
  });

  it('exports the cycle as a workbook with real types and frozen headers', async () => {
    const res = await board
      .get(`/api/cycles/${cycleId}/export.xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Responses',
      'Actions',
      'Challenges',
    ]);
    for (const ws of wb.worksheets)
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const summary = wb.getWorksheet('Summary')!;
    expect(summary.rowCount).toBe(2); // header + the one submitted audit; the draft is not exported
    const row = summary.getRow(2);
    expect(row.getCell(1).value).toBe('Larkmead Primary School');
    // Stored values in the app's words, not raw enums.
    expect([row.getCell(2).value, row.getCell(3).value]).toEqual(['Education', 'Submitted']);
    expect(row.getCell(4).value).toBeInstanceOf(Date); // submitted
    expect(typeof row.getCell(6).value).toBe('number'); // overall score
    const responses = wb.getWorksheet('Responses')!;
    expect(responses.rowCount).toBe(6);
    const i11 = responses.getRows(2, 5)!.find((r) => r.getCell(6).value === 'I1.1')!;
    expect(i11.getCell(8).value).toBe(4);
    expect(i11.getCell(13).value).toBe(COMMENTARY);
    const action = wb.getWorksheet('Actions')!.getRow(2);
    expect(action.getCell(5).value).toBeInstanceOf(Date);
    expect(action.getCell(6).value).toBe('Not started');
    expect(wb.getWorksheet('Challenges')!.getRow(2).getCell(3).value).toBe('Open');
    expect(responses.getRow(2).getCell(2).value).toBe('Education');
    expect(responses.getRow(2).getCell(3).value).toBe('Submitted');
    expect(wb.getWorksheet('Challenges')!.getRow(2).getCell(6).value).toBe(
      'When will the posters go up?',
    );
    await otherBoard.get(`/api/cycles/${cycleId}/export.xlsx`).expect(404);
  }, 60_000);

  it('follows the audit access rules: drafts refused to the board, other partnerships 404', async () => {
    await board.get(`/api/audits/${draftId}/report.pdf`).expect(403);
    await otherBoard.get(`/api/audits/${auditId}/report.pdf`).expect(404);
    await otherBoard.get(`/api/cycles/${cycleId}/report.pdf`).expect(404);
    await lead.get(`/api/cycles/${cycleId}/report.pdf`).expect(403);
    await lead.get(`/api/audits/${auditId}/report.pdf`).buffer(true).parse(binary).expect(200);
  }, 60_000);
});
