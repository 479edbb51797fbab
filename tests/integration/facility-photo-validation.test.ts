import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/errors";
import { uploadFacilityPhoto } from "@/lib/facility-photo/upload-facility-photo";
import { approveFacilityPhoto } from "@/lib/facility-photo/approve-facility-photo";
import { rejectFacilityPhoto } from "@/lib/facility-photo/reject-facility-photo";
import { listPendingFacilityPhotos, PHOTOS_PAGE_SIZE } from "@/lib/facility-photo/list-pending-facility-photos";
import { getPendingPhoto } from "@/lib/facility-photo/get-pending-photo";
import { getPhotoForReview } from "@/lib/facility-photo/get-photo-for-review";
import { getOperatingInfoEditor } from "@/lib/operating-info/get-operating-info-editor";
import { getPublicFacility } from "@/lib/public/get-public-facility";
import { withdrawPublishedContent } from "@/lib/moderation/withdraw-published-content";
import { GET as publicPhotoRoute } from "@/app/structures/[id]/photo/route";
import { sessionUserByEmail } from "../support/users";
import { activeConvention } from "../support/conventions";

// Distinct bytes per photo, so that the public route's answer tells which photo is online.
const png = (marker: number) =>
  new File(
    [Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, marker)])],
    "photo.png",
    { type: "image/png" },
  );
const upload = (actor: Awaited<ReturnType<typeof sessionUserByEmail>>, facilityId: string, marker: number) =>
  uploadFacilityPhoto(actor, facilityId, { file: png(marker), altText: `Salle de jeux numéro ${marker}` });

/** What families get from the public photo route: the photo's marker byte, or the HTTP status. */
async function publicPhoto(facilityId: string) {
  const response = await publicPhotoRoute(new Request(`http://localhost/structures/${facilityId}/photo`), {
    params: Promise.resolve({ id: facilityId }),
  });
  if (!response.ok) return response.status;
  return new Uint8Array(await response.arrayBuffer())[8];
}

let shared: Awaited<ReturnType<typeof createPersonas>>;

/** Two open facilities of the Caf 47 without any photo yet, each with its own habilitated director. */
async function createPersonas(tag: string) {
  const [a, b] = await db.facility.findMany({
    where: { departementCode: "47", status: "OPEN", externalId: { startsWith: "DEMO-47-" }, photos: { none: {} } },
    orderBy: { externalId: "desc" },
    take: 2,
  });
  const agent47 = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
  await db.rateLimitCounter.deleteMany({ where: { key: { startsWith: "habilitation-request:ip:" } } });
  const first = await activeConvention(agent47, `${tag}a`, { type: "STRUCTURES", facilityIds: [a!.id] });
  const second = await activeConvention(agent47, `${tag}b`, { type: "STRUCTURES", facilityIds: [b!.id] });
  return {
    facilityA: a!,
    facilityB: b!,
    agent47,
    agent39: await sessionUserByEmail("agent.caf39@demo.monenfant.fr"),
    directorA: await sessionUserByEmail(first.team[0]!.email),
    directorB: await sessionUserByEmail(second.team[0]!.email),
  };
}

beforeAll(async () => {
  shared = await createPersonas(`ph${Date.now()}`);
});

