import { html } from 'lit';
import { WIDGET_NAMES } from '../../src/check.js';
import type { SenStudio } from '../studio-app.component.js';

/** Step 1: the four widgets as a radio group, each with what it is for. */
export function widgetPicker(studio: SenStudio) {
  const m = studio.messages;
  return html`
    <section aria-labelledby="pick-heading">
      <h2 id="pick-heading">${m.pickHeading}</h2>
      <fieldset class="widgets">
        <legend class="visually-hidden">${m.pickHeading}</legend>
        ${WIDGET_NAMES.map((name) => {
          const [title, summary] = m.widgets[name];
          return html`<label class="widget-option">
            <input
              type="radio"
              name="widget"
              value=${name}
              .checked=${studio.widget === name}
              @change=${() => studio.pickWidget(name)}
            />
            <span><strong>${title}</strong> <code>&lt;sen-${name}&gt;</code><br />${summary}</span>
          </label>`;
        })}
      </fieldset>
    </section>
  `;
}
