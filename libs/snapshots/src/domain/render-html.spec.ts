import { escapeHtml, renderSnapshotHtml } from './render-html';

describe('snapshot HTML', () => {
  it('escapes the five HTML-significant characters and backticks', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    expect(escapeHtml(null)).toBe('');
  });

  it('renders a page for an employee without a path', () => {
    const html = renderSnapshotHtml({ employeeId: 'e', employeeName: '<b>Ann</b>', takenOn: '2026-03-10', sections: [] });
    expect(html).toContain('&lt;b&gt;Ann&lt;/b&gt;');
    expect(html).toContain('No skill path assigned yet.');
    expect(html).not.toContain('<b>');
  });
});
