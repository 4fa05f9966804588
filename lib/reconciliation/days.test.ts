import { describe, expect, it } from "vitest";
import { addDays, canonicalTimeZone, dayRanges, daysBetween, isCalendarDay, localDay } from "./days";

const iso = (d: Date) => d.toISOString();

describe("dayRanges", () => {
  it("gives UTC days of 24 hours", () => {
    expect(dayRanges("2026-03-07", "2026-03-08", "UTC").map((d) => [d.day, iso(d.start), iso(d.end)])).toEqual([
      ["2026-03-07", "2026-03-07T00:00:00.000Z", "2026-03-08T00:00:00.000Z"],
      ["2026-03-08", "2026-03-08T00:00:00.000Z", "2026-03-09T00:00:00.000Z"],
    ]);
  });

  it("makes the spring-forward day 23 hours and the fall-back day 25 hours long", () => {
    const [spring] = dayRanges("2026-03-08", "2026-03-08", "America/New_York");
    expect([iso(spring.start), iso(spring.end)]).toEqual(["2026-03-08T05:00:00.000Z", "2026-03-09T04:00:00.000Z"]);
    const [fall] = dayRanges("2026-11-01", "2026-11-01", "America/New_York");
    expect(fall.end.getTime() - fall.start.getTime()).toBe(25 * 3600_000);
  });

  it("handles half- and quarter-hour offsets on bucket boundaries", () => {
    expect(iso(dayRanges("2026-03-08", "2026-03-08", "Asia/Kolkata")[0].start)).toBe("2026-03-07T18:30:00.000Z");
    expect(iso(dayRanges("2026-01-01", "2026-01-01", "Asia/Kathmandu")[0].start)).toBe("2025-12-31T18:15:00.000Z");
    for (const d of dayRanges("2026-01-01", "2026-12-31", "Australia/Lord_Howe"))
      expect(d.start.getTime() % (15 * 60_000)).toBe(0);
  });

  it("starts a day whose midnight is skipped by DST at the first instant that exists", () => {
    // Chile springs forward at 24:00: 2026-09-06 starts at 01:00 local (04:00 UTC).
    const [d] = dayRanges("2026-09-06", "2026-09-06", "America/Santiago");
    expect(iso(d.start)).toBe("2026-09-06T04:00:00.000Z");
    expect(d.end.getTime() - d.start.getTime()).toBe(23 * 3600_000);
  });

  it("tiles a year without gaps or overlaps", () => {
    const days = dayRanges("2026-01-01", "2026-12-31", "America/New_York");
    expect(days).toHaveLength(365);
    for (let i = 1; i < days.length; i++) expect(days[i].start.getTime()).toBe(days[i - 1].end.getTime());
    for (const d of days) expect(localDay(d.start, "America/New_York")).toBe(d.day);
  });
});

describe("day helpers", () => {
  it("validates and counts calendar days", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-3-1")).toBe(false);
    expect(daysBetween("2025-01-01", "2026-01-01")).toBe(366);
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("knows IANA time zones and rejects others", () => {
    expect(canonicalTimeZone("utc")).toBe("UTC");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
  });
});
