"use client";

import { useState, useTransition } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { PeopleStep } from "@/components/habilitation/people-step";
import { FacilityPicker, type SelectedFacility } from "@/components/habilitation/facility-picker";
import { CommunePicker, type SelectedCommune } from "@/components/habilitation/commune-picker";
import type { CafOption } from "@/lib/habilitation/list-caf-options";
import type { PersonInput } from "@/lib/conventions/annex-schema";
import type { FormState } from "@/lib/forms/form-state";

type Row = { id: string; label: string };

type AmendmentFormProps = {
  type: "STRUCTURES" | "INFO_POINT";
  caf: CafOption;
  people: Row[];
  facilities: Row[];
  communes: Row[];
  today: string;
  submit: (payload: unknown) => Promise<FormState>;
};

/** Builds an avenant: what to remove from Annex 1, what to add, on which request of the partner. */
export function AmendmentForm({ type, caf, people, facilities, communes, today, submit }: AmendmentFormProps) {
  const [removePersonIds, setRemovePersonIds] = useState<string[]>([]);
  const [removeFacilityIds, setRemoveFacilityIds] = useState<string[]>([]);
  const [removeCommuneIds, setRemoveCommuneIds] = useState<string[]>([]);
  const [addPeople, setAddPeople] = useState<PersonInput[]>([]);
  const [addFacilities, setAddFacilities] = useState<SelectedFacility[]>([]);
  const [addCommunes, setAddCommunes] = useState<SelectedCommune[]>([]);
  const [requestedOn, setRequestedOn] = useState(today);
  const [reason, setReason] = useState("");
  const [state, setState] = useState<FormState>({ status: "idle" });
  const [pending, startTransition] = useTransition();

  const toggle = (list: string[], set: (ids: string[]) => void, id: string, on: boolean) =>
    set(on ? [...list, id] : list.filter((x) => x !== id));

  function onSubmit(event: React.SubmitEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await submit({
        requestedOn,
        reason,
        removePersonIds,
        addPeople,
        removeFacilityIds,
        addFacilities: addFacilities.map(({ id, operatingInfo, availabilities }) => ({
          facilityId: id,
          operatingInfo,
          availabilities,
        })),
        removeCommuneIds,
        addCommunes: addCommunes.map((c) => c.inseeCode),
      });
      setState(result);
      if (result.status === "success") {
        setRemovePersonIds([]);
        setRemoveFacilityIds([]);
        setRemoveCommuneIds([]);
        setAddPeople([]);
        setAddFacilities([]);
        setAddCommunes([]);
        setReason("");
      }
    });
  }

  const removable = (title: string, rows: Row[], selected: string[], set: (ids: string[]) => void) => (
    <fieldset className="space-y-2">
      <legend className="font-bold">{title}</legend>
      {rows.map((row) => (
        <div key={row.id} className="flex items-center gap-2">
          <input
            id={`remove-${row.id}`}
            type="checkbox"
            checked={selected.includes(row.id)}
            onChange={(e) => toggle(selected, set, row.id, e.target.checked)}
          />
          <label htmlFor={`remove-${row.id}`}>Retirer {row.label}</label>
        </div>
      ))}
    </fieldset>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {state.status === "error" && <ErrorSummary errors={state.fieldErrors ?? {}} message={state.message} />}
      {state.status === "success" && (
        <p role="status" className="notice-success">
          {state.message}
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="requestedOn" className="field-label">
            Date de la demande expresse du partenaire
          </label>
          <input
            id="requestedOn"
            type="date"
            max={today}
            value={requestedOn}
            onChange={(e) => setRequestedOn(e.target.value)}
            className="field-input"
          />
        </div>
        <div>
          <label htmlFor="reason" className="field-label">
            Objet de l'avenant
          </label>
          <span id="reason-hint" className="field-hint">
            Par exemple : départ d'une directrice, ouverture d'une nouvelle crèche
          </span>
          <input
            type="text"
            id="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby="reason-hint"
            className="field-input"
          />
        </div>
      </div>
      {removable("Personnes habilitées", people, removePersonIds, setRemovePersonIds)}
      <PeopleStep
        people={addPeople}
        errors={state.fieldErrors ?? {}}
        onChange={setAddPeople}
        fieldPrefix="addPeople"
        minimum={0}
      />
      {type === "STRUCTURES" ? (
        <>
          {removable("Structures", facilities, removeFacilityIds, setRemoveFacilityIds)}
          <FacilityPicker caf={caf} selected={addFacilities} onChange={setAddFacilities} />
        </>
      ) : (
        <>
          {removable("Communes", communes, removeCommuneIds, setRemoveCommuneIds)}
          <CommunePicker departementCode={caf.departementCode} selected={addCommunes} onChange={setAddCommunes} />
        </>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Production…" : "Produire l'avenant"}
      </button>
    </form>
  );
}
