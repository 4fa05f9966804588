// Public API of the postback template engine. Pure and isomorphic: no database, no node: imports,
// so the editor can lint and preview in the browser with the same code the worker sends with.
export type { TemplateContext } from "./context";
export type { TemplateError } from "./errors";
export { lintTemplate, type TemplatePlace } from "./lint";
export { lintPostbackConfig, type PostbackConfigErrors } from "./lint-config";
export {
  type DynamicMacroDefinition,
  dynamicMacros,
  type MacroDefinition,
  type MacroValue,
  type MacroValueType,
  macroCatalogue,
} from "./macros";
export { maskSecret } from "./mask-secret";
export { type ModifierDefinition, type ModifierKind, type ModifierName, modifierCatalogue } from "./modifiers";
export { type ParsedTemplate, parseTemplate } from "./parse";
export type { ParseOptions } from "./parse-macro";
export type { PostbackConfig } from "./postback-config";
export { type RenderedRequest, type RenderResult, renderPostback } from "./render";
export { DEFAULT_CONTENT_TYPES } from "./render-body";
export type { Header } from "./render-headers";
export { sampleTemplateContext } from "./sample-context";
export type { MacroSegment, ModifierCall, Segment, TextSegment } from "./segments";
