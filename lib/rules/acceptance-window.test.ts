import { describe, expect, it } from "vitest";
import { checkAcceptanceWindow } from "./acceptance-window";
import { makeEvent, makeNetwork } from "./test-factories";

const H = 3_600_000;
const clickAt = new Date("2026-11-25T10:00:00Z");
const installAt = new Date("2026-11-25T12:00:00Z");
const network = makeNetwork({ acceptanceWindowHours: 48 });
const plus = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe("checkAcceptanceWindow", () => {
  it("runs from the click", () => {
    const event = makeEvent({ clickAt, installAt });
    expect(checkAcceptanceWindow(network, event, clickAt)).toEqual({
      deadlineAt: plus(clickAt, 48 * H),
      lateReason: null,
    });
  });

  it("is on time exactly at the deadline", () => {
    const event = makeEvent({ clickAt });
    expect(checkAcceptanceWindow(network, event, plus(clickAt, 48 * H)).lateReason).toBeNull();
  });

  it("is late one ms after the deadline", () => {
    const event = makeEvent({ clickAt });
    expect(checkAcceptanceWindow(network, event, plus(clickAt, 48 * H + 1))).toEqual({
      deadlineAt: plus(clickAt, 48 * H),
      lateReason: "postback would arrive 48 h 1 min after the click; Acme accepts 48 h",
    });
  });

  it("names whole hours late", () => {
    const event = makeEvent({ clickAt });
    expect(checkAcceptanceWindow(network, event, plus(clickAt, 49 * H)).lateReason).toBe(
      "postback would arrive 49 h after the click; Acme accepts 48 h",
    );
  });

  it("runs from the install when there is no click time", () => {
    const event = makeEvent({ installAt });
    expect(checkAcceptanceWindow(network, event, plus(installAt, 50 * H))).toEqual({
      deadlineAt: plus(installAt, 48 * H),
      lateReason: "postback would arrive 50 h after the install; Acme accepts 48 h",
    });
  });

  it("applies no window with neither a click nor an install time", () => {
    expect(checkAcceptanceWindow(network, makeEvent(), plus(clickAt, 1000 * H))).toEqual({
      deadlineAt: null,
      lateReason: null,
    });
  });

  it("applies no window when the network has none", () => {
    const open = makeNetwork({ acceptanceWindowHours: null });
    expect(checkAcceptanceWindow(open, makeEvent({ clickAt }), plus(clickAt, 1000 * H))).toEqual({
      deadlineAt: null,
      lateReason: null,
    });
  });

  it("names the network by slug when it has no display name", () => {
    const unnamed = makeNetwork({ acceptanceWindowHours: 24, name: undefined });
    expect(checkAcceptanceWindow(unnamed, makeEvent({ clickAt }), plus(clickAt, 25 * H)).lateReason).toBe(
      "postback would arrive 25 h after the click; acme accepts 24 h",
    );
  });
});
