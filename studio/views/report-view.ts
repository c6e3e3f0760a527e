import { html, nothing } from 'lit';
import { localizedReason } from '../report/reason-text.js';
import type { SenStudio } from '../studio-app.component.js';

/** Step 3: the check, in plain words: what the widget keeps, what it leaves out, where and why. */
export function reportView(studio: SenStudio) {
  const m = studio.messages;
  const analysis = studio.analysis;
  const input = studio.input;
  let body;
  if (!analysis || !input) {
    body = html`<p>${m.noData}</p>`;
  } else if (!analysis.ok) {
    const words = analysis.problem === 'unusable' ? m.unusable : m.problems[analysis.problem];
    body = html`<div class="problem" role="alert">
      <p>${words}</p>
      ${analysis.detail ? html`<p><code>${analysis.detail}</code></p>` : nothing}
    </div>`;
  } else {
    const fromSheet = input.kind === 'table';
    const kept = m.records(analysis.kept);
    body = html`
      <p class="summary" data-summary>
        ${analysis.items.length ? m.someDropped(kept, m.droppedRecords(analysis.items.length)) : m.allValid(kept)}
      </p>
      ${
        analysis.items.length
          ? html`<table class="dropped">
              <caption>
                ${m.tableCaption}
              </caption>
              <thead>
                <tr>
                  ${
                    fromSheet
                      ? html`<th scope="col">${m.colRow}</th>
                          <th scope="col">${m.colColumn}</th>`
                      : html`<th scope="col">${m.colPath}</th>`
                  }
                  <th scope="col">${m.colReason}</th>
                </tr>
              </thead>
              <tbody>
                ${analysis.items.map(
                  (item) =>
                    html`<tr>
                      ${
                        fromSheet
                          ? html`<td>${item.row ?? '–'}</td>
                              <td>${item.column ?? '–'}</td>`
                          : html`<td><code>${item.path || '(…)'}</code></td>`
                      }
                      <td>${localizedReason(item.record, studio.lang)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
      ${analysis.ignoredHeaders.length ? html`<p class="note">${m.ignoredColumns(analysis.ignoredHeaders.join(', '))}</p>` : nothing}
      <div class="row">
        <button type="button" @click=${() => studio.downloadNormalized()}>${m.downloadJson}</button>
      </div>
      <p class="note">${m.downloadJsonHint}</p>
    `;
  }
  return html`
    <section aria-labelledby="report-heading" id="report">
      <h2 id="report-heading" tabindex="-1">${m.reportHeading}</h2>
      ${input ? html`<p class="note">${m.source(input.label)}</p>` : nothing}
      <div aria-live="polite">${body}</div>
    </section>
  `;
}
