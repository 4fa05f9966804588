export { isBlockedAddress, parseAllowList, EMPTY_ALLOW_LIST, type AllowList, type AddressVerdict } from "./address-policy";
export { validatePostbackTarget, type TargetValidation } from "./validate-target";
export {
  sendRequest,
  USER_AGENT,
  DEFAULT_MAX_RESPONSE_BYTES,
  type SendRequestInput,
  type SendResult,
  type OutboundHeader,
} from "./send-request";
export type { SendErrorClass } from "./classify-send-error";
export { closeOutboundAgents } from "./pinned-agent";
export { parseRetryAfter } from "./parse-retry-after";
