/** How the request wizard and its server actions (new request, correction) word invalid input and a failure. */
export const REQUEST_FORM_MESSAGES = {
  invalid: "La demande contient des erreurs.",
  failure: "La demande n'a pas pu être enregistrée. Votre saisie est conservée : réessayez dans quelques instants.",
};
