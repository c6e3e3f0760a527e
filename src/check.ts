/**
 * sen-widgets/check.js: the widgets' data rules without the widgets. Registers no element and
 * touches no DOM, so it runs in Node (the `sen-widgets check` CLI, the counting service's data
 * files) as well as in a page (the studio). Reasons come in Vietnamese (the default) or English.
 */
export {
  checkDocument,
  checkJsonText,
  droppedWarning,
  formatDropped,
  type CheckedRecord,
  type CheckOptions,
  type CheckReport,
} from './check/check-document.js';
export { problemText } from './check/reasons.js';
export { isWidgetName, WIDGET_NAMES, widgetSchemas, type WidgetName } from './check/widget-schemas.js';
export type { Expected, Problem } from './data/problem.js';
export type { DroppedRecord } from './data/schema.js';
export type { Lang } from './i18n/lang.js';
