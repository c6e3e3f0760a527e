import { html } from 'lit';
import type { SenStudio } from '../studio-app.component.js';

const ACCEPT =
  '.xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function onDrop(studio: SenStudio, event: DragEvent) {
  event.preventDefault();
  (event.currentTarget as HTMLElement).classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void studio.readFile(file);
}

function onDragOver(event: DragEvent) {
  event.preventDefault();
  (event.currentTarget as HTMLElement).classList.add('dragging');
}

/** Step 2: templates to download, then the three ways in: a file, pasted JSON, an address. */
export function dataView(studio: SenStudio) {
  const m = studio.messages;
  const form = (event: SubmitEvent) => {
    event.preventDefault();
    return new FormData(event.currentTarget as HTMLFormElement);
  };
  return html`
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">${m.dataHeading}</h2>
      <p>${m.templatesIntro}</p>
      <div class="row">
        <button type="button" @click=${() => studio.downloadTemplate('xlsx')}>${m.templateXlsx}</button>
        <button type="button" @click=${() => studio.downloadTemplate('csv')}>${m.templateCsv}</button>
      </div>

      <div class="sources">
        <div
          class="drop"
          @dragover=${onDragOver}
          @dragleave=${(event: DragEvent) => (event.currentTarget as HTMLElement).classList.remove('dragging')}
          @drop=${(event: DragEvent) => onDrop(studio, event)}
        >
          <h3>${m.dropHeading}</h3>
          <p>
            ${m.dropHint}
            <label class="file-button"
              >${m.chooseFile}<input
                type="file"
                accept=${ACCEPT}
                @change=${(event: Event) => {
                  const input = event.target as HTMLInputElement;
                  const file = input.files?.[0];
                  if (file) void studio.readFile(file).then(() => (input.value = ''));
                }}
            /></label>
          </p>
          <p class="note">${m.csvNote}</p>
        </div>

        <form @submit=${(event: SubmitEvent) => studio.readPaste(String(form(event).get('json') ?? ''))}>
          <h3>${m.pasteHeading}</h3>
          <label for="paste">${m.pasteLabel}</label>
          <textarea id="paste" name="json" rows="5" spellcheck="false"></textarea>
          <button type="submit">${m.pasteButton}</button>
        </form>

        <form @submit=${(event: SubmitEvent) => studio.readAddress(String(form(event).get('url') ?? ''))}>
          <h3>${m.urlHeading}</h3>
          <label for="url">${m.urlLabel}</label>
          <input
            id="url"
            name="url"
            type="text"
            inputmode="url"
            autocomplete="url"
            placeholder="https://…/api/du-lieu.json"
          />
          <button type="submit">${m.urlButton}</button>
        </form>
      </div>
      <p role="status" class="busy">${studio.busy ? m.reading : ''}</p>
    </section>
  `;
}
