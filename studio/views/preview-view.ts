import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { placementAttributes, PLACEMENTS, type Placement } from '../embed/placement.js';
import { CONTRAST_PAIRS, contrastRatio, THEME_COLOURS } from '../preview/theme-colours.js';
import type { SenStudio } from '../studio-app.component.js';

/** The real widget in one column: its tag comes from the fixed list of widget names, never from data. */
function widgetIn(studio: SenStudio, placement: Placement) {
  const analysis = studio.analysis;
  if (!analysis?.ok || !studio.input) return nothing;
  const tag = unsafeStatic(`sen-${studio.widget}`);
  const attributes = Object.fromEntries(placementAttributes[studio.widget][placement]);
  // Data fetched from an address stays fetched from it, so its relative links resolve the same way.
  const fromUrl = studio.input.kind === 'json' ? studio.input.url : undefined;
  return staticHtml`<${tag}
    .data=${fromUrl ? undefined : analysis.document}
    src=${fromUrl ?? nothing}
    refresh="0"
    theme=${studio.previewTheme}
    lang=${studio.previewLang}
    layout=${attributes.layout ?? nothing}
    page-size=${attributes['page-size'] ?? nothing}
  ></${tag}>`;
}

function radios<T extends string>(
  name: string,
  legend: string,
  options: [T, string][],
  value: T,
  pick: (v: T) => void,
) {
  return html`<fieldset class="switch">
    <legend>${legend}</legend>
    ${options.map(
      ([option, label]) =>
        html`<label
          ><input type="radio" name=${name} .checked=${value === option} @change=${() => pick(option)} />
          ${label}</label
        >`,
    )}
  </fieldset>`;
}

/** Step 4: the widget at sidebar and content widths, light or dark, vi or en, with its colours. */
export function previewView(studio: SenStudio) {
  const m = studio.messages;
  const theme = studio.previewTheme;
  const colour = (name: (typeof THEME_COLOURS)[number]['name']) =>
    studio.colours[name] ?? THEME_COLOURS.find((c) => c.name === name)![theme];
  const lowContrast = CONTRAST_PAIRS.map(([text, background]) => ({
    pair: `${m.colourNames[text]} / ${m.colourNames[background]}`,
    ratio: contrastRatio(colour(text), colour(background)),
  })).filter(({ ratio }) => ratio < 4.5);
  const properties = styleMap(studio.colours);
  return html`
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">${m.previewHeading}</h2>
      <p>${m.previewIntro}</p>
      <div class="row">
        ${radios(
          'preview-theme',
          m.theme,
          [
            ['light', m.light],
            ['dark', m.dark],
          ],
          theme,
          (previewTheme) => studio.setPreview({ previewTheme }),
        )}
        ${radios(
          'preview-lang',
          m.widgetLanguage,
          [
            ['vi', 'Tiếng Việt'],
            ['en', 'English'],
          ],
          studio.previewLang,
          (previewLang) => studio.setPreview({ previewLang }),
        )}
      </div>
      <details class="colours">
        <summary>${m.colours}</summary>
        <div class="colour-grid">
          ${THEME_COLOURS.map(
            ({ name }) =>
              html`<label>
                <input
                  type="color"
                  .value=${colour(name)}
                  @input=${(event: Event) => studio.setColour(name, (event.target as HTMLInputElement).value)}
                />
                ${m.colourNames[name]} <code>${name}</code>
              </label>`,
          )}
        </div>
        <button type="button" @click=${() => THEME_COLOURS.forEach(({ name }) => studio.setColour(name, undefined))}>
          ${m.resetColours}
        </button>
      </details>
      ${lowContrast.map(({ pair, ratio }) => html`<p class="warning">${m.contrast(pair, ratio.toFixed(1))}</p>`)}
      ${studio.analysis?.ok ? nothing : html`<p class="note">${m.noData}</p>`}
      <div class="frames" ?hidden=${!studio.analysis?.ok}>
        ${PLACEMENTS.map(
          (placement) =>
            html`<figure class="frame ${placement} ${theme}" data-placement=${placement}>
              <figcaption>${placement === 'sidebar' ? m.sidebar : m.content}</figcaption>
              <div class="page" style=${properties}>${widgetIn(studio, placement)}</div>
            </figure>`,
        )}
      </div>
    </section>
  `;
}
