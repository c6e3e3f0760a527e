/**
 * The widgets, by the name used in `data-sen-widget`, the CDN folder and the CLI; the tag is
 * `sen-` + the name. A module of its own so the CDN loader can know them without any widget code.
 */
export const WIDGET_NAMES = ['visit-counter', 'hotline-card', 'campaign-list', 'exemplar-gallery'] as const;
export type WidgetName = (typeof WIDGET_NAMES)[number];

export function isWidgetName(name: string): name is WidgetName {
  return (WIDGET_NAMES as readonly string[]).includes(name);
}
