// Outlets whose name begins with a nationality adjective ("المصري اليوم", "السوداني", "العربي
// الجديد") are also ordinary phrases: in "بوزير الخارجية المصري اليوم" the adjective describes the
// minister and "اليوم" is "today". An adjective that follows a definite noun directly (same
// sentence, nothing but a space between, no conjunction or preposition on it) agrees with that
// noun, so the span is not the outlet: it is the adjective, a mention of its country, as the
// recognizer would have found it. After an indefinite head ("صحيفة المصري اليوم"), a verb
// ("نشرت المصري اليوم") or a quotation mark, the name stands.
import type { Token } from "../core/document.ts";
import type { FoundMention } from "../mentions/candidate.ts";
import { isWord } from "../mentions/candidate.ts";
import type { Gazetteer, NameEntry } from "../mentions/gazetteer.ts";

const MEDIA = new Set(["media", "news_agency"]);

/**
 * The adjective mention that replaces a medium's name read inside a noun phrase, or null when the
 * mention stands. `es`: the mention's candidate entries.
 */
export function adjectiveNotMedium(m: FoundMention, es: readonly NameEntry[], tokens: readonly Token[], text: string, gaz: Gazetteer): FoundMention | null {
  if (m.via !== "kb" || m.tokens.end - m.tokens.start < 2) return null;
  for (const e of es) if (!MEDIA.has(e.subtype)) return null;
  const i = m.tokens.start, t = tokens[i], prev = tokens[i - 1];
  if (m.start !== t.start || !isWord(prev) || prev.sentence !== t.sentence || !prev.readings[0].article) return null;
  for (let p = prev.end; p < t.start; p++) if (text.charCodeAt(p) !== 0x20) return null;
  const country = gaz.adjective(t.norm);
  if (!country) return null;
  return {
    start: t.start, end: t.end, text: t.text, type: country.type, kbId: country.id, via: "adjective", score: 0.3,
    tokens: { start: i, end: i + 1 }, key: t.norm, candidates: [country.id], role: "adjective",
  };
}
