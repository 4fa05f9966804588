import { BLOCKED_TARGET_CODE, DNS_FAILURE_CODE } from "./pinned-agent";

export type SendErrorClass =
  | "timeout"
  | "connect_timeout"
  | "connection"
  | "dns"
  | "blocked_target"
  | "tls"
  | "invalid_request";

const CODE_CLASSES: Record<string, SendErrorClass> = {
  [BLOCKED_TARGET_CODE]: "blocked_target",
  [DNS_FAILURE_CODE]: "dns",
  ENOTFOUND: "dns",
  EAI_AGAIN: "dns",
  EAI_FAIL: "dns",
  ENODATA: "dns",
  UND_ERR_CONNECT_TIMEOUT: "connect_timeout",
  UND_ERR_HEADERS_TIMEOUT: "timeout",
  UND_ERR_BODY_TIMEOUT: "timeout",
  UND_ERR_INVALID_ARG: "invalid_request",
  UND_ERR_NOT_SUPPORTED: "invalid_request",
  UND_ERR_REQ_CONTENT_LENGTH_MISMATCH: "invalid_request",
  ERR_INVALID_URL: "invalid_request",
  ERR_INVALID_ARG_TYPE: "invalid_request",
  ERR_INVALID_ARG_VALUE: "invalid_request",
  ERR_INVALID_HTTP_TOKEN: "invalid_request",
  ERR_INVALID_CHAR: "invalid_request",
  // Certificate verification failures carry OpenSSL's names rather than an ERR_ prefix.
  CERT_HAS_EXPIRED: "tls",
  CERT_NOT_YET_VALID: "tls",
  CERT_REVOKED: "tls",
  CERT_UNTRUSTED: "tls",
  CERT_REJECTED: "tls",
  DEPTH_ZERO_SELF_SIGNED_CERT: "tls",
  SELF_SIGNED_CERT_IN_CHAIN: "tls",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "tls",
  UNABLE_TO_GET_ISSUER_CERT: "tls",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "tls",
  HOSTNAME_MISMATCH: "tls",
  EPROTO: "tls",
};

/**
 * Maps whatever undici, net, tls or our lookup threw to an error class. Anything unknown is
 * "connection": it is retried, which is the safe side for an error we have not seen before.
 */
export function classifySendError(error: unknown): { errorClass: SendErrorClass; message: string } {
  const code = errorCode(error);
  const message = errorMessage(error, code);
  const known = code ? CODE_CLASSES[code] : undefined;
  if (known) return { errorClass: known, message };
  if (code && /^ERR_(TLS|SSL)_/.test(code)) return { errorClass: "tls", message };
  if (isOpenSslError(error)) return { errorClass: "tls", message };
  return { errorClass: "connection", message };
}

// Happy-eyeballs connects wrap per-address failures in an AggregateError; undici sometimes
// puts the socket error in `cause`.
function errorCode(error: unknown): string | undefined {
  const own = readCode(error);
  if (own) return own;
  if (error instanceof AggregateError) return error.errors.map(readCode).find((c) => c !== undefined);
  if (error instanceof Error) return readCode(error.cause);
  return undefined;
}

function readCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

function isOpenSslError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "library" in error && "reason" in error;
}

function errorMessage(error: unknown, code: string | undefined): string {
  let text = error instanceof Error ? error.message : String(error);
  if (error instanceof AggregateError && error.errors.length > 0) {
    text = error.errors.map((e: unknown) => (e instanceof Error ? e.message : String(e))).join("; ");
  }
  text = text.trim() || "request failed";
  // Our own codes are already spelled out by the message; system and undici codes help searching.
  const showCode = code !== undefined && !code.startsWith("RICOCHET_") && !text.includes(code);
  return showCode ? `${text} (${code})` : text;
}
