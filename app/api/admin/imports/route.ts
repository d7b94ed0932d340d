import type { NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { importUpload, receiveUpload } from "@/lib/import/upload";
import { apiError, withApiErrors } from "@/lib/http/api-error";
import { privateJson } from "@/lib/http/private-response";
import { staffOfRequest } from "@/lib/http/staff-guard";

export const dynamic = "force-dynamic";

/** The page's form (no script needed) is sent back to the page; API clients get JSON. */
const fromPage = (request: NextRequest) => request.headers.get("sec-fetch-mode") === "navigate";
const backToPage = (params: Record<string, string>) =>
  new Response(null, { status: 303, headers: { Location: `/admin/catalog?${new URLSearchParams(params)}`, "Cache-Control": "private, no-store" } });

/**
 * Uploads and imports a catalog (docs/back-office.md, "Catalog"): multipart fields `products`
 * (required), `localInventory`, `stores`, `partial`. Admins only. 201 with the report; 400, 413,
 * 415 for an upload refused before anything is imported; 409 while another import runs.
 */
export const POST = withApiErrors(async (request: NextRequest) => {
  const staff = await staffOfRequest(request, { admin: true });
  if (!staff.ok) return staff.response;
  const upload = await receiveUpload(request.body, { contentType: request.headers.get("content-type"), contentLength: request.headers.get("content-length") });
  if (!upload.ok) return fromPage(request) ? backToPage({ error: upload.code }) : apiError(upload.status, upload.code, upload.message);
  const result = await importUpload(await getDb(), upload);
  if (!result.ok) {
    return fromPage(request) ? backToPage({ error: "import_running" }) : apiError(409, "import_running", "Another import is running; try again when it has finished.");
  }
  return fromPage(request) ? backToPage({ import: result.report.id }) : privateJson(result.report, { status: 201 });
});
