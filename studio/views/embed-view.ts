import { html } from 'lit';
import { EMBED_FORMS, embedSnippets } from '../embed/embed-code.js';
import { placementAttributes, PLACEMENTS } from '../embed/placement.js';
import type { SenStudio } from '../studio-app.component.js';
import { en, vi } from '../studio.messages.js';

/** Step 5: the embed code in every form the package supports, each snippet with a copy button. */
export function embedView(studio: SenStudio) {
  const m = studio.messages;
  const attributes: [string, string][] = [...placementAttributes[studio.widget][studio.placement]];
  if (studio.previewTheme === 'dark') attributes.push(['theme', 'dark']);
  if (studio.previewLang === 'en') attributes.push(['lang', 'en']);
  const snippets = embedSnippets({
    widget: studio.widget,
    src: studio.embedSource,
    packageBase: studio.packageBase.endsWith('/') ? studio.packageBase : `${studio.packageBase}/`,
    attributes,
    properties: Object.entries(studio.colours),
    // The fallback link is read by the page's visitors: it speaks the widget's language.
    fallbackText: (studio.previewLang === 'en' ? en : vi).fallbackText[studio.widget],
  });
  const input = (event: Event) => (event.target as HTMLInputElement).value;
  return html`
    <section aria-labelledby="embed-heading">
      <h2 id="embed-heading">${m.embedHeading}</h2>
      <div class="fields">
        <label for="endpoint">${m.endpointLabel}</label>
        <input
          id="endpoint"
          type="text"
          inputmode="url"
          .value=${studio.embedSource}
          @input=${(event: Event) => studio.setEmbedAddress({ endpoint: input(event) })}
        />
        <label for="base">${m.baseLabel}</label>
        <input
          id="base"
          type="text"
          inputmode="url"
          .value=${studio.packageBase}
          @input=${(event: Event) => studio.setEmbedAddress({ packageBase: input(event) })}
        />
      </div>
      <fieldset class="switch">
        <legend>${m.placement}</legend>
        ${PLACEMENTS.map(
          (placement) =>
            html`<label
              ><input
                type="radio"
                name="placement"
                .checked=${studio.placement === placement}
                @change=${() => studio.setPreview({ placement })}
              />
              ${placement === 'sidebar' ? m.sidebar : m.content}</label
            >`,
        )}
      </fieldset>
      ${EMBED_FORMS.map((form) => {
        const [title, summary] = m.forms[form];
        return html`<article class="embed" data-form=${form} aria-labelledby="form-${form}">
          <h3 id="form-${form}">${title}</h3>
          <p>${summary}</p>
          ${snippets[form].map((snippet, index) => {
            const key = `${form}/${index}`;
            const id = `code-${form}-${index}`;
            const result = studio.copyResult?.key === key ? studio.copyResult : undefined;
            const what = `${title}, ${m.places[snippet.place]}`;
            return html`<div class="snippet">
              <label for=${id}>${m.places[snippet.place]}</label>
              <textarea
                id=${id}
                readonly
                rows=${snippet.code.split('\n').length}
                spellcheck="false"
                .value=${snippet.code}
              ></textarea>
              <button
                type="button"
                aria-label=${m.copyLabel(what)}
                @click=${(event: Event) =>
                  studio.copySnippet(
                    key,
                    snippet.code,
                    (event.currentTarget as HTMLElement).parentElement!.querySelector('textarea'),
                  )}
              >
                ${m.copy}
              </button>
              <span role="status" class="copy-status">${result ? (result.ok ? m.copied : m.copyFailed) : ''}</span>
            </div>`;
          })}
        </article>`;
      })}
    </section>
  `;
}
