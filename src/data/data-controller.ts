import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';
import { nextTask } from '../shared/next-task.js';
import { parseJson, type FetchedDocument } from './fetch-document.js';
import { keepCopy, readCopy } from './kept-copy.js';
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

/** Everything the widget renders from, in one value: the state and what goes with it. */
export type DataView<T> =
  { state: 'loading' } | { state: 'ready' | 'empty'; shown: Shown<T> } | { state: 'error'; error: LoadError };

/** A view with an outcome: data shown, or an error. */
type Settled<T> = Exclude<DataView<T>, { state: 'loading' }>;

/** Where the data comes from, first match wins: `.data`, inline JSON, then a URL. */
type Source =
  { kind: 'data'; value: unknown } | { kind: 'inline'; text: string } | { kind: 'src'; url: string } | { kind: 'none' };

/** A fetch's outcome: the data, and the failure behind it when it is a kept copy. */
interface Loaded<T> {
  /** The `src` asked for (the data's own base URL may differ after a redirect). */
  url: string;
  shown: Shown<T>;
  /** Reported with `sen-error` although data is shown (a stale copy). */
  failure?: LoadError;
}

/** One fetch of `src`: the URL, and whether to skip answers kept in memory (a retry, a refresh). */
type FetchArgs = [url: string | undefined, fresh: boolean];

export interface DataControllerOptions<T> {
  /** The element's tag, for console warnings. */
  tag: string;
  schema: Schema<T>;
  isEmpty: (data: T) => boolean;
  /** The URL to fetch when there is no `.data` or inline JSON; defaults to `src`. */
  sourceUrl?: () => string | null | undefined;
  /** Replaces the shared GET (the visit counter's statistics). `fresh`: skip kept answers. */
  fetch?: (url: string, fresh: boolean, signal: AbortSignal) => Promise<FetchedDocument>;
  /** Called before a render whenever the data on screen changes (not on every render). */
  onShow?: (shown: Shown<T> | undefined) => void;
}

/**
 * Owns everything between a widget's attributes and its data: which source wins (`.data`, inline
 * JSON, `src`), fetching through the shared request, the kept copy, lazy loading, polling,
 * validation with dropped records, the `state`/`stale` attributes and the `sen-load`/`sen-error`
 * events. A widget declares its schema and renders `view`.
 *
 * Fetching runs on @lit/task's Task: a new URL aborts the run before it, and only the latest run
 * settles. Local data (`.data`, inline JSON) needs no waiting and is read synchronously, so a
 * widget given data renders it in the same update. A widget removed mid-fetch lets the shared
 * request finish (other widgets may be waiting on it) and reports only once it is back.
 */
export class DataController<T> implements ReactiveController {
  private source: Source = { kind: 'none' };
  /** The outcome for a local source (`.data`, inline JSON, none), read when the source changes. */
  private local?: Settled<T>;
  /** What is still to be announced with `sen-load`/`sen-error` after the next render. */
  private report?: { shown?: Shown<T>; error?: LoadError };
  private near = false;
  private lastWarned?: string;
  private lastShown?: Shown<T>;

  private readonly task: Task<FetchArgs, Loaded<T>>;
  private readonly poller = new Poller(() => this.reload());
  private readonly viewport = new ViewportWatcher(() => {
    this.near = true;
    this.host.requestUpdate();
  });
  // A JSON child added or edited after the element upgraded (a page loading the library with
  // `async`, a CMS injecting content late) is read then.
  private readonly children = new MutationObserver(() => this.host.requestUpdate());

  constructor(
    private readonly host: DataHost,
    private readonly options: DataControllerOptions<T>,
  ) {
    host.addController(this);
    this.task = new Task<FetchArgs, Loaded<T>>(host, {
      task: ([url, fresh], { signal }) => (url ? this.fetch(url, fresh, signal) : Promise.resolve(initialState)),
      args: () => [this.source.kind === 'src' && this.active() ? this.source.url : undefined, false],
      // `fresh` only says how a run was started; it never starts one by itself.
      argsEqual: ([a], [b]) => a === b,
      onComplete: (loaded) => (this.report = { shown: loaded.shown, error: loaded.failure }),
      onError: (error) => {
        if (!isAbort(error)) this.report = { error: toLoadError(error) };
      },
    });
  }

