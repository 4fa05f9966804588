export {
  type AllowList,
  parseAllowList,
} from "./address-policy";
export type { SendErrorClass } from "./classify-send-error";
export { DELIVERY_ID_HEADER } from "./headers";
export { closeOutboundAgents } from "./pinned-agent";
export {
  type SendResult,
  sendRequest,
  USER_AGENT,
} from "./send-request";
export { validatePostbackTarget } from "./validate-target";
