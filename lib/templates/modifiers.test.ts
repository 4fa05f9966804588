import { describe, expect, it } from "vitest";
import { renderPostback } from "./render";
import { config, contextWith, renderRaw } from "./test-fixtures";

// Raw bodies show a macro's value without any encoding, so each modifier is seen on its own.
describe("modifiers", () => {
  it("lower, upper and trim", () => {
    expect(renderRaw("{campaign_name|lower}")).toBe("black friday – us ios");
    expect(renderRaw("{campaign_name|upper}")).toBe("BLACK FRIDAY – US IOS");
    const ctx = contextWith({ properties: { v: " \t Mixed Case \n" } });
    expect(renderRaw("[{properties.v|trim}]", ctx)).toBe("[Mixed Case]");
    expect(renderRaw("[{properties.v|trim|lower}]", ctx)).toBe("[mixed case]");
  });

  it("dates: ISO by default, unix, unix_ms, iso and date", () => {
    const ctx = contextWith({ event: { occurredAt: new Date("2026-11-27T10:00:00.999Z") } });
    expect(renderRaw("{event_time}", ctx)).toBe("2026-11-27T10:00:00.999Z");
    expect(renderRaw("{event_time|unix}", ctx)).toBe("1795773600");
    expect(renderRaw("{event_time|unix_ms}", ctx)).toBe("1795773600999");
    expect(renderRaw("{event_time|iso}", ctx)).toBe("2026-11-27T10:00:00.999Z");
    expect(renderRaw("{event_time|date}", ctx)).toBe("2026-11-27");
    expect(renderRaw("{click_time|unix} {install_time|date} {timestamp}")).toBe(
      "1795162530 2026-11-20 2026-11-27T10:00:02.000Z",
    );
  });

  it("date modifiers leave a default's text as written", () => {
    expect(renderRaw("{install_time|default:never|unix}", contextWith({ event: { installAt: null } }))).toBe("never");
  });

  it("cents multiplies exactly and rounds half away from zero", () => {
    const cases: [string, string][] = [
      ["49.99", "4999"],
      ["10", "1000"],
      ["0.005", "1"],
      ["0.004", "0"],
      ["-0.005", "-1"],
      ["-0.004", "0"],
      ["0.115", "12"],
      ["1.005", "101"],
      ["123456789012345.125", "12345678901234513"],
      ["0", "0"],
    ];
    for (const [revenue, cents] of cases) {
      expect(renderRaw("{revenue|cents}", contextWith({ delivery: { revenue } }))).toBe(cents);
    }
  });

  it("cents on text that is not an amount is a render error", () => {
    const result = renderPostback(
      config({ bodyType: "raw", bodyTemplate: "c={properties.v|cents}" }),
      contextWith({ properties: { v: "1,5" } }),
    );
    expect(result).toEqual({
      ok: false,
      skipped: false,
      errors: [
        {
          message: '{properties.v}: "1,5" is not an amount, so "cents" cannot convert it',
          index: 2,
          length: 20,
          field: "bodyTemplate",
        },
      ],
    });
  });

  it("sha256, md5 and base64 of the UTF-8 bytes, lowercase hex", () => {
    const ctx = contextWith({ properties: { email: "  User@Example.com ", v: "abc", u: "é日本🎉" } });
    expect(renderRaw("{properties.v|sha256}", ctx)).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(renderRaw("{properties.email|trim|lower|sha256}", ctx)).toBe(
      "b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514",
    );
    expect(renderRaw("{properties.v|md5}", ctx)).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(renderRaw("{properties.u|base64}", ctx)).toBe("w6nml6XmnKzwn46J");
    expect(renderRaw("{properties.v|md5|upper}", ctx)).toBe("900150983CD24FB0D6963F7D28E17F72");
  });

  it("hashes a date's ISO text", () => {
    expect(renderRaw("{event_time|sha256}")).toBe("4387ca8953fd5a002ff6018217dfbd8364e6a7f54b1933a3e178fc8c7bbbb793");
  });

  it("urlencode percent-encodes once outside URLs", () => {
    expect(renderRaw("{adgroup_name|urlencode}")).toBe("Lookalike%201%25%20%26%20retargeting");
  });

  it("raw is a no-op where nothing is encoded", () => {
    expect(renderRaw("{adgroup_name|raw}")).toBe("Lookalike 1% & retargeting");
  });

  it("default applies only when the value is missing or becomes empty, and may contain colons", () => {
    expect(renderRaw("{country|default:ZZ}")).toBe("US");
    expect(renderRaw("{gaid|default:a:b}")).toBe("a:b");
    expect(renderRaw("{properties.v|trim|default:blank}", contextWith({ properties: { v: "   " } }))).toBe("blank");
    expect(renderRaw("{properties.missing|default:none}")).toBe("none");
  });

  it("missing values render as empty text by default; a macro is never emitted literally", () => {
    expect(renderRaw("[{gaid}][{properties.nope}][{secret.nope}]")).toBe("[][][]");
  });

  it("partner_event_name falls back to the event name", () => {
    expect(renderRaw("{partner_event_name}", contextWith({ delivery: { partnerEventName: null } }))).toBe("purchase");
  });

  it("required in a raw body skips the postback", () => {
    expect(renderPostback(config({ bodyType: "raw", bodyTemplate: "{gaid|lower|required}" }), contextWith())).toEqual({
      ok: false,
      skipped: true,
      reason: "required value {gaid} is missing",
    });
  });
});
