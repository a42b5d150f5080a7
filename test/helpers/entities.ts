// Entities of a text through the real stages (analyze → findMentions → linkEntities) on the
// shipped KB, lexicons and tagger, for tests that assert which entity a surface form links to.
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { linkEntities } from "../../src/entities/link-entities.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

export function entities(text: string) {
  const doc = { text, ...analyze(text), mentions: [] as ReturnType<typeof findMentions> };
  doc.mentions = findMentions(doc, defaultResources());
  return linkEntities(doc, defaultResources());
}

/** The id of the entity one of whose mentions is exactly `surface`, or null. */
export const idOf = (text: string, surface: string): string | null =>
  entities(text).find((e) => e.mentions.some((m) => m.text === surface))?.id ?? null;

/** The coordinates given to the entity one of whose mentions is exactly `surface` (fails the test if none). */
export function geoOf(text: string, surface: string) {
  const es = entities(text);
  const e = es.find((x) => x.mentions.some((m) => m.text === surface));
  if (!e) throw new Error(`${surface} not found in ${JSON.stringify(es.map((x) => x.name))}`);
  return e.geo;
}