  /** The one place the widget's state is derived: from the local outcome, or the task's status. */
  get view(): DataView<T> {
    if (this.local) return this.local;
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return this.viewOf(this.task.value!.shown);
      case TaskStatus.ERROR:
        return { state: 'error', error: toLoadError(this.task.error) };
      case TaskStatus.PENDING: {
        // A refresh or retry of the same URL keeps what is on screen; a new URL never shows the old one.
        const previous = this.shownFor(this.source.kind === 'src' ? this.source.url : undefined);
        return previous ? this.viewOf(previous) : { state: 'loading' };
      }
      default:
        return { state: 'loading' };
    }
  }

  /** The data on screen, if any (from `view`). */
  get shown(): Shown<T> | undefined {
    const view = this.view;
    return 'shown' in view ? view.shown : undefined;
  }

  /** Fetches again now, skipping kept answers (the retry button, polling); local data is read again. */
  reload(): void {
    if (this.source.kind === 'src') {
      void this.task.run([this.source.url, true]);
    } else {
      this.local = undefined;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.poller.start();
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (!this.near && this.host.loading === 'lazy') this.viewport.watch(this.host);
    if (this.report) this.host.requestUpdate(); // back on the page: announce what came meanwhile
  }

  hostDisconnected(): void {
    this.poller.stop();
    this.viewport.stop();
    this.children.disconnect();
  }

  hostUpdate(): void {
    const source = this.readSource();
    if (!sameSource(source, this.source)) {
      this.source = source;
      this.local = undefined;
      this.poller.schedule(0);
    }
    if (source.kind !== 'src' && !this.local) {
      this.local = this.readLocal(source);
      this.report = this.local.state === 'error' ? { error: this.local.error } : { shown: this.local.shown };
    }
    const shown = this.shown;
    if (shown !== this.lastShown) {
      this.lastShown = shown;
      this.options.onShow?.(shown);
    }
    // The Task (a controller added after this one) starts or skips its run right after this.
  }

  hostUpdated(): void {
    const view = this.view;
    this.host.toggleAttribute('stale', 'shown' in view && view.shown.stale);
    if (this.host.getAttribute('state') !== view.state) this.host.setAttribute('state', view.state);
    if (this.report && this.host.isConnected) {
      const { shown, error } = this.report;
      this.report = undefined;
      if (error) this.reportError(error);
      else if (shown) emit(this.host, 'sen-load', { data: shown.data, dropped: shown.dropped });
    }
  }

  /** Lazy widgets fetch once near the viewport; once loaded, they stay loaded. */
  private active(): boolean {
    return this.near || this.host.loading !== 'lazy';
  }

  private readSource(): Source {
    const { data } = this.host;
    if (data !== undefined && data !== null) return { kind: 'data', value: data };
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    const url = this.options.sourceUrl ? this.options.sourceUrl() : this.host.src;
    if (url) return { kind: 'src', url: new URL(url, document.baseURI).href };
    return { kind: 'none' };
  }

  private readLocal(source: Exclude<Source, { kind: 'src' }>): Settled<T> {
    try {
      switch (source.kind) {
        case 'data':
          return this.viewOf(this.validate(source.value, document.baseURI, undefined));
        case 'inline':
          return this.viewOf(this.validate(parseJson(source.text, 'the inline JSON'), document.baseURI, source.text));
        case 'none':
          throw new LoadError('config', `set src, .data or an inline <script type="application/json">`);
      }
    } catch (error) {
      return { state: 'error', error: toLoadError(error) };
    }
  }

  private async fetch(url: string, fresh: boolean, signal: AbortSignal): Promise<Loaded<T>> {
    this.near = true; // once loaded, switching to lazy does not unload
    try {
      const fetched = this.options.fetch
        ? await this.options.fetch(url, fresh, signal)
        : await requestShared(url, { maxAge: fresh ? 0 : Infinity, signal });
      // Parsing, validating and rendering a long list each get a task of their own, so the page
      // can paint and answer input between them instead of waiting for one long task.
      await nextTask();
      const parsed = parseJson(fetched.text, fetched.url);
      await nextTask();
      const shown = this.validate(parsed, fetched.url, fetched.text);
      keepCopy(url, fetched.text, fetched.url);
      await nextTask();
      return { url, shown };
    } catch (error) {
      if (signal.aborted) throw error;
      const failure = toLoadError(error);
      const copy = this.keptCopy(url);
      if (!copy) throw failure;
      return { url, shown: copy, failure };
    } finally {
      if (!signal.aborted) this.poller.schedule(this.refreshSeconds());
    }
  }

  /** The data on screen if still good, else the copy kept in storage; marked stale. */
  private keptCopy(url: string): Shown<T> | undefined {
    const onScreen = this.shownFor(url);
    if (onScreen) return { ...onScreen, stale: true, savedAt: onScreen.savedAt ?? Date.now() };
    const copy = readCopy(url);
    if (!copy) return undefined;
    try {
      return { ...this.validate(JSON.parse(copy.text), copy.url, copy.text), stale: true, savedAt: copy.savedAt };
    } catch {
      return undefined; // a copy the current schema no longer accepts is no use
    }
  }

  /** The last fetched data, if it came from `url`. */
  private shownFor(url: string | undefined): Shown<T> | undefined {
    const last = this.task.value;
    return last && last.url === url ? last.shown : undefined;
  }

  private viewOf(shown: Shown<T>): Settled<T> {
    return { state: this.options.isEmpty(shown.data) ? 'empty' : 'ready', shown };
  }

  private validate(value: unknown, baseUrl: string, text: string | undefined): Shown<T> {
    const result = validateDocument(this.options.schema, value);
    if (!result.ok) {
      const where = result.path ? `${result.path}: ` : '';
      throw new LoadError('schema', `${where}${result.reason}`);
    }
    // Polling the same document again does not repeat the same warnings.
    if (text === undefined || text !== this.lastWarned) {
      for (const record of result.value.dropped) {
        console.warn(`${this.options.tag}: ${record.path}: ${record.reason}`);
      }
    }
    this.lastWarned = text;
    return { ...result.value, baseUrl, stale: false };
  }

  private refreshSeconds(): number {
    const value = this.host.refresh ?? 0;
    return Number.isFinite(value) && value > 0 ? value : 0;
  }

  private reportError(error: LoadError): void {
    console.warn(`${this.options.tag}: ${error.message}`);
    emit(this.host, 'sen-error', { error: error.toJSON() });
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function sameSource(a: Source, b: Source): boolean {
  if (a.kind !== b.kind) return false;
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
