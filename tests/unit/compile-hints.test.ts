import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "../../scripts/lib/compile-hints";

describe("@resilience compile hints on the start-up chunks", () => {
  it("@resilience hints the chunks every page runs at start-up, once, and leaves on-demand chunks alone", () => {
    const distDir = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
    mkdirSync(path.join(distDir, "static/chunks"), { recursive: true });
    const chunk = (name: string) => path.join(distDir, "static/chunks", name);
    writeFileSync(chunk("runtime.js"), "(()=>{runtime()})();");
    writeFileSync(chunk("framework.js"), "push([1,(e)=>{react()}]);");
    writeFileSync(chunk("on-demand.js"), "push([2,(e)=>{rarely()}]);");
    writeFileSync(chunk("root.css"), "body{margin:0}");
    writeFileSync(
      path.join(distDir, "build-manifest.json"),
      JSON.stringify({
        rootMainFiles: ["static/chunks/framework.js", "static/chunks/runtime.js", "static/chunks/root.css"],
      }),
    );

    expect(addCompileHints(distDir)).toEqual(["static/chunks/framework.js", "static/chunks/runtime.js"]);
    addCompileHints(distDir);

    expect(readFileSync(chunk("runtime.js"), "utf8")).toBe(`${COMPILE_HINT}(()=>{runtime()})();`);
    expect(readFileSync(chunk("framework.js"), "utf8")).toBe(`${COMPILE_HINT}push([1,(e)=>{react()}]);`);
    expect(readFileSync(chunk("on-demand.js"), "utf8")).toBe("push([2,(e)=>{rarely()}]);");
    expect(readFileSync(chunk("root.css"), "utf8")).toBe("body{margin:0}");
  });
});
