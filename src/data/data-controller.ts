import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';
import { parseJson, type FetchedDocument } from './fetch-document.js';
import { keepCopy, readCopy } from './kept-copy.js';
import { LatestRun, type Outcome } from './latest-run.js';
import { LoadError, toLoadError } from './load-error.js';
import { Poller } from './poller.js';
import { validateDocument, type DroppedRecord, type Schema } from './schema.js';
import { requestShared } from './shared-request.js';
import { ViewportWatcher } from './viewport-watcher.js';

/** What a data widget exposes to this controller (see SenDataElement). */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  data?: unknown;
  refresh?: number | null;
  loading?: string | null;
}

export type DataState = 'loading' | 'ready' | 'empty' | 'error';

/** The data on screen. */
export interface Shown<T> {
  data: T;
  dropped: DroppedRecord[];
  /** Relative URLs inside the data resolve against this. */
  baseUrl: string;
  /** True while this is a kept copy because the latest fetch failed. */
  stale: boolean;
  /** When the kept copy was fetched (ms since the epoch), when stale. */
  savedAt?: number;
}

interface LoadResult<T> extends Shown<T> {
  /** The failure behind a stale result, reported with `sen-error` although data is shown. */
  failure?: LoadError;
}

type Source =
  { kind: 'data'; value: unknown } | { kind: 'inline'; text: string } | { kind: 'src'; url: string } | { kind: 'none' };

export interface DataControllerOptions<T> {
  /** The element's tag, for console warnings. */
  tag: string;
  schema: Schema<T>;
  isEmpty: (data: T) => boolean;
  /** The URL to fetch when there is no `.data` or inline JSON; defaults to `src`. */
  sourceUrl?: () => string | null | undefined;
  /** Replaces the shared GET (the visit counter's once-a-session hit). `fresh`: skip kept answers. */
  fetch?: (url: string, fresh: boolean, signal: AbortSignal) => Promise<FetchedDocument>;
}

/**
 * Owns everything between a widget's attributes and its data: which source wins (`.data`, inline
 * JSON, `src`), fetching through the shared request, the kept copy, lazy loading, polling,
 * validation with dropped records, the `state`/`stale` attributes and the `sen-load`/`sen-error`
 * events. A widget declares its schema and renders `shown`.
 */
export class DataController<T> implements ReactiveController {
  /** The data on screen, or undefined while loading or in error. */
  shown?: Shown<T>;

