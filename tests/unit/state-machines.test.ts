import { describe, expect, it } from "vitest";
import {
  canStartReview,
  isActivated,
  isUnderReview,
  HABILITATION_TRANSITIONS,
} from "@/lib/habilitation/habilitation-state-machine";
import { canTransitionConvention, isLiveConvention } from "@/lib/conventions/convention-state-machine";
import { canTransitionAmendment } from "@/lib/conventions/amendment-state-machine";
import type { HabilitationStatus } from "@/lib/generated/prisma/enums";

const habilitationStatuses = Object.keys(HABILITATION_TRANSITIONS) as HabilitationStatus[];

describe("@codehealth state machines answer the pages", () => {
  it("@codehealth names the habilitation states where the agent acts", () => {
    expect(habilitationStatuses.filter(canStartReview)).toEqual(["RECEIVED"]);
    expect(habilitationStatuses.filter(isUnderReview)).toEqual(["IN_REVIEW"]);
    expect(habilitationStatuses.filter(isActivated)).toEqual(["ACTIVE"]);
  });

  it("@codehealth tells live conventions and allowed convention and avenant moves", () => {
    expect(isLiveConvention("ACTIVE")).toBe(true);
    expect(isLiveConvention("TERMINATION_NOTIFIED")).toBe(true);
    expect(isLiveConvention("SIGNED")).toBe(false);
    expect(isLiveConvention("TERMINATED")).toBe(false);
    expect(canTransitionConvention("ACTIVE", "TERMINATION_NOTIFIED")).toBe(true);
    expect(canTransitionConvention("TERMINATION_NOTIFIED", "TERMINATION_NOTIFIED")).toBe(false);
    expect(canTransitionAmendment("PRODUCED", "SENT")).toBe(true);
    expect(canTransitionAmendment("PRODUCED", "SIGNED")).toBe(false);
    expect(canTransitionAmendment("SENT", "SIGNED")).toBe(true);
  });
});
