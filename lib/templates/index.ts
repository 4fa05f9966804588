// Public API of the postback template engine. Pure and isomorphic: no database, no node: imports,
// so the editor can lint and preview in the browser with the same code the worker sends with.
export type { TemplateContext } from "./context";
export type { TemplateError } from "./errors";
export { lintPostbackConfig, type PostbackConfigErrors } from "./lint-config";
export {
  dynamicMacros,
  macroCatalogue,
} from "./macros";
export { modifierCatalogue } from "./modifiers";
export type { PostbackConfig } from "./postback-config";
export { renderPostback } from "./render";
export { sampleTemplateContext } from "./sample-context";
