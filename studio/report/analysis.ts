import { checkDocument, checkJsonText, type CheckReport, type WidgetName } from '../../src/check.js';
import type { InputProblem, StudioInput } from '../input/studio-input.js';
import { tableToDocument } from '../sheet/table-to-document.js';
import { reportItems, type ReportItem } from './report-items.js';

/** What the studio shows for one input and one widget. */
export type Analysis =
  | {
      ok: true;
      report: CheckReport & { usable: true };
      items: ReportItem[];
      /** The document as given to the widget (it validates it itself, as on a real page). */
      document: unknown;
      /** How many records (contacts, figures) the widget will show. */
      kept: number;
      /** Spreadsheet headers that matched no column. */
      ignoredHeaders: string[];
    }
  | { ok: false; problem: InputProblem | 'no-header' | 'no-rows' | 'unusable'; detail?: string };

/** Records the widget will show, counted the way a person counts them on the page. */
export function keptCount(widget: WidgetName, data: unknown): number {
  if (widget === 'visit-counter') {
    return ['total', 'today', 'yesterday', 'month', 'online'].filter((key) => key in (data as object)).length;
  }
  if (widget === 'hotline-card') {
    return (data as { groups: { contacts: unknown[] }[] }).groups.reduce(
      (sum, group) => sum + group.contacts.length,
      0,
    );
  }
  return (data as unknown[]).length;
}

/** Applies the widget's own rules (the Node-safe `src/check.ts`) to an input; reasons in `lang`. */
export function analyze(widget: WidgetName, input: StudioInput, lang: 'vi' | 'en' = 'vi'): Analysis {
  if (input.kind === 'problem') return { ok: false, problem: input.problem, detail: input.detail };
  if (input.kind === 'json') {
    const report = checkJsonText(widget, input.text, { lang, source: input.label });
    if (!report.usable) return { ok: false, problem: 'unusable', detail: report.error.message };
    return {
      ok: true,
      report,
      items: reportItems(report),
      document: JSON.parse(input.text.replace(/^\uFEFF/, '')),
      kept: keptCount(widget, report.data),
      ignoredHeaders: [],
    };
  }
  const sheet = tableToDocument(widget, input.rows);
  if (!sheet.ok) return { ok: false, problem: sheet.problem };
  const report = checkDocument(widget, sheet.document, { lang });
  if (!report.usable) return { ok: false, problem: 'unusable', detail: report.error.message };
  return {
    ok: true,
    report,
    items: reportItems(report, sheet),
    document: sheet.document,
    kept: keptCount(widget, report.data),
    ignoredHeaders: sheet.ignoredHeaders,
  };
}
