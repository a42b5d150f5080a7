// Which STIX object an entity becomes. Armed groups (the knowledge base's subtype column:
// militant_group and the like) are threat actors; other people and organizations are
// identities; places with coordinates are locations. Read from data/kb, so an analyst marks a
// group by editing its row, not this code.
import type { EntityOut } from "../core/contract.ts";
import { kbRowFiles } from "../kb/files.ts";
import { readKbEntries } from "../kb/load.ts";

export type StixKind = "threat-actor" | "identity" | "location";
export type Classifier = (e: EntityOut) => StixKind | null;

export const ARMED_SUBTYPES = new Set(["militant_group", "armed_group", "militia", "terrorist_group", "insurgent_group"]);

/** Ids the knowledge base marks as armed groups. */
export function armedGroupIds(files = kbRowFiles()): Set<string> {
  return new Set(readKbEntries(files, []).filter((e) => ARMED_SUBTYPES.has(e.subtype)).map((e) => e.id));
}

export function classifier(armed: Set<string>): Classifier {
  return (e) => {
    if (e.type === "PERSON") return "identity";
    if (e.type === "ORG") return armed.has(e.id) ? "threat-actor" : "identity";
    return e.geo ? "location" : null;   // a place without coordinates has nothing a STIX location requires
  };
}
