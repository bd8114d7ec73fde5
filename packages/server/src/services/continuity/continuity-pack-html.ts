// The offline pack as ONE static HTML file: inline CSS, no scripts, no images, no fonts or links outside the
// file, so it opens from a USB stick or a laptop's disk while the platform (and the network) is down. A
// Content-Security-Policy in the file itself forbids every request, should a user's text ever look like one.
import {
  AUDIENCE_NL,
  dutchDateTime,
  dutchDay,
  EXTERNAL_NL,
  KIND_NL,
  PACK_TITLE,
  packContacts,
  type PackDocument,
  type PackPlan,
} from './continuity-pack-document.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const e = escapeHtml;
/** Text with the user's line breaks kept. */
const para = (text: string) => (text === '' ? '<p class="empty">Niet ingevuld.</p>' : `<p class="text">${e(text)}</p>`);

const CSS = `
body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.45;color:#1a1a1a;background:#fff;margin:0 auto;max-width:60rem;padding:1.5rem}
h1{font-size:1.7rem;margin:0 0 .25rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:2px solid #154273;padding-bottom:.2rem}
h3{font-size:1.1rem;margin:1.25rem 0 .35rem}.meta{color:#333;margin:0 0 1rem}.text{white-space:pre-wrap;margin:.25rem 0}
.empty{color:#555;font-style:italic;margin:.25rem 0}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #666;padding:.3rem .45rem;text-align:left;vertical-align:top}th{background:#e8eef5}
ol.steps li{margin:.3rem 0}.plan{page-break-before:always}.notice{border:2px solid #154273;padding:.5rem .75rem;margin:1rem 0}
a{color:#154273}nav ul{padding-left:1.2rem}
@media print{body{padding:0;max-width:none}a{color:#1a1a1a;text-decoration:none}nav{display:none}}
`;

function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p class="empty">Niet ingevuld.</p>';
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function planSection(plan: PackPlan, index: number): string {
  const c = plan.content;
  const heading = `${KIND_NL[plan.kind]}: ${plan.title}`;
  const about = [
    plan.serviceName ? `Dienst: ${plan.serviceName}` : null,
    `Versie ${plan.version}, goedgekeurd ${dutchDateTime(plan.approvedAt)}${plan.approvedBy ? ` door ${plan.approvedBy}` : ''}`,
    plan.nextReviewOn ? `Herzien uiterlijk ${dutchDay(plan.nextReviewOn)}` : null,
    plan.incidentResponsePlan ? 'Dit is het incidentresponsplan.' : null,
  ].filter((x): x is string => x !== null);
  const steps =
    c.recoverySteps.length === 0
      ? '<p class="empty">Niet ingevuld.</p>'
      : `<ol class="steps">${c.recoverySteps
          .map(
            (s) =>
              `<li><strong>${e(s.title)}</strong>${s.owner ? ` — ${e(s.owner)}` : ''}${
                s.targetHours !== null ? ` (binnen ${s.targetHours} uur)` : ''
              }${s.description ? `<br><span class="text">${e(s.description)}</span>` : ''}</li>`,
          )
          .join('\n')}</ol>`;
  const templates =
    c.communication.length === 0
      ? '<p class="empty">Niet ingevuld.</p>'
      : c.communication.map((t) => `<h4>${e(AUDIENCE_NL[t.audience])}: ${e(t.subject)}</h4>${para(t.body)}`).join('\n');
  return `<section class="plan" id="plan-${index + 1}" aria-labelledby="plan-${index + 1}-title">
<h2 id="plan-${index + 1}-title">${e(heading)}</h2>
<p class="meta">${about.map(e).join('<br>')}</p>
<h3>Doel</h3>${para(c.purpose)}
<h3>Wanneer zetten we dit plan in?</h3>${para(c.activationCriteria)}
<h3>Waarschuwen en alarmeren</h3>${para(c.warningRoutine)}
<h3>Rollen en vervangers</h3>${table(
    ['Rol', 'Wie', 'Vervanger', 'Taken'],
    c.roles.map((r) => [r.role, r.holder, r.deputy, r.tasks]),
  )}
<h3>Belboom</h3>${table(
    ['Niveau', 'Naam', 'Functie', 'Telefoon', 'Ander nummer', 'Belt daarna'],
    [...c.callTree]
      .sort((a, b) => a.level - b.level)
      .map((r) => [String(r.level), r.name, r.role, r.phone, r.alternativePhone, r.calls]),
  )}
<h3>Hulp van buiten</h3>${table(
    ['Soort', 'Naam', 'Telefoon', 'E-mail', 'Nummer (contract, polis)'],
    c.externalHelp.map((x) => [EXTERNAL_NL[x.kind], x.name, x.phone, x.email, x.reference]),
  )}
<h3>Noodoplossing (werken zonder het systeem)</h3>${para(c.workarounds)}
<h3>Handmatig werken</h3>${para(c.manualFallback)}
<h3>Herstel, stap voor stap</h3>${steps}
<h3>Berichten</h3>${templates}
<h3>Wanneer stoppen we met dit plan?</h3>${para(c.deactivation)}
</section>`;
}

export function renderPackHtml(doc: PackDocument): string {
  const made = dutchDateTime(doc.madeAt);
  const contacts = packContacts(doc);
  const toc = doc.plans
    .map((p, i) => `<li><a href="#plan-${i + 1}">${e(KIND_NL[p.kind])}: ${e(p.title)} (versie ${p.version})</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${PACK_TITLE} — ${doc.organisation} — pakket ${doc.packVersion}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(PACK_TITLE)}</h1>
<p class="meta"><strong>${e(doc.organisation)}</strong><br>Noodpakket versie ${doc.packVersion}, gemaakt op ${e(made)}${
    doc.madeBy ? ` door ${e(doc.madeBy)}` : ''
  }</p>
<div class="notice"><p>Dit pakket werkt zonder internet en zonder Weerbaar. Print het en bewaar het op een vaste plek. Gebruik alleen het nieuwste pakket: kijk naar de versie en de datum hierboven.</p></div>
<nav aria-label="Inhoud"><h2>Inhoud</h2><ul><li><a href="#contacten">Belboom en contacten</a></li>
${toc}</ul></nav>
<section id="contacten" aria-labelledby="contacten-title">
<h2 id="contacten-title">Belboom en contacten</h2>
${table(
  ['Naam', 'Wat', 'Telefoon', 'Ander nummer of e-mail', 'In plan'],
  contacts.map((c) => [c.name, c.what, c.phone, c.alternative, c.plans.join(', ')]),
)}
</section>
${doc.plans.length === 0 ? '<p class="empty">Er zijn nog geen goedgekeurde plannen.</p>' : doc.plans.map(planSection).join('\n')}
<p class="meta">Einde van noodpakket versie ${doc.packVersion} (${e(made)}).</p>
</main>
</body>
</html>
`;
}
