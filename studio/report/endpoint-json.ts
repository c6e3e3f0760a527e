import type { WidgetName } from '../../src/check.js';

/**
 * The data a widget keeps, written back in the shape its endpoint accepts, so the file can be
 * uploaded as is and reads the same again. Lists get their named wrapper (`{ "campaigns": [...] }`).
 * A citation the widget read (`{ text, type, number, date }`) is written as the text it was: the
 * widget reads it again the same way, and one it could not read keeps its words.
 */
export function endpointDocument(widget: WidgetName, data: unknown): unknown {
  switch (widget) {
    case 'campaign-list':
      return {
        campaigns: (data as Record<string, unknown>[]).map((campaign) => {
          const document = campaign.document as { text?: string } | undefined;
          return document?.text === undefined ? campaign : { ...campaign, document: document.text };
        }),
      };
    case 'exemplar-gallery':
      return { exemplars: data };
    default:
      return data;
  }
}

/** The endpoint file's text: readable by people (two-space indents), UTF-8 without BOM. */
export const endpointJsonText = (widget: WidgetName, data: unknown) =>
  `${JSON.stringify(endpointDocument(widget, data), null, 2)}\n`;

/** The file name the studio suggests for each endpoint (also the default address in the embed code). */
export const endpointFileNames: Record<WidgetName, string> = {
  'campaign-list': 'phong-trao-thi-dua.json',
  'exemplar-gallery': 'guong-dien-hinh.json',
  'hotline-card': 'duong-day-nong.json',
  'visit-counter': 'thong-ke-truy-cap.json',
};
