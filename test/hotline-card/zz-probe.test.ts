import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, sendKeys } from '@web/test-runner-commands';

describe('probe', () => {
  it('clipboard', async () => {
    const log: string[] = [];
    const box = await fixture<HTMLDivElement>(html`<div><button style="width:100px;height:50px">b</button><textarea></textarea></div>`);
    const button = box.querySelector('button')!;
    const area = box.querySelector('textarea')!;
    log.push('hasClipboard ' + Boolean(navigator.clipboard) + ' secure ' + isSecureContext + ' focus ' + document.hasFocus());
    // synthetic click: writeText
    let done: Promise<void> = Promise.resolve();
    button.onclick = () => {
      done = navigator.clipboard.writeText('synthetic-1').then(() => log.push('synthetic writeText ok'), (e) => log.push('synthetic writeText fail ' + e));
      const l = (e: ClipboardEvent) => { e.clipboardData!.setData('text/plain', 'exec-1'); e.preventDefault(); };
      document.addEventListener('copy', l, { once: true });
      log.push('synthetic exec ' + document.execCommand('copy'));
      document.removeEventListener('copy', l);
    };
    button.click();
    await done;
    // real click
    const r = button.getBoundingClientRect();
    button.onclick = () => {
      done = navigator.clipboard.writeText('real-1').then(() => log.push('real writeText ok'), (e) => log.push('real writeText fail ' + e));
    };
    await sendMouse({ type: 'click', position: [Math.round(r.x + 10), Math.round(r.y + 10)] });
    await done;
    try { log.push('read ' + await navigator.clipboard.readText()); } catch (e) { log.push('read fail ' + e); }
    area.focus();
    area.addEventListener('paste', (e) => log.push('paste event ' + e.clipboardData?.getData('text/plain')));
    await sendKeys({ down: 'Control' }); await sendKeys({ press: 'v' }); await sendKeys({ up: 'Control' });
    log.push('area after ctrl+v: ' + area.value);
    button.onclick = () => {
      const l = (e: ClipboardEvent) => { e.clipboardData!.setData('text/plain', 'exec-real'); e.preventDefault(); };
      document.addEventListener('copy', l, { once: true });
      log.push('real exec ' + document.execCommand('copy'));
      document.removeEventListener('copy', l);
    };
    await sendMouse({ type: 'click', position: [Math.round(r.x + 10), Math.round(r.y + 10)] });
    area.value = ''; area.focus();
    await sendKeys({ down: 'Control' }); await sendKeys({ press: 'v' }); await sendKeys({ up: 'Control' });
    log.push('area after exec+ctrl+v: ' + area.value);
    try { log.push('read2 ' + await navigator.clipboard.readText()); } catch (e) { log.push('read2 fail ' + e); }
    console.log(log.join('\n'));
    expect(1).to.equal(2);
  });
});
