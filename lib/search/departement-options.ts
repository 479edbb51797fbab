// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { listDepartements } from "@/lib/search/list-departements";

/*
 * The search form's list of départements, as HTML written once per process. Rendered by React at every search,
 * its 102 <option> elements cost 2 ms of the 4.5 ms of CPU a whole uncached search took (bench/cost-per-request.ts).
 */
let written: Promise<string> | null = null;

function departementOptions(): Promise<string> {
  written ??= listDepartements().then((choices) =>
    renderToStaticMarkup(
      createElement(
        Fragment,
        null,
        createElement("option", { value: "" }, "Tous les départements"),
        ...choices.map(({ code, name }) => createElement("option", { key: code, value: code }, `${code} — ${name}`)),
      ),
    ),
  );
  written.catch(() => {
    written = null;
  });
  return written;
}

/**
 * The <option>s of the départements, the one given selected. Only an option written above can match, so a
 * value that is no département code changes nothing.
 */
export async function departementOptionsHtml(selected: string | undefined): Promise<string> {
  const options = await departementOptions();
  if (!selected) return options;
  const option = `<option value="${selected}">`;
  return options.replace(option, `<option value="${selected}" selected="">`);
}
