import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/validation/dates";
import type { SessionUser } from "@/lib/auth/session";
import { recordConventionSending } from "@/lib/habilitation/record-convention-sending";
import {
  activateConventionFromUpload,
  MAX_ACTIVATION_UPLOAD_BYTES,
} from "@/lib/habilitation/activate-convention-from-upload";
import { sessionUserByEmail } from "../support/users";
import { facilitiesOf } from "../support/habilitation-fixtures";
import { producedConvention, signByBothParties } from "../support/conventions";
import { scannedPdf } from "../support/pdf";

const MB = 1024 * 1024;

async function signedConvention(agent: SessionUser, tag: string) {
  const facilities = await facilitiesOf("47", 1);
  const { requestId, conventionId } = await producedConvention(agent, tag, {
    type: "STRUCTURES",
    facilityIds: [facilities[0]!.id],
  });
  await recordConventionSending(agent, requestId, { sentOn: isoDay(new Date()) });
  await signByBothParties(agent, requestId);
  return { requestId, conventionId };
}

/** The activation form as a browser posts it, streamed; `sent` counts the bytes the server pulled. */
function upload(scan: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.set("scan", new File([scan], "convention-signee.pdf", { type: "application/pdf" }));
  const encoded = new Response(form);
  const reader = encoded.body!.getReader();
  const counter = { sent: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        counter.sent += value.byteLength;
        controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Pulled only when the server reads: nothing is buffered ahead.
    { highWaterMark: 0 },
  );
  const request = new Request("http://localhost/api/demandes/x/activation", {
    method: "POST",
    body,
    headers: { "Content-Type": encoded.headers.get("content-type")! },
    duplex: "half",
  } as RequestInit);
  return { request, counter };
}

describe("@hardening signed convention scan upload", () => {
  it("@hardening a 5 Mo PDF scan is accepted through the streamed upload and activates the convention", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const { requestId, conventionId } = await signedConvention(agent, `scan5-${Date.now()}`);
    const scan = await scannedPdf(5 * MB);
    expect(scan.byteLength).toBeGreaterThan(5 * MB);

    await activateConventionFromUpload(agent, requestId, upload(scan).request);
    const active = await db.convention.findUniqueOrThrow({
      where: { id: conventionId },
      include: { signedScan: true },
    });
    expect(active.status).toBe("ACTIVE");
    expect(active.signedScan).toMatchObject({ fileName: "convention-signee.pdf", size: scan.byteLength });
  });

  it("@hardening an 11 Mo scan is refused in French without reading it whole; another Caf's agent is refused", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const { requestId, conventionId } = await signedConvention(agent, `scan11-${Date.now()}`);

    const { request, counter } = upload(await scannedPdf(11 * MB));
    await expect(activateConventionFromUpload(agent, requestId, request)).rejects.toMatchObject({
      status: 413,
      message: "Convention signée : 10 Mo au maximum.",
    });
    // Reading stopped past the limit: the last megabyte was never pulled from the client.
    expect(counter.sent).toBeLessThan(MAX_ACTIVATION_UPLOAD_BYTES + MB);

    // An announced size over the limit is refused before anything is read.
    const announced = upload(await scannedPdf(MB));
    announced.request.headers.set("content-length", String(11 * MB));
    await expect(activateConventionFromUpload(agent, requestId, announced.request)).rejects.toMatchObject({
      status: 413,
    });
    expect(announced.counter.sent).toBe(0);

    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    await expect(
      activateConventionFromUpload(juraAgent, requestId, upload(await scannedPdf(MB)).request),
    ).rejects.toMatchObject({ status: 404 });
    expect((await db.convention.findUniqueOrThrow({ where: { id: conventionId } })).status).toBe("SIGNED");
  });
});
