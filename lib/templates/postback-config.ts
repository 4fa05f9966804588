/** What a network's postback looks like; the shape stored per network/rule and edited in the UI. */
export interface PostbackConfig {
  method: "GET" | "POST" | "PUT";
  urlTemplate: string;
  /** Names are literal; values are templates. */
  headers: { name: string; value: string }[];
  bodyType: "none" | "json" | "form" | "raw";
  /** Ignored when bodyType is "none". */
  bodyTemplate: string;
}