  private readonly run = new LatestRun<[Source, boolean, number], LoadResult<T> | undefined>(
    ([source, near], signal) => this.load(source, near, signal),
    (a, b) => sameSource(a[0], b[0]) && a[1] === b[1] && a[2] === b[2],
    (outcome) => this.finished(outcome),
  );
  private failure?: LoadError;
  private readonly poller = new Poller(() => this.reload());
  private readonly viewport = new ViewportWatcher(() => {
    this.near = true;
    this.host.requestUpdate();
  });
  private near = false;
  private generation = 0;
  private fresh = false;
  private shownKey: unknown;
  private lastWarned?: string;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataControllerOptions<T>,
  ) {
    host.addController(this);
  }

  get state(): DataState {
    if (this.shown) return this.options.isEmpty(this.shown.data) ? 'empty' : 'ready';
    return this.failure && !this.run.pending ? 'error' : 'loading';
  }

  /** The failure to show when `state` is `error`. */
  get error(): LoadError | undefined {
    return this.failure;
  }

  /** Fetches again now, skipping kept answers (the retry button, polling). */
  reload(): void {
    this.fresh = true;
    this.generation++;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.poller.start();
    if (!this.near && this.host.loading === 'lazy') this.viewport.watch(this.host);
    this.host.requestUpdate(); // back on the page after a cancelled run: run again
  }

  hostDisconnected(): void {
    this.poller.stop();
    this.viewport.stop();
    if (this.run.pending) this.run.cancel();
  }

  hostUpdate(): void {
    this.run.update([this.source(), this.near || this.host.loading !== 'lazy', this.generation]);
  }

  hostUpdated(): void {
    this.host.toggleAttribute('stale', Boolean(this.shown?.stale));
    if (this.host.getAttribute('state') !== this.state) this.host.setAttribute('state', this.state);
  }

  private source(): Source {
    const { data } = this.host;
    if (data !== undefined && data !== null) return { kind: 'data', value: data };
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    const url = this.options.sourceUrl ? this.options.sourceUrl() : this.host.src;
    if (url) return { kind: 'src', url: new URL(url, document.baseURI).href };
    return { kind: 'none' };
  }

  private async load(source: Source, near: boolean, signal: AbortSignal): Promise<LoadResult<T> | undefined> {
    const fresh = this.fresh;
    this.fresh = false;
    if (!sameSource(source, this.shownKey as Source | undefined)) {
      // A new URL shows "loading", never the old source's data; local data replaces it at once.
      if (source.kind === 'src' || source.kind === 'none') this.shown = undefined;
      this.poller.schedule(0);
    }
    this.shownKey = source;

    switch (source.kind) {
      case 'none':
        throw new LoadError('config', `set src, .data or an inline <script type="application/json">`);
      case 'data':
        return this.validate(source.value, document.baseURI, 'data');
      case 'inline':
        return this.validate(parseJson(source.text, 'the inline JSON'), document.baseURI, source.text);
    }

    if (!near) return undefined; // lazy, and not yet near the viewport
    this.near = true; // once loaded, switching to lazy does not unload
    try {
      const fetched = this.options.fetch
        ? await this.options.fetch(source.url, fresh, signal)
        : await requestShared(source.url, { maxAge: fresh ? 0 : Infinity, signal });
      const result = this.validate(parseJson(fetched.text, fetched.url), fetched.url, fetched.text);
      keepCopy(source.url, fetched.text, fetched.url);
      return result;
    } catch (error) {
      if (signal.aborted) throw error;
      const failure = toLoadError(error);
      const copy = this.keptResult(source.url);
      if (!copy) throw failure;
      return { ...copy, failure };
    } finally {
      this.poller.schedule(this.refreshSeconds());
    }
  }

  /** The data on screen if still good, else the copy kept in storage, marked stale. */
  private keptResult(url: string): LoadResult<T> | undefined {
    if (this.shown) return { ...this.shown, stale: true, savedAt: this.shown.savedAt ?? Date.now() };
    const copy = readCopy(url);
    if (!copy) return undefined;
    try {
      return { ...this.validate(JSON.parse(copy.text), copy.url, copy.text), stale: true, savedAt: copy.savedAt };
    } catch {
      return undefined; // a copy the current schema no longer accepts is no use
    }
  }

  private validate(value: unknown, baseUrl: string, text: string | object): LoadResult<T> {
    const result = validateDocument(this.options.schema, value);
    if (!result.ok) {
      const where = result.path ? `${result.path}: ` : '';
      throw new LoadError('schema', `${where}${result.reason}`);
    }
    // Polling the same document again does not repeat the same warnings.
    const warnKey = typeof text === 'string' ? text : undefined;
    if (warnKey === undefined || warnKey !== this.lastWarned) {
      for (const record of result.value.dropped) {
        console.warn(`${this.options.tag}: ${record.path}: ${record.reason}`);
      }
    }
    this.lastWarned = warnKey;
    return { ...result.value, baseUrl, stale: false };
  }

  private refreshSeconds(): number {
    const value = this.host.refresh ?? 0;
    return Number.isFinite(value) && value > 0 ? value : 0;
  }

  private async finished(outcome: Outcome<LoadResult<T> | undefined>): Promise<void> {
    const result = outcome.ok ? outcome.value : undefined;
    this.failure = outcome.ok ? undefined : toLoadError(outcome.error);
    if (result) this.shown = (({ failure, ...shown }) => shown)(result);
    else if (!outcome.ok) this.shown = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const failure = this.failure ?? result?.failure;
    if (failure) this.report(failure);
    else if (result) emit(this.host, 'sen-load', { data: result.data, dropped: result.dropped });
  }

  private report(error: LoadError): void {
    console.warn(`${this.options.tag}: ${error.message}`);
    emit(this.host, 'sen-error', { error: error.toJSON() });
  }
}

function sameSource(a: Source | undefined, b: Source | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'data':
      return a.value === (b as typeof a).value;
    case 'inline':
      return a.text === (b as typeof a).text;
    case 'src':
      return a.url === (b as typeof a).url;
    default:
      return true;
  }
}