describe("@legal facility photos validated by the Caf", () => {
  it("@legal a new photo stays private until the Caf approves it, then replaces the public one", async () => {
    const { facilityA, directorA, agent47 } = shared;
    const first = await upload(directorA, facilityA.id, 1);
    expect(await publicPhoto(facilityA.id)).toBe(404);
    expect((await getPublicFacility(facilityA.id))?.photo).toBeNull();
    // The partner sees it waiting, through their own route.
    const editor = await getOperatingInfoEditor(directorA, facilityA.id);
    expect(editor.photo).toBeNull();
    expect(editor.pendingPhoto?.altText).toBe("Salle de jeux numéro 1");
    expect((await getPendingPhoto(directorA, facilityA.id))?.content[8]).toBe(1);

    await approveFacilityPhoto(agent47, first.photoId);
    expect(await publicPhoto(facilityA.id)).toBe(1);
    expect((await getPublicFacility(facilityA.id))?.photo?.altText).toBe("Salle de jeux numéro 1");
    expect(await db.facilityPhoto.findUniqueOrThrow({ where: { id: first.photoId } })).toMatchObject({
      status: "APPROVED",
      reviewedById: agent47.id,
      uploadedById: directorA.id,
    });

    // A second photo: the first stays online while it waits, beside it in the Caf's queue.
    const second = await upload(directorA, facilityA.id, 2);
    expect(await publicPhoto(facilityA.id)).toBe(1);
    const queued = (await listPendingFacilityPhotos(agent47)).photos.find((photo) => photo.id === second.photoId);
    expect(queued).toMatchObject({
      altText: "Salle de jeux numéro 2",
      facility: { id: facilityA.id, publishedPhoto: { altText: "Salle de jeux numéro 1" } },
    });
    expect((await getPhotoForReview(agent47, second.photoId)).content[8]).toBe(2);
    await approveFacilityPhoto(agent47, second.photoId);
    expect(await publicPhoto(facilityA.id)).toBe(2);
    expect((await db.facilityPhoto.findUniqueOrThrow({ where: { id: first.photoId } })).status).toBe("REPLACED");
    expect(
      await db.auditEvent.findMany({
        where: { entityId: facilityA.id, action: { startsWith: "facility-photo." } },
        select: { action: true, actorId: true, data: true },
        orderBy: { at: "asc" },
      }),
    ).toEqual([
      expect.objectContaining({ action: "facility-photo.approve", actorId: agent47.id }),
      expect.objectContaining({ action: "facility-photo.approve", actorId: agent47.id }),
      expect.objectContaining({
        action: "facility-photo.replace",
        data: { photoId: first.photoId, from: "APPROVED", to: "REPLACED" },
      }),
    ]);
    expect(await db.outboxEmail.count({ where: { template: "facility-photo-approved", to: directorA.email } })).toBe(2);
  });

  it("@legal a rejected photo is never public: the published one stays, the partner reads the reason", async () => {
    const { facilityA, directorA, agent47 } = shared;
    const online = await publicPhoto(facilityA.id);
    const refused = await upload(directorA, facilityA.id, 3);
    const reason = "Un visage d'enfant est reconnaissable sur la photo.";
    await expect(rejectFacilityPhoto(agent47, refused.photoId, { reason: "court" })).rejects.toThrow(/10 caractères/);
    await rejectFacilityPhoto(agent47, refused.photoId, { reason });
    expect(await publicPhoto(facilityA.id)).toBe(online);
    expect(await db.facilityPhoto.findUniqueOrThrow({ where: { id: refused.photoId } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: reason,
      reviewedById: agent47.id,
    });
    expect((await getOperatingInfoEditor(directorA, facilityA.id)).rejectedPhoto?.rejectionReason).toBe(reason);
    expect(await getPendingPhoto(directorA, facilityA.id)).toBeNull();
    expect(
      await db.auditEvent.count({ where: { entityId: facilityA.id, action: "facility-photo.reject", reason } }),
    ).toBe(1);
    const email = await db.outboxEmail.findFirstOrThrow({
      where: { template: "facility-photo-rejected", to: directorA.email },
    });
    expect(email.text).toContain(reason);
    // Reviewed once and for all: approving it afterwards is refused.
    await expect(approveFacilityPhoto(agent47, refused.photoId)).rejects.toMatchObject({ status: 409 });
    expect(await publicPhoto(facilityA.id)).toBe(online);
  });

  it("@legal a newer upload replaces the waiting photo, which can no longer be approved", async () => {
    const { facilityA, directorA, agent47 } = shared;
    const online = await publicPhoto(facilityA.id);
    const older = await upload(directorA, facilityA.id, 4);
    const newer = await upload(directorA, facilityA.id, 5);
    expect((await db.facilityPhoto.findUniqueOrThrow({ where: { id: older.photoId } })).status).toBe("REPLACED");
    await expect(approveFacilityPhoto(agent47, older.photoId)).rejects.toMatchObject({ status: 409 });
    expect(await publicPhoto(facilityA.id)).toBe(online);
    expect(await db.facilityPhoto.count({ where: { facilityId: facilityA.id, status: "PENDING" } })).toBe(1);
    await approveFacilityPhoto(agent47, newer.photoId);
    expect(await publicPhoto(facilityA.id)).toBe(5);
    // The refusal of an earlier photo is no longer shown to the partner.
    const editor = await getOperatingInfoEditor(directorA, facilityA.id);
    expect(editor).toMatchObject({
      pendingPhoto: null,
      rejectedPhoto: null,
      photo: { altText: "Salle de jeux numéro 5" },
    });
  });

  it("@legal another Caf's agent can neither see, approve nor reject the photo; others cannot upload", async () => {
    const { facilityA, facilityB, directorA, directorB, agent39 } = shared;
    const waiting = await upload(directorA, facilityA.id, 6);
    await expect(approveFacilityPhoto(agent39, waiting.photoId)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      rejectFacilityPhoto(agent39, waiting.photoId, { reason: "Motif d'une autre Caf, hors de son ressort." }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(getPhotoForReview(agent39, waiting.photoId)).rejects.toMatchObject({ status: 404 });
    expect((await listPendingFacilityPhotos(agent39)).photos.map((photo) => photo.id)).not.toContain(waiting.photoId);
    // A partner is no Caf agent, even on their own facility.
    await expect(approveFacilityPhoto(directorA, waiting.photoId)).rejects.toMatchObject({ status: 403 });
    expect((await db.facilityPhoto.findUniqueOrThrow({ where: { id: waiting.photoId } })).status).toBe("PENDING");
    // A person habilitated on another facility cannot upload, nor see the waiting photo.
    await expect(upload(directorB, facilityA.id, 7)).rejects.toMatchObject({ status: 404 });
    await expect(getPendingPhoto(directorB, facilityA.id)).rejects.toMatchObject({ status: 404 });
    expect(await db.facilityPhoto.count({ where: { facilityId: facilityA.id, status: "PENDING" } })).toBe(1);
    expect(await publicPhoto(facilityB.id)).toBe(404);
  });

  it("@legal a long queue is paged: the 21st photo is reached on the second page, not only after the first twenty", async () => {
    const { facilityB, agent47, directorB } = shared;
    const ids = Array.from({ length: PHOTOS_PAGE_SIZE + 1 }, (_, i) => `file-longue-${i}`);
    // Older than any other waiting photo, so that they open the queue.
    await db.facilityPhoto.createMany({
      data: ids.map((id, i) => ({
        id,
        facilityId: facilityB.id,
        mimeType: "image/png",
        size: 40,
        content: Buffer.alloc(40, i),
        altText: `Photo ${i}`,
        uploadedAt: new Date(Date.UTC(2000, 0, 1, 0, i)),
        uploadedByPersonalId: directorB.personalNumber,
      })),
    });
    try {
      const first = await listPendingFacilityPhotos(agent47);
      const second = await listPendingFacilityPhotos(agent47, 2);
      expect(first.count).toBeGreaterThanOrEqual(ids.length);
      expect(first.pageCount).toBe(Math.ceil(first.count / PHOTOS_PAGE_SIZE));
      expect(first.photos.map((photo) => photo.id)).toEqual(ids.slice(0, PHOTOS_PAGE_SIZE));
      expect(second.photos[0]?.id).toBe(ids[PHOTOS_PAGE_SIZE]);
      expect(second.pageCount).toBe(first.pageCount);
    } finally {
      await db.facilityPhoto.deleteMany({ where: { id: { in: ids } } });
    }
  });

  it("@legal the Caf withdraws the published photo: history kept, families no longer see it", async () => {
    const { facilityA, agent47 } = shared;
    const { publishedPhotoId } = await db.facility.findUniqueOrThrow({ where: { id: facilityA.id } });
    await withdrawPublishedContent(agent47, facilityA.id, {
      content: "photo",
      reason: "Photo sans rapport avec la structure.",
    });
    expect(await publicPhoto(facilityA.id)).toBe(404);
    expect((await db.facilityPhoto.findUniqueOrThrow({ where: { id: publishedPhotoId! } })).status).toBe("WITHDRAWN");
    // The photo still waiting is untouched: the Caf may still approve it.
    expect(await db.facilityPhoto.count({ where: { facilityId: facilityA.id, status: "PENDING" } })).toBe(1);
  });
});
