import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkJsonText, droppedWarning } from 'sen-widgets/check.js';
import type { DataConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import { widgetForFile } from './widget-for-file.js';

export interface DataFile {
  body: Buffer;
  /** A strong validator from the content: an edit that changes nothing keeps it. */
  etag: string;
}

/** Names that are served: one file in the folder, never a path (no `..`, no `/`). */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.json$/;

/** Dropped records logged per file version; past that, one line says how many more. */
const MAX_LOGGED = 50;

/**
 * The JSON files of the `data` folder. Each request looks at the file's size, time and inode, so
 * an edit (or a file replaced by a deploy) is served at once, without a restart. Each new version
 * is checked with its widget's own rules and every record the widget would drop is logged with the
 * very warning the widget prints in the browser's console.
 */
export class DataFiles {
  private readonly versions = new Map<string, { stamp: string; file: Promise<DataFile> }>();

  constructor(
    private readonly config: DataConfig,
    private readonly log: Logger,
  ) {
    mkdirSync(config.dir, { recursive: true });
  }

  /** The file `name` (`campaigns.json`), or undefined when there is no such file. */
  async read(name: string): Promise<DataFile | undefined> {
    if (!FILE_NAME.test(name)) return undefined;
    const path = join(this.config.dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) {
      this.versions.delete(name);
      return undefined;
    }
    const stamp = `${info.size}:${info.mtimeMs}:${info.ino}`;
    const known = this.versions.get(name);
    if (known?.stamp === stamp) return known.file;
    const file = this.load(name, path, known?.file);
    this.versions.set(name, { stamp, file });
    file.catch(() => this.versions.delete(name));
    return file;
  }

  /** Checks every file once at start, so mistakes show in the log before anyone asks. */
  async checkAll(): Promise<void> {
    const names = await readdir(this.config.dir).catch(() => []);
    await Promise.all(names.filter((name) => FILE_NAME.test(name)).map((name) => this.read(name)));
  }

  private async load(name: string, path: string, before: Promise<DataFile> | undefined): Promise<DataFile> {
    const body = await readFile(path);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const previous = await before?.catch(() => undefined);
    if (previous?.etag !== etag) this.check(name, body);
    return { body, etag };
  }

  private check(file: string, body: Buffer): void {
    const widget = widgetForFile(file, this.config.widgets);
    if (!widget) {
      this.log('info', 'data file served unchecked (no widget named for it)', { file });
      return;
    }
    // In English, word for word as the widgets' console warnings (server logs are read next to them).
    const report = checkJsonText(widget, body.toString('utf8'), { lang: 'en', source: file });
    if (!report.usable) {
      this.log('warn', 'data file unusable: the widget will show an error', {
        file,
        widget,
        reason: report.error.message,
      });
      return;
    }
    for (const record of report.dropped.slice(0, MAX_LOGGED)) {
      this.log('warn', 'data file record dropped', { file, widget, warning: droppedWarning(widget, record) });
    }
    if (report.dropped.length > MAX_LOGGED) {
      this.log('warn', 'data file records dropped (more)', { file, widget, more: report.dropped.length - MAX_LOGGED });
    }
    if (report.dropped.length === 0) this.log('info', 'data file checked: every record valid', { file, widget });
  }
}
