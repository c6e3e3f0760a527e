/**
 * sen-widgets/check.js: the widgets' data rules without the widgets. Registers no element and
 * touches no DOM, so it runs in Node (the `sen-widgets check` CLI, the counting service's data
 * files) as well as in a page (the studio).
 */
export { checkDocument, checkJsonText, droppedWarning, type CheckReport } from './check/check-document.js';
export { isWidgetName, WIDGET_NAMES, widgetSchemas, type WidgetName } from './check/widget-schemas.js';
export type { DroppedRecord } from './data/schema.js';
