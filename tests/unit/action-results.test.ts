import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every server action answers one of the two house shapes, so that every form shows its outcome (message,
// errors next to their fields) the same way. Each exported action must say so in its signature: tsc then
// proves that its body keeps to it.
const HOUSE_RESULTS = /^Promise<(FormState|PayloadActionResult(<\w+>)?)>$/;

// The sign-in enrolment is a step of the login, not a form: it answers a secret or recovery codes to show once.
const NOT_FORMS = new Set([
  "app/(partenaires)/connexion/actions.ts#beginEnrolmentAction",
  "app/(partenaires)/connexion/actions.ts#confirmEnrolmentAction",
]);

function serverActionModules(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(folder, file))
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")));
}

/** Each exported function of a module with the return type it declares ("" when it declares none). */
function exportedFunctions(file: string): { name: string; returns: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  return source.statements.flatMap((statement) =>
    ts.isFunctionDeclaration(statement) &&
    statement.name &&
    statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
      ? [{ name: statement.name.text, returns: statement.type?.getText(source).replace(/\s+/g, "") ?? "" }]
      : [],
  );
}

describe("@codehealth server action results", () => {
  it("@codehealth every server action under app/ declares FormState or PayloadActionResult as its answer", () => {
    const actions = serverActionModules("app").flatMap((file) =>
      exportedFunctions(file).map(({ name, returns }) => ({ action: `${file}#${name}`, returns })),
    );
    expect(actions.length).toBeGreaterThan(40);
    const others = actions.filter(({ action, returns }) => !NOT_FORMS.has(action) && !HOUSE_RESULTS.test(returns));
    expect(others).toEqual([]);
    // The exceptions must still exist: a stale entry would hide nothing but mislead the reader.
    for (const action of NOT_FORMS) expect(actions.map((a) => a.action)).toContain(action);
  });
});
