/**
 * A horizontal swipe by touch or pen (a mouse drag selects text instead): at least 48 px, and
 * mostly sideways. Swiping to the left (dragging the next one in) is +1.
 */
export function swipeTracker(onSwipe: (step: 1 | -1) => void) {
  let start: { id: number; x: number; y: number } | undefined;
  return {
    down(event: PointerEvent): void {
      start = event.pointerType === 'mouse' ? undefined : { id: event.pointerId, x: event.clientX, y: event.clientY };
    },
    up(event: PointerEvent): void {
      if (start?.id !== event.pointerId) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      start = undefined;
      if (Math.abs(dx) >= 48 && Math.abs(dx) > 2 * Math.abs(dy)) onSwipe(dx < 0 ? 1 : -1);
    },
    cancel(): void {
      start = undefined;
    },
  };
}
