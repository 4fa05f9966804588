"use client";
import { TriangleAlert } from "lucide-react";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { bodyTypes, httpMethods } from "@/lib/networks/schemas";
import type { PostbackConfigErrors } from "@/lib/templates";
import type { EditorState } from "./editor-state";
import { HeadersEditor } from "./headers-editor";
import { TemplateInput } from "./template-input";
import { TemplateProblems } from "./template-problems";

const BODY_LABELS: Record<EditorState["bodyType"], string> = {
  none: "No body",
  json: "JSON",
  form: "Form (url-encoded)",
  raw: "Raw text",
};
const BODY_PLACEHOLDER: Record<EditorState["bodyType"], string> = {
  none: "",
  json: '{\n  "click_id": "{click_id}",\n  "value": "{revenue|number}"\n}',
  form: "click_id={click_id}&value={revenue}",
  raw: "{click_id},{revenue}",
};

const exampleHost = (url: string) => /^https?:\/\/([^/?#{}]+\.example)(?=[/:?#]|$)/i.exec(url)?.[1] ?? null;

type Keys = "method" | "url" | "headers" | "bodyType" | "body";

/** Method, URL, headers and body of the postback, each template linted as it is typed. */
export function PostbackRequestCard({
  state,
  set,
  lint,
  error,
  secretNames,
  readOnly,
  onTypingMacro,
}: {
  state: Pick<EditorState, Keys>;
  set: <K extends Keys>(key: K, value: EditorState[K]) => void;
  lint: PostbackConfigErrors;
  error: (field: string) => string | null;
  secretNames: readonly string[];
  readOnly: boolean;
  onTypingMacro: (field: string, braceIndex: number | null) => void;
}) {
  const host = exampleHost(state.url);
  const hasBody = state.method !== "GET";
  return (
    <Card>
      <CardHeader
        title="Postback request"
        description={
          readOnly ? (
            "What Ricochet sends to this partner for each conversion."
          ) : (
            <>
              Type <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs">{"{"}</kbd> for
              the list of macros, and{" "}
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs">|</kbd> after a macro
              name for modifiers such as <code className="font-mono text-xs">{"{revenue|cents}"}</code>.
            </>
          )
        }
      />
      <div className="space-y-5 px-5 py-5">
        <div className="space-y-5">
          <Field label="Method" htmlFor="net-method" error={error("postback.method")} className="max-w-[10rem]">
            <Select
              id="net-method"
              value={state.method}
              disabled={readOnly}
              onChange={(e) => {
                const method = e.target.value as EditorState["method"];
                set("method", method);
                if (method === "GET") set("bodyType", "none");
              }}
            >
              {httpMethods.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </Select>
          </Field>
          <div>
            <label htmlFor="net-url" className="block text-sm font-medium text-slate-700">
              URL template
            </label>
            <div className="mt-1">
              <TemplateInput
                id="net-url"
                value={state.url}
                onChange={(v) => set("url", v)}
                errors={lint.urlTemplate ?? []}
                secretNames={secretNames}
                onTypingMacro={(brace) => onTypingMacro("urlTemplate", brace)}
                invalid={Boolean(error("postback.url"))}
                readOnly={readOnly}
                placeholder="https://postback.partner.com/pb?click_id={click_id}"
                aria-describedby="net-url-problems"
              />
            </div>
            <TemplateProblems id="net-url-problems" text={state.url} errors={lint.urlTemplate ?? []} />
            {error("postback.url") && (
              <p className="mt-1 text-xs text-red-600" data-testid="url-api-error">
                {error("postback.url")}
              </p>
            )}
            {host && !readOnly && (
              <p className="mt-1.5 flex items-start gap-1.5 text-xs text-amber-700">
                <TriangleAlert className="mt-px size-3.5 shrink-0" aria-hidden />
                <span>
                  <code className="font-mono">{host}</code> is a placeholder from the example: replace it with the
                  address your partner gave you before saving.
                </span>
              </p>
            )}
          </div>
        </div>

        <div>
          <p className="text-sm font-medium text-slate-700">Headers</p>
          <div className="mt-2">
            <HeadersEditor
              rows={state.headers}
              onChange={(rows) => set("headers", rows)}
              lint={lint}
              apiErrors={error}
              secretNames={secretNames}
              readOnly={readOnly}
              onTypingMacro={onTypingMacro}
            />
          </div>
        </div>

        {hasBody && (
          <div className="space-y-3">
            <Field
              label="Body"
              htmlFor="net-bodyType"
              error={error("postback.bodyType") ?? lint.bodyType?.[0]?.message ?? null}
            >
              <Select
                id="net-bodyType"
                value={state.bodyType}
                disabled={readOnly}
                className="max-w-xs"
                onChange={(e) => set("bodyType", e.target.value as EditorState["bodyType"])}
              >
                {bodyTypes.map((b) => (
                  <option key={b} value={b}>
                    {BODY_LABELS[b]}
                  </option>
                ))}
              </Select>
            </Field>
            {state.bodyType !== "none" && (
              <div>
                <TemplateInput
                  id="net-body"
                  aria-label="Body template"
                  value={state.body}
                  onChange={(v) => set("body", v)}
                  errors={lint.bodyTemplate ?? []}
                  onTypingMacro={(brace) => onTypingMacro("bodyTemplate", brace)}
                  invalid={Boolean(error("postback.body"))}
                  secretNames={secretNames}
                  readOnly={readOnly}
                  minRows={8}
                  placeholder={BODY_PLACEHOLDER[state.bodyType]}
                  aria-describedby="net-body-problems"
                />
                <TemplateProblems id="net-body-problems" text={state.body} errors={lint.bodyTemplate ?? []} />
                {error("postback.body") && <p className="mt-1 text-xs text-red-600">{error("postback.body")}</p>}
                {state.bodyType === "json" && !readOnly && (
                  <p className="mt-1.5 text-xs text-slate-500">
                    Put macros inside strings: <code className="font-mono">{'"{revenue|number}"'}</code> writes a
                    number, <code className="font-mono">{'"{click_id|omit}"'}</code> drops the key when there is no
                    value.
                  </p>
                )}
              </div>
            )}
          </div>
        )}
      </div>
    </Card>
  );
}
