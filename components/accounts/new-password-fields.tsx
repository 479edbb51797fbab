"use client";

import { TextField } from "@/components/forms/text-field";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";

type FieldProps = {
  id: string;
  name: string;
  value: string;
  error?: string;
  onValueChange: (value: string) => void;
};

/** The new password, with the policy as its hint, and its confirmation (fields named newPassword, confirmation). */
export function NewPasswordFields({
  newPassword,
  confirmation,
  labels,
}: {
  newPassword: FieldProps;
  confirmation: FieldProps;
  labels: { newPassword: string; confirmation: string };
}) {
  return (
    <>
      <TextField
        {...newPassword}
        label={labels.newPassword}
        hint={PASSWORD_RULE_TEXT}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField {...confirmation} label={labels.confirmation} type="password" autoComplete="new-password" required />
    </>
  );
}
