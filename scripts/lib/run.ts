import { spawn } from "node:child_process";

// Runs a command from node_modules/.bin (or the PATH), inheriting the terminal; rejects on failure.
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env, shell: false });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} a échoué (${signal ?? code})`)),
    );
  });
}

export function runStatus(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env, shell: false });
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;

export async function migrateDeploy(databaseUrl: string): Promise<void> {
  await run(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
}
