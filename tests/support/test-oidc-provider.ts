import { createServer, type IncomingMessage, type Server } from "node:http";
import { TEST_ACR, TEST_OIDC_CLIENT, testOidcIssuer, testOidcPort } from "./test-oidc-settings";

export type TestIdentity = { email: string; emailVerified?: boolean; givenName: string; usualName: string };

async function formBody(request: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of request) body += String(chunk);
  return new URLSearchParams(body);
}

const page = (title: string, content: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${content}</main></body></html>`;

/**
 * A real OpenID Connect provider (node-oidc-provider, as certified by the OpenID Foundation) standing
 * in for ProConnect: discovery, authorization code with PKCE, signed ID tokens, userinfo and
 * RP-initiated logout. Its sign-in page asks for an identifier from `identities` and lets the test say
 * whether a second factor was used, which sets the acr of the ID token.
 */
export async function startTestOidcProvider(
  appUrl: string,
  identities: Map<string, TestIdentity>,
): Promise<{ stop(): Promise<void> }> {
  const { default: Provider } = await import("oidc-provider");
  const provider = new Provider(testOidcIssuer(), {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT.clientId,
        client_secret: TEST_OIDC_CLIENT.clientSecret,
        redirect_uris: [`${appUrl}/api/auth/callback/proconnect`],
        post_logout_redirect_uris: [`${appUrl}/`],
      },
    ],
    // The library's defaults (acr, auth_time, sid, iss) must be restated when claims are configured.
    claims: {
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ["sub"],
      email: ["email", "email_verified"],
      given_name: ["given_name"],
      usual_name: ["usual_name"],
    },
    acrValues: [TEST_ACR.single, TEST_ACR.strong],
    cookies: { keys: ["cle-des-cookies-du-fournisseur-de-test"] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = page(
            "Déconnexion du fournisseur d'identité",
            `${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Oui, me déconnecter</button>`,
          );
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => {
      const identity = identities.get(id);
      if (!identity) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: identity.email,
          email_verified: identity.emailVerified ?? true,
          given_name: identity.givenName,
          usual_name: identity.usualName,
        }),
      };
    },
  });
  const handle = provider.callback();
  const server: Server = createServer((request, response) => {
    const uid = /^\/interaction\/([^/?]+)/.exec(request.url ?? "")?.[1];
    if (!uid) return void handle(request, response);
    void (async () => {
      const details = await provider.interactionDetails(request, response);
      if (request.method !== "POST") {
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end(
          page(
            "Fournisseur d'identité de test",
            `<form method="post" action="/interaction/${uid}">
              <label for="login">Identifiant</label> <input id="login" name="login" required>
              <input type="checkbox" id="strong" name="strong"> <label for="strong">Avec un second facteur</label>
              <button type="submit">Se connecter</button></form>`,
          ),
        );
        return;
      }
      const form = await formBody(request);
      const accountId = form.get("login") ?? "";
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      await provider.interactionFinished(
        request,
        response,
        {
          login: { accountId, acr: form.has("strong") ? TEST_ACR.strong : TEST_ACR.single },
          consent: { grantId: await grant.save() },
        },
        { mergeWithLastSubmission: false },
      );
    })().catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(testOidcPort(), "127.0.0.1", resolve));
  return { stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
