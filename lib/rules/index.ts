export { evaluateEvent } from "./evaluate-event";
export { explainNoDecision } from "./explain-no-decision";
export { selectRule } from "./select-rule";
export type { Decision, EventFacts, NetworkConfig } from "./types";
