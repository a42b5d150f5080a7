// The invented world the event tests are written in (names made up for these tests): two
// states, a town, an army, a front and a person, plus the helpers the test files share.
import { findEvents } from "../../src/events/find-events.ts";
import { makeDoc } from "../../eval/lib/fallback-text.ts";

export type TestEntity = { id: string; type: "GPE" | "ORG" | "PERSON"; forms: string[] };

export const WORLD: TestEntity[] = [
  { id: "g:north", type: "GPE", forms: ["نورستان"] },
  { id: "g:south", type: "GPE", forms: ["سودانيا"] },
  { id: "g:town", type: "GPE", forms: ["وادي الريح"] },
  { id: "o:army", type: "ORG", forms: ["جيش نورستان"] },
  { id: "o:front", type: "ORG", forms: ["جبهة التحرير"] },
  { id: "p:amin", type: "PERSON", forms: ["أمين فارس"] },
];

/** WORLD with the northern state's nationality adjective as one of its forms. */
export const WORLD_WITH_ADJECTIVE: TestEntity[] = WORLD.map((e) =>
  e.id === "g:north" ? { ...e, forms: [...e.forms, "النورستاني"] } : e);

export const PUB = "2021-03-10"; // a Wednesday

/** The events of `text` in `world`, published on PUB. */
export const eventsIn = (text: string, world: TestEntity[] = WORLD) => findEvents(makeDoc(text, world, PUB));

/** An assertion message listing events as [type, trigger, source, target, mode]. */
export const show = (evs: ReturnType<typeof findEvents>) =>
  JSON.stringify(evs.map((e) => [e.type, e.trigger, e.source, e.target, e.mode]));
