"use client";

import { useState } from "react";

/**
 * Controlled values of a server-action form (kept when the action answers with errors), and for each
 * field the props of a TextField: id and name, value, its error.
 */
export function useFieldValues<Name extends string>(initial: Record<Name, string>, errors: Record<string, string>) {
  const [values, setValues] = useState(initial);
  return (name: Name) => ({
    id: name,
    name,
    value: values[name],
    error: errors[name],
    onValueChange: (value: string) => setValues((current) => ({ ...current, [name]: value })),
  });
}
