import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/areas";

export default async function SpaceRedirectPage() {
  const user = await getCurrentUser();
  redirect(user ? homeFor(user.role) : "/connexion");
}
