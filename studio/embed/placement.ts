import type { WidgetName } from '../../src/check.js';

/** Where on a portal page the widget goes: the ~300 px sidebar or the ~720 px content column. */
export type Placement = 'sidebar' | 'content';
export const PLACEMENTS: readonly Placement[] = ['sidebar', 'content'];

/** The attributes that suit each placement, used by the preview and written into the embed code. */
export const placementAttributes: Record<WidgetName, Record<Placement, [string, string][]>> = {
  'campaign-list': {
    sidebar: [
      ['layout', 'compact'],
      ['page-size', '5'],
    ],
    content: [],
  },
  'exemplar-gallery': { sidebar: [], content: [] },
  'hotline-card': { sidebar: [], content: [['layout', 'wide']] },
  'visit-counter': { sidebar: [], content: [] },
};
