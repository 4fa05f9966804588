// GET /api/v1/openapi.json - the API description (public, like any API reference)
import type { NextRequest } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";

export function GET(req: NextRequest) {
  return Response.json(openApiDocument(req.nextUrl.origin));
}
