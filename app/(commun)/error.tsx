"use client";

export { default } from "@/components/retry-error-page";
