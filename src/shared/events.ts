import type { LoadErrorInfo } from '../data/load-error.js';
import type { DroppedRecord } from '../data/schema.js';

export interface SenLoadDetail<T = unknown> {
  data: T;
  dropped: DroppedRecord[];
}

export interface SenErrorDetail {
  error: LoadErrorInfo;
}

export interface SenSelectDetail<T = unknown> {
  item: T;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sen-load': CustomEvent<SenLoadDetail>;
    'sen-error': CustomEvent<SenErrorDetail>;
    'sen-select': CustomEvent<SenSelectDetail>;
  }
}

/**
 * Every library event goes through here: it bubbles and is composed (crosses shadow roots), as
 * the contract says. Returns false when a listener cancelled a cancelable event.
 */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
