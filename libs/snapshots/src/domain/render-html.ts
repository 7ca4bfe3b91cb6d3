import { pathLevelLabel } from '@app/shared';
import type { EmployeeSnapshot, SnapshotBehaviour, SnapshotSection } from './snapshot.model';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => ENTITIES[c]);
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is shown as text. */
const safeUrl = (url: string) => /^https?:\/\//i.test(url.trim());


const STYLE = `
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; margin: 0 auto; max-width: 190mm; }
h1 { font-size: 16pt; margin: 0 0 2mm; } h2 { font-size: 12.5pt; margin: 5mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; text-transform: uppercase; letter-spacing: .04em; color: #444; }
.meta { color: #444; margin: 0 0 3mm; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
ul { margin: 0; padding-left: 4.5mm; } li { margin: 0 0 1mm; }
.out { color: #444; font-size: 9.5pt; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; } th, td { text-align: left; padding: 1mm 1.5mm; border-bottom: 1px solid #ddd; }
section { break-inside: avoid; page-break-inside: avoid; }
a { color: inherit; }
@media print { a { text-decoration: none; } .noprint { display: none; } }
`;

function behaviours(list: SnapshotBehaviour[], empty: string): string {
  if (list.length === 0) return `<p class="out">${escapeHtml(empty)}</p>`;
  return `<ul>${list.map((b) => `<li>${escapeHtml(b.activity)}<div class="out">→ ${escapeHtml(b.expectedOutput)}</div></li>`).join('')}</ul>`;
}

function observedAhead(list: SnapshotBehaviour[]): string {
  return list.length ? `<h3>Already observed on the way</h3>${behaviours(list, '')}` : '';
}

function section(s: SnapshotSection): string {
  const resources = s.startHere.length
    ? `<ul>${s.startHere.map((r) => `<li>${safeUrl(r.url) ? `<a href="${escapeHtml(r.url)}">${escapeHtml(r.title)}</a>` : escapeHtml(r.title)} <span class="out">(${escapeHtml(r.kind.toLowerCase())}${r.estimatedMinutes ? `, ${escapeHtml(r.estimatedMinutes)} min` : ''})</span></li>`).join('')}</ul>`
    : '<p class="out">No resource tagged yet.</p>';
  const certs = s.nextLevelCertifications.length
    ? `<table><tr><th>Certification</th><th>Status</th><th>Expires</th><th>Renewal opens</th></tr>${s.nextLevelCertifications
        .map((c) => `<tr><td>${escapeHtml(c.name)}${c.required ? '' : ' <span class="out">(recommended)</span>'}</td><td>${escapeHtml(c.status ?? 'not held')}</td><td>${escapeHtml(c.effectiveDeadline ?? '')}</td><td>${escapeHtml(c.renewalOpensOn ?? '')}</td></tr>`)
        .join('')}</table>`
    : '<p class="out">None required.</p>';
  const budgets = s.practiceBudgets.length
    ? `<ul>${s.practiceBudgets.map((b) => `<li>${escapeHtml(b.approvedHours + b.extraHours)} h approved, ${escapeHtml(b.remainingHours)} h remaining <span class="out">(${escapeHtml(b.periodStart)} – ${escapeHtml(b.periodEnd)})</span></li>`).join('')}</ul>`
    : '<p class="out">No approved practice budget.</p>';
  const payoffs = s.payoffs.length
    ? `<ul>${s.payoffs.map((p) => `<li>${escapeHtml(p.name)} <span class="out">(${escapeHtml(p.kind.toLowerCase().replace('_', ' '))}${p.amount !== null ? `: ${escapeHtml(p.amount)} ${escapeHtml(p.currency ?? '')}` : ''}${p.opportunity ? `: ${escapeHtml(p.opportunity)}` : ''})</span></li>`).join('')}</ul>`
    : '<p class="out">Nothing defined yet.</p>';
  return `<section>
<h2>${escapeHtml(s.pathName)}: ${escapeHtml(pathLevelLabel(s.currentLevel))} → ${escapeHtml(pathLevelLabel(s.targetLevel))} by ${escapeHtml(s.horizonDate)}</h2>
<div class="cols">
<div><h3>Today (${escapeHtml(pathLevelLabel(s.currentLevel))})</h3>${behaviours(s.currentBehaviours, 'Not yet at baseline.')}${observedAhead(s.observedAhead ?? [])}</div>
<div><h3>By ${escapeHtml(s.horizonDate)}: handled differently</h3>${behaviours(s.handledDifferently, 'Target reached.')}</div>
</div>
<div class="cols">
<div><h3>Start here</h3>${resources}</div>
<div><h3>Practice budget</h3>${budgets}</div>
</div>
<h3>Certifications for ${escapeHtml(pathLevelLabel(s.nextLevel))}</h3>${certs}
<h3>What it pays off</h3>${payoffs}
</section>`;
}

/** The printable one-page from–to snapshot. Every value is escaped. */
export function renderSnapshotHtml(snapshot: EmployeeSnapshot): string {
  const body = snapshot.sections.length ? snapshot.sections.map(section).join('\n') : '<p>No skill path assigned yet.</p>';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>From–to snapshot: ${escapeHtml(snapshot.employeeName)}</title>
<style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(snapshot.employeeName)}: from today to the target</h1>
<p class="meta">Snapshot of ${escapeHtml(snapshot.takenOn)}</p>
${body}
</body></html>
`;
}
