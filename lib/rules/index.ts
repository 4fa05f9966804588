export type { RuleConfig, NetworkConfig, EventFacts, Decision, PendingDecision, ClosedDecision } from "./types";
export { evaluateEvent } from "./evaluate-event";
export { explainNoDecision } from "./explain-no-decision";
export { selectRule, CATCH_ALL_EVENT, type RuleSelection } from "./select-rule";
export { toEventFacts } from "./event-facts";
export { ruleInputSchema, ruleUpdateSchema, type RuleInput, type RuleUpdate } from "./schemas";
