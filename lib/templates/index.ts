// Public API of the postback template engine. Pure and isomorphic: no database, no node: imports,
// so the editor can lint and preview in the browser with the same code the worker sends with.
export type { TemplateContext } from "./context";
export type { TemplateError } from "./errors";
export { macroCatalogue, dynamicMacros, type MacroDefinition, type DynamicMacroDefinition, type MacroValue, type MacroValueType } from "./macros";
export { modifierCatalogue, type ModifierDefinition, type ModifierName, type ModifierKind } from "./modifiers";
export { sampleTemplateContext } from "./sample-context";
export { parseTemplate, type ParsedTemplate } from "./parse";
export type { ParseOptions } from "./parse-macro";
export type { Segment, TextSegment, MacroSegment, ModifierCall } from "./segments";
export { lintTemplate, type TemplatePlace } from "./lint";
export { lintPostbackConfig, type PostbackConfigErrors } from "./lint-config";
export type { PostbackConfig } from "./postback-config";
export { renderPostback, type RenderResult, type RenderedRequest } from "./render";
export type { Header } from "./render-headers";
export { DEFAULT_CONTENT_TYPES } from "./render-body";
export { maskSecret } from "./mask-secret";
