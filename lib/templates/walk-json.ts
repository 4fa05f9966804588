import type { JsonNode, JsonString } from "./parse-json";

/** Calls `visit` for every string value (not keys) and `visitKey` for every object key, in order. */
export function walkJsonStrings(
  node: JsonNode,
  visit: (s: JsonString) => void,
  visitKey: (key: JsonString) => void = () => {},
): void {
  if (node.type === "string") visit(node);
  else if (node.type === "array") {
    for (const item of node.items) walkJsonStrings(item, visit, visitKey);
  } else if (node.type === "object") {
    for (const member of node.members) {
      visitKey(member.key);
      walkJsonStrings(member.value, visit, visitKey);
    }
  }
}
