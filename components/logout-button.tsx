"use client";

export function LogoutButton() {
  // next-auth's client is loaded on click only: the layout, hence every page, would otherwise ship it.
  const logOut = async () => {
    // A ProConnect session also ends at the provider (RP-initiated logout), which then sends the person home.
    const endSessionUrl = await fetch("/api/proconnect/end-session")
      .then((response) => (response.ok ? (response.json() as Promise<{ endSessionUrl: string | null }>) : null))
      .then((body) => body?.endSessionUrl ?? null)
      .catch(() => null);
    const { signOut } = await import("next-auth/react");
    if (!endSessionUrl) {
      await signOut({ callbackUrl: "/" });
      return;
    }
    await signOut({ redirect: false });
    window.location.assign(endSessionUrl);
  };
  return (
    <button type="button" className="btn-secondary" onClick={() => void logOut()}>
      Se déconnecter
    </button>
  );
}
