// ESLint flat config: Next's own rules (React, hooks, a11y, Core Web Vitals), typescript-eslint's strict
// type-checked and stylistic rules, and Prettier last so that no rule argues with the formatter.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import prettier from "eslint-config-prettier/flat";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".next-*/",
      ".data/",
      "lib/generated/",
      "next-env.d.ts",
      "test-results/",
      "playwright-report/",
      "bench/results/",
      "public/vendor/",
    ],
  },
  ...nextCoreWebVitals,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    rules: {
      // The UI is French: apostrophes are everywhere in its text, React renders them verbatim, and "&apos;" in
      // every sentence would make the copy unreadable to the people who write it.
      "react/no-unescaped-entities": "off",
      // Numbers read naturally in messages and URLs; the rule is kept for objects, null and undefined, which
      // would print "[object Object]" or "null".
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // The house writes object types as type aliases (they compose with unions and zod's inferred types).
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      // `onClick={() => setOpen(false)}` is React's idiom; braces around every such call would add noise only.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // React ignores what an event handler returns, and the async handlers of our forms catch their own
      // errors; promises handed to any other callback are still checked.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // In forms, headers and settings an empty string means "not given", which is what `||` says.
      "@typescript-eslint/prefer-nullish-coalescing": ["error", { ignorePrimitives: { string: true } }],
      // A leading underscore marks a parameter a framework signature imposes (useActionState's previous
      // state) or a field left out of a rest object on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read the JSON answers under test as `any` and state their shape with `expect`, which is the check.
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // Playwright's fixtures hand over their value through a callback named `use`; it is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // E-mails are whole HTML documents rendered by React Email, not Next pages.
    files: ["emails/**"],
    rules: { "@next/next/no-head-element": "off" },
  },
  {
    // These scripts run on pages served without Next's runtime (pages router, no framework JavaScript):
    // there is no router to navigate with.
    files: ["public/scripts/**"],
    rules: { "@next/next/no-location-assign-relative-destination": "off" },
  },
  {
    // Plain JavaScript config files are not part of the TypeScript project.
    files: ["**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Every link goes through components/link.tsx, which turns Next's prefetching off: it would render each
    // linked page at every view (the 25 requests of a list at the Caf's desk, the 20 facilities of a search)
    // for links rarely followed.
    files: ["app/**", "components/**", "pages/**"],
    ignores: ["components/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use Link from @/components/link (no prefetching)." }] },
      ],
    },
  },
  {
    // Leaflet is loaded on demand as the untyped global `L`: the browser script has no types to check it against.
    files: ["public/scripts/search-map.js"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
    },
  },
  {
    // In tests and benchmarks a missing value fails the run at once, with a clear stack; `!` keeps the
    // assertions short. Application code must handle the absence instead.
    // (After the merge backlog's warn list, which would otherwise turn these back into warnings.)
    files: ["tests/**", "bench/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  prettier,
);
