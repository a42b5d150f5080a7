// "تمكن المقاتلون من طرد تنظيم داعش من الحي"، "وطردت القوات ميليشيات الحوثي": driving an armed group
// out of ground is fighting for it (PLOVER ASSAULT), not the expulsion of people (COERCE expel:
// migrants, diplomats, residents). News of 2015, all days: 101 hits of طرد before an armed group's
// word within four words, 20 read, all taking ground by force (told, planned or demanded).
import type { Arg } from "./arguments.ts";
import { subtypeOf } from "./places.ts";

const ARMED_ROLES = new Set(["armed", "rebels", "military"]);

/** Is the one expelled an armed group: a militant group of the knowledge base, or unnamed fighters? */
export function armedGroup(x: Arg | null): boolean {
  if (!x) return false;
  return x.id ? subtypeOf(x.id) === "militant_group" : !!x.role && ARMED_ROLES.has(x.role);
}
