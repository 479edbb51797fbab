"use client";

export function LogoutButton() {
  // next-auth's client is loaded on click only: the layout, hence every page, would otherwise ship it.
  const logOut = async () => {
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/" });
  };
  return (
    <button type="button" className="btn-secondary" onClick={() => void logOut()}>
      Se déconnecter
    </button>
  );
}
