import { html, LitElement, type PropertyValues } from 'lit';
import { WIDGET_NAMES, type WidgetName } from '../src/check.js';
import { downloadBlob } from './download.js';
import type { Placement } from './embed/placement.js';
import { fetchedJson, pastedJson, readDataFile, type StudioInput } from './input/studio-input.js';
import type { ColourName } from './preview/theme-colours.js';
import { analyze, type Analysis } from './report/analysis.js';
import { endpointFileNames, endpointJsonText } from './report/endpoint-json.js';
import { en, vi, type StudioMessages } from './studio.messages.js';
import { studioStyles } from './studio.styles.js';
import { templateCsv, templateTable, templateXlsx } from './templates/template-table.js';
import { copyText } from './views/copy-button.js';
import { dataView } from './views/data-view.js';
import { embedView } from './views/embed-view.js';
import { previewView } from './views/preview-view.js';
import { reportView } from './views/report-view.js';
import { widgetPicker } from './views/widget-picker.js';

export type StudioLang = 'vi' | 'en';

/**
 * Sen studio: a webmaster picks a widget, gives its data (file, paste or address), reads what the
 * widget would leave out and why, previews the real widget and copies the embed code. Views live
 * in `views/`, each a function of this element's state; state changes only through the handlers.
 */
export class SenStudio extends LitElement {
  static override styles = studioStyles;

  static override properties = {
    lang: { reflect: true },
    widget: { state: true },
    input: { state: true },
    busy: { state: true },
    previewTheme: { state: true },
    previewLang: { state: true },
    placement: { state: true },
    colours: { state: true },
    endpoint: { state: true },
    packageBase: { state: true },
    copyResult: { state: true },
  };

  /** The studio's own language (`vi` default); the widget's language in the preview is apart. */
  override lang: StudioLang = 'vi';
  /** The widget being prepared. */
  widget: WidgetName = 'campaign-list';
  /** The data as last given; read again for each widget picked. */
  input?: StudioInput;
  /** True while a file or an address is being read. */
  busy = false;
  previewTheme: 'light' | 'dark' = 'light';
  previewLang: StudioLang = 'vi';
  placement: Placement = 'sidebar';
  /** `--sen-*` colours changed from their defaults. */
  colours: Partial<Record<ColourName, string>> = {};
  /** The data address written into the embed code; empty until the webmaster types one. */
  endpoint = '';
  /** Where the package's files are served: by default, next to this studio (`dist/`). */
  packageBase = new URL('../', location.href).href;

  /** The snippet last copied (`form/index`) and whether the browser let it be copied. */
  copyResult?: { key: string; ok: boolean };

  /** What the studio shows for the current input and widget, derived before each render. */
  analysis?: Analysis;

  get messages(): StudioMessages {
    return this.lang === 'en' ? en : vi;
  }

  /** The address the embed code uses: the one typed, the one the data came from, or a suggestion. */
  get embedSource(): string {
    if (this.endpoint.trim()) return this.endpoint.trim();
    if (this.input?.kind === 'json' && this.input.url) return this.input.label;
    return `/api/${endpointFileNames[this.widget]}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The report is worded in the studio's language: read again when it changes.
    if (changed.has('input') || changed.has('widget') || changed.has('lang')) {
      this.analysis = this.input ? analyze(this.widget, this.input, this.lang) : undefined;
    }
    if (changed.has('lang')) document.documentElement.lang = this.lang;
  }

  protected override render() {
    const m = this.messages;
    return html`
      <header>
        <div>
          <h1>${m.title}</h1>
          <p>${m.tagline}</p>
        </div>
        <fieldset class="switch">
          <legend>${m.language}</legend>
          ${(['vi', 'en'] as const).map(
            (lang) =>
              html`<label lang=${lang}>
                <input
                  type="radio"
                  name="studio-lang"
                  .checked=${this.lang === lang}
                  @change=${() => (this.lang = lang)}
                />
                ${lang === 'vi' ? 'Tiếng Việt' : 'English'}
              </label>`,
          )}
        </fieldset>
      </header>
      <main>${widgetPicker(this)} ${dataView(this)} ${reportView(this)} ${previewView(this)} ${embedView(this)}</main>
    `;
  }

  // Handlers: the only places state changes.

  pickWidget(widget: WidgetName): void {
    if (WIDGET_NAMES.includes(widget)) this.widget = widget;
  }

  async readFile(file: File): Promise<void> {
    await this.load(() => readDataFile(file));
  }

  async readPaste(text: string): Promise<void> {
    await this.load(async () => pastedJson(text, this.messages.pasteHeading));
  }

  async readAddress(address: string): Promise<void> {
    await this.load(() => fetchedJson(address));
  }

  private async load(read: () => Promise<StudioInput>): Promise<void> {
    this.busy = true;
    try {
      this.input = await read();
    } finally {
      this.busy = false;
    }
  }

  async downloadTemplate(format: 'csv' | 'xlsx'): Promise<void> {
    const table = templateTable(this.widget, this.lang);
    const name = `mau-${this.widget}`;
    if (format === 'csv') {
      downloadBlob(new Blob([templateCsv(table)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    } else {
      downloadBlob(await templateXlsx(table, this.messages.widgets[this.widget][0]), `${name}.xlsx`);
    }
  }

  downloadNormalized(): void {
    if (!this.analysis?.ok) return;
    const text = endpointJsonText(this.widget, this.analysis.report.data);
    downloadBlob(new Blob([text], { type: 'application/json' }), endpointFileNames[this.widget]);
  }

  setColour(name: ColourName, value: string | undefined): void {
    const next = { ...this.colours };
    if (value === undefined) delete next[name];
    else next[name] = value;
    this.colours = next;
  }

  setPreview(change: Partial<Pick<SenStudio, 'previewTheme' | 'previewLang' | 'placement'>>): void {
    Object.assign(this, change);
  }

  async copySnippet(key: string, code: string, fallback: HTMLTextAreaElement | null): Promise<void> {
    this.copyResult = { key, ok: await copyText(code, fallback) };
  }

  setEmbedAddress(change: Partial<Pick<SenStudio, 'endpoint' | 'packageBase'>>): void {
    Object.assign(this, change);
  }
}
