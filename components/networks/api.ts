// Typed browser calls to the networks API. Types come from lib with dates as the strings JSON carries.
import { apiFetch } from "@/components/ui/api";
import type { PreviewRequest, PreviewResult } from "@/lib/networks/preview";
import type { NetworkCreateInput, NetworkUpdateInput } from "@/lib/networks/schemas";
import type { TestPostbackResult } from "@/lib/networks/test-postback";
import type { NetworkView } from "./editor-state";

/** What a value looks like after JSON.stringify/parse: dates become ISO strings. */
type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

export type PreviewResponse = Json<PreviewResult>;
export type TestResponse = Json<TestPostbackResult>;

export const networksApi = {
  create: (body: NetworkCreateInput) =>
    apiFetch<{ network: NetworkView }>("/api/v1/networks", { method: "POST", body }),
  update: (id: string, body: NetworkUpdateInput) =>
    apiFetch<{ network: NetworkView }>(`/api/v1/networks/${encodeURIComponent(id)}`, { method: "PATCH", body }),
  restore: (id: string) =>
    apiFetch<{ network: NetworkView }>(`/api/v1/networks/${encodeURIComponent(id)}/restore`, { method: "POST" }),
  remove: (id: string) => apiFetch<null>(`/api/v1/networks/${encodeURIComponent(id)}`, { method: "DELETE" }),
  preview: (body: PreviewRequest) => apiFetch<PreviewResponse>("/api/v1/networks/preview", { method: "POST", body }),
  test: (id: string, body: { postback?: PreviewRequest["postback"]; eventId?: string }) =>
    apiFetch<TestResponse>(`/api/v1/networks/${encodeURIComponent(id)}/test`, { method: "POST", body }),
};
