import { Link } from "@/components/link";

/** The first cells of a habilitation request's row in the Caf's lists: its reference, linking to it, and who asks. */
export function RequestReferenceCells({ request }: { request: { id: string; reference: string; legalName: string } }) {
  return (
    <>
      <td className="p-2">
        <Link href={`/caf/demandes/${request.id}`}>{request.reference}</Link>
      </td>
      <td className="p-2">{request.legalName}</td>
    </>
  );
}
