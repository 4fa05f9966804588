export {
  type AddressVerdict,
  type AllowList,
  EMPTY_ALLOW_LIST,
  isBlockedAddress,
  parseAllowList,
} from "./address-policy";
export type { SendErrorClass } from "./classify-send-error";
export { DELIVERY_ID_HEADER } from "./headers";
export { parseRetryAfter } from "./parse-retry-after";
export { closeOutboundAgents } from "./pinned-agent";
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  type OutboundHeader,
  type SendRequestInput,
  type SendResult,
  sendRequest,
  USER_AGENT,
} from "./send-request";
export { type TargetValidation, validatePostbackTarget } from "./validate-target";
