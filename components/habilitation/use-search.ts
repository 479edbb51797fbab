"use client";

import { useEffect, useState } from "react";

type SearchState<T> = { data: T | null; loading: boolean; failed: boolean };
type Answer<T> = { url: string; data: T | null; failed: boolean };

/** Debounced JSON search against one of our GET endpoints; stale answers are ignored. */
// T is the shape of the endpoint's JSON answer, stated by the caller: the endpoint is ours.

export function useSearch<T>(url: string | null, delayMs = 250): SearchState<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  // Clearing the search forgets the last answer, so that a new search starts from nothing.
  if (!url && answer) setAnswer(null);
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(url, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
        .then((data: T) => setAnswer({ url, data, failed: false }))
        .catch((error: unknown) => {
          if (!(error instanceof Error && error.name === "AbortError")) setAnswer({ url, data: null, failed: true });
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, delayMs]);
  if (!url) return { data: null, loading: false, failed: false };
  // While a new search runs, the previous answer stays on screen.
  return { data: answer?.data ?? null, loading: answer?.url !== url, failed: answer?.failed ?? false };
}
