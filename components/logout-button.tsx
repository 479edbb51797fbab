const SIGN_OUT_PATH = "/deconnexion";

/** A form rather than a script: it works without JavaScript, and on the pages served as plain HTML. */
export function LogoutButton() {
  return (
    <form method="post" action={SIGN_OUT_PATH}>
      <button type="submit" className="btn-secondary">
        Se déconnecter
      </button>
    </form>
  );
}
