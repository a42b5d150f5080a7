// A news outlet tells the events; it is a party to none of them. The role finders reach an outlet
// where the press names whom it told or who told it ("وقال مسؤول لـ«الصحيفة» إنهم يشجبون"، "وأعلنت
// وكالة الأنباء مداهمة 40 منزلا"، "حسب الوكالة، طلب الوزير"، "الصحيفة - اعتقلت الشرطة"), and the
// event went to the outlet. SaudiNewsNet 2015-07-24 + 2015-08-06 (3,000 records): 28 events had a
// media or news-agency source and 8 such a target; reading them, the outlet acted in none (an
// interview, a relay, a dateline, an agency's report of a raid). The annotators of the development
// sets code no event with an outlet as its source or target. An attack on an outlet (a channel's
// office stormed, a site blocked) is an act of force against it, so a force keeps an outlet as its
// target unless ل ties it ("قال لـ«القناة»": whom it was told to).
import type { Arg } from "./arguments.ts";
import { FORCE } from "./event-classes.ts";
import type { PloverType } from "../core/contract.ts";
import { subtypeOf } from "./places.ts";

/** The knowledge base's subtypes of news media (data/kb/media.tsv). */
const OUTLET = new Set(["media", "news_agency"]);

/** Is `a` a news outlet the knowledge base knows? */
export const isOutlet = (a: Arg | null): boolean => !!a?.id && OUTLET.has(subtypeOf(a.id) ?? "");

/** `a` unless it is an outlet that cannot hold the role: never the source; the target only of a
 *  force, and not when written with ل. */
export function notOutlet(a: Arg | null, role: "source" | "target", type: PloverType): Arg | null {
  if (!isOutlet(a)) return a;
  if (role === "target" && FORCE.has(type) && a!.clitic !== "ل") return a;
  return null;
}
