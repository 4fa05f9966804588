/**
 * A problem in a template, positioned for an editor to underline: `index` is a 0-based offset
 * into the template string and `length` how many characters it covers (0 for "at this point").
 * `field` is set when the error is reported for a whole postback config
 * ("urlTemplate", "headers.0.value", "bodyTemplate", ...).
 */
export interface TemplateError {
  message: string;
  index: number;
  length: number;
  field?: string;
}

export function templateError(message: string, index: number, length: number): TemplateError {
  return { message, index, length };
}
