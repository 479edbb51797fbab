"use client";

/** The State's sign-in button for public-service staff (ProConnect), shown when the app is registered with it. */
export function ProConnectButton({ callbackUrl }: { callbackUrl: string }) {
  const signInWithProConnect = async () => {
    const { signIn } = await import("next-auth/react");
    await signIn("proconnect", { callbackUrl });
  };
  return (
    <div className="mt-6 space-y-2">
      <button type="button" className="btn-primary" onClick={() => void signInWithProConnect()}>
        S'identifier avec ProConnect
      </button>
      <p className="text-sm">
        <a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener noreferrer">
          Qu'est-ce que ProConnect ? (nouvelle fenêtre)
        </a>
      </p>
    </div>
  );
}
