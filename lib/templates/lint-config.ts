import { type TemplateError, templateError } from "./errors";
import { lintTemplate, type TemplatePlace } from "./lint";
import type { ParseOptions } from "./parse-macro";
import type { PostbackConfig } from "./postback-config";

/**
 * Errors keyed by config field: "urlTemplate", "headers.<i>.name", "headers.<i>.value",
 * "bodyType", "bodyTemplate". Only fields with problems appear; `{}` means the config is valid.
 */
export type PostbackConfigErrors = Record<string, TemplateError[]>;

// RFC 9110 token: what a header name may contain.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const BODY_PLACE: Record<Exclude<PostbackConfig["bodyType"], "none">, TemplatePlace> = {
  json: "body-json",
  form: "body-form",
  raw: "body-raw",
};

export function lintPostbackConfig(config: PostbackConfig, options: ParseOptions = {}): PostbackConfigErrors {
  const result: PostbackConfigErrors = {};
  const add = (field: string, errors: TemplateError[]) => {
    if (errors.length > 0) result[field] = errors.map((e) => ({ ...e, field }));
  };

  add("urlTemplate", lintTemplate(config.urlTemplate, "url", options));
  config.headers.forEach((header, i) => {
    if (!HEADER_NAME.test(header.name)) {
      add(`headers.${i}.name`, [
        templateError(
          header.name === ""
            ? "the header needs a name"
            : "a header name may only contain letters, digits and - _ . ! # $ % & ' * + ^ ` | ~",
          0,
          header.name.length,
        ),
      ]);
    }
    add(`headers.${i}.value`, lintTemplate(header.value, "header", options));
  });
  if (config.bodyType !== "none") {
    if (config.method === "GET") {
      add("bodyType", [templateError("a GET postback cannot have a body: choose POST or PUT, or no body", 0, 0)]);
    }
    add("bodyTemplate", lintTemplate(config.bodyTemplate, BODY_PLACE[config.bodyType], options));
  }
  return result;
}
