export { evaluateEvent } from "./evaluate-event";
export { explainNoDecision } from "./explain-no-decision";
export { type RuleInput, type RuleUpdate, ruleInputSchema, ruleUpdateSchema } from "./schemas";
export { CATCH_ALL_EVENT, type RuleSelection, selectRule } from "./select-rule";
export type { ClosedDecision, Decision, EventFacts, NetworkConfig, PendingDecision, RuleConfig } from "./types";
