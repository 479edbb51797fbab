"use client";

import { useEffect, useState } from "react";

/** Debounced JSON search against one of our GET endpoints; stale answers are ignored. */
export function useSearch<T>(url: string | null, delayMs = 250): { data: T | null; loading: boolean; failed: boolean } {
  const [state, setState] = useState<{ data: T | null; loading: boolean; failed: boolean }>({
    data: null,
    loading: false,
    failed: false,
  });
  useEffect(() => {
    if (!url) {
      setState({ data: null, loading: false, failed: false });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ ...current, loading: true }));
    const timer = setTimeout(() => {
      fetch(url, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
        .then((data: T) => setState({ data, loading: false, failed: false }))
        .catch((error: Error) => {
          if (error.name !== "AbortError") setState({ data: null, loading: false, failed: true });
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, delayMs]);
  return state;
}
