import { escapeHtml, footerTemplate, headerTemplate } from './header-footer';

const running = {
  headerLeft: '<img src=x onerror=alert(1)> & "Co"',
  headerRight: 'Self-audit 2025-27',
  footerLeft: `<span class="pageNumber"></span>`,
  protectiveMarking: 'OFFICIAL-SENSITIVE',
};

describe('header and footer templates', () => {
  it('escape every value, so none can add markup or Chromium placeholders', () => {
    const header = headerTemplate(running);
    expect(header).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
    expect(header).not.toContain('<img');
    const footer = footerTemplate(running);
    expect(footer).toContain('&lt;span class=&quot;pageNumber&quot;&gt;&lt;/span&gt;');
    expect(footer.match(/<span class="pageNumber"><\/span>/g)).toHaveLength(1);
  });

  it('put the protective marking in both and page X of Y in the footer', () => {
    expect(headerTemplate(running)).toContain('>OFFICIAL-SENSITIVE</span>');
    expect(footerTemplate(running)).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('escapes backticks and quotes too', () => {
    expect(escapeHtml("`'")).toBe('&#96;&#39;');
  });
});
