// Which bodies speak and act for a state: a heading's "مصر تدين" and the body's "أدانت وزارة
// الخارجية المصرية" are one statement, the state and its organ. The knowledge base gives every
// body a country, the state's own and those that fight it or oppose it alike: the PKK is a
// Turkish body, and "شنت مقاتلات تركية غارات … وبدأت حملة قصف … حزب العمال الكردستاني" read as
// one event of one actor gave Turkey's raids to the PKK. A body of a kind that is no part of a
// state (an armed group, a party, a company …) is never its organ.
import { subtypeOf } from "./places.ts";

/** Knowledge-base subtypes of bodies that belong to a country without acting for its state. */
const NOT_ORGANS = new Set(["militant_group", "armed_group", "militia", "opposition", "party", "ngo", "company", "think_tank", "football_club", "sports_body", "university"]);

/** Can the body with this id act for its country's state (a ministry, an army, an agency; an id the KB does not know)? */
export const mayBeOrgan = (id: string): boolean => !NOT_ORGANS.has(subtypeOf(id) ?? "");
