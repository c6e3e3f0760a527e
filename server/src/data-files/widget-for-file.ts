import type { WidgetName } from 'sen-widgets/check.js';

/**
 * Which widget reads a data file, so the server can check it with that widget's rules: the config's
 * `data.widgets` first, else the file name's start (`campaigns-2025.json` is a campaign list).
 */
const PREFIXES: readonly [string, WidgetName][] = [
  ['campaigns', 'campaign-list'],
  ['campaign-list', 'campaign-list'],
  ['exemplars', 'exemplar-gallery'],
  ['exemplar-gallery', 'exemplar-gallery'],
  ['hotlines', 'hotline-card'],
  ['hotline-card', 'hotline-card'],
  ['visit-stats', 'visit-counter'],
  ['visit-counter', 'visit-counter'],
];

export function widgetForFile(file: string, configured: Readonly<Record<string, WidgetName>>): WidgetName | undefined {
  if (Object.hasOwn(configured, file)) return configured[file];
  const name = file.toLowerCase();
  return PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1];
}
