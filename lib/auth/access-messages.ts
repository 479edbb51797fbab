// Refusal messages of the access checks; the authorisation matrix test recognises refusals by them.
export const SIGN_IN_REQUIRED_MESSAGE = "Vous devez être connecté pour effectuer cette action.";
export const NOT_ALLOWED_MESSAGE = "Votre habilitation ne permet pas cette action.";
export const PASSWORD_CHANGE_REQUIRED_MESSAGE = "Vous devez d'abord remplacer votre mot de passe provisoire.";
