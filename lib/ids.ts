import { v7 as uuidv7 } from "uuid";

// Time-ordered ids: new rows append to the end of indexes and keyset pagination by id follows
// creation order.
export function newId(): string {
  return uuidv7();
}
