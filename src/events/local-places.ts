// A town is where things happen, not who does them. "أعنف معارك تشهدها المدينة منذ شهر"، "وادي
// الريح يستقبل الوزير غدا"، "رجال القبائل في البلدة هاجموا": a city, town, village, district or
// province read as the doer was the subject of a verb of witnessing, a host, the place of the people
// named before it or the genitive of a title ("حاكم المدينة"); the annotators name the doer elsewhere
// or not at all (K+EH+O+P: 27 events had such a place as their source, none right; on 1,459 news
// records 33, none of the 30 read an actor). A capital stands for its government ("أنقرة تشن
// غارات") and a region may have one (Iraqi Kurdistan): both act. Places the knowledge base does not
// hold keep their role: their kind is unknown.
import type { Arg } from "./arguments.ts";
import { subtypeOf } from "./places.ts";

/** Knowledge-base kinds of place below a state that have no government of their own to act. */
const LOCAL = new Set(["city", "town", "village", "district", "neighbourhood", "province", "governorate"]);

/** Is `a` a place below its state (not a capital, not a self-governing region) that the text can
 *  name as a doer only by mistake? */
export function localPlace(a: Arg | null): boolean {
  if (!a || !a.id || (a.type !== "GPE" && a.type !== "LOC")) return false;
  const sub = subtypeOf(a.id);
  return sub !== null && LOCAL.has(sub);
}
