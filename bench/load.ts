// One autocannon run, in its own process so that the load generator never shares the event loop (or the
// measurements) of the bench driver. Reads its scenario as JSON from stdin, prints autocannon's result.
import autocannon, { type Request } from "autocannon";
import { earliestStartDay } from "@/lib/availability/availability-schema";

export type LoadScenario = {
  url: string;
  connections: number;
  durationSeconds: number;
  paths?: string[];
  headers?: Record<string, string>;
  // PUT a fresh availability set to each target in turn (the API bench).
  publications?: { path: string; token: string }[];
};

export type LoadOutcome = {
  requests: number;
  requestsPerSecond: number;
  ok: number;
  notOk: number;
  errors: number;
  timeouts: number;
  p50: number;
  p95: number;
  p99: number;
};

function availabilitySet(sequence: number) {
  return JSON.stringify({
    noPlaceAvailable: false,
    slots: [
      {
        startDate: earliestStartDay(),
        endDate: null,
        minAgeMonths: 6,
        maxAgeMonths: 36,
        careType: "REGULAR",
        weekdays: [1, 2, 3, 4, 5],
        startTime: "08:00",
        endTime: "18:00",
        places: 1 + (sequence % 9),
      },
    ],
  });
}

async function main() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const scenario = JSON.parse(Buffer.concat(chunks).toString("utf8")) as LoadScenario;
  let sequence = 0;
  const requests = scenario.publications
    ? [
        {
          method: "PUT" as const,
          setupRequest: (request: Request): Request => {
            const target = scenario.publications![sequence++ % scenario.publications!.length];
            return {
              ...request,
              path: target!.path,
              body: availabilitySet(sequence),
              headers: { "content-type": "application/json", authorization: `Bearer ${target!.token}` },
            };
          },
        },
      ]
    : [
        {
          setupRequest: (request: Request): Request => ({
            ...request,
            path: scenario.paths![sequence++ % scenario.paths!.length],
          }),
        },
      ];
  // autocannon's histogram has no p95: every response time is kept to compute exact percentiles.
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: scenario.url,
        connections: scenario.connections,
        duration: scenario.durationSeconds,
        headers: scenario.headers,
        requests,
      },
      (error: Error | null, outcome) => {
        if (error) reject(error);
        else resolve(outcome);
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const outcome: LoadOutcome = {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    ok: result["2xx"],
    notOk: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
  };
  process.stdout.write(JSON.stringify(outcome));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
