import { problem } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

// Under /api/v1 every error is a problem document, an unknown address too (not Next's HTML 404).
function notFound(request: Request) {
  return problem("notFound", "Aucune ressource à cette adresse : voir /api/v1/openapi.json.", {
    instance: new URL(request.url).pathname,
  });
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT };
