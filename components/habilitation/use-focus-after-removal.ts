"use client";

import { useEffect, useRef } from "react";

/**
 * Where the focus goes when an item of a list is removed with its own button, which disappears with it:
 * to the same button of the item that takes its place, else of the one before, else to `fallback` (the
 * field that adds items) — never to the page. The removal re-renders the list, which moves the focus.
 */
export function useFocusAfterRemoval(fallback: () => HTMLElement | null | undefined) {
  const buttons = useRef<(HTMLElement | null)[]>([]);
  const target = useRef<number | null>(null);
  useEffect(() => {
    if (target.current === null) return;
    (target.current >= 0 ? buttons.current[target.current] : fallback())?.focus();
    target.current = null;
  });
  return {
    /** The ref of the removal button of the item at `index`. */
    ref: (index: number) => (element: HTMLElement | null) => {
      buttons.current[index] = element;
    },
    /** Call when the item at `index` was removed and `remaining` items are left. */
    focusAfter: (index: number, remaining: number) => {
      target.current = remaining === 0 ? -1 : Math.min(index, remaining - 1);
    },
  };
}
