// A country's name that is also its nationality adjective: the knowledge base lists "تركية" (as
// the Levantine press spells Turkey, like "سورية") among Turkey's names, and the build derives the
// same word as the feminine adjective of تركي. After an indefinite noun it is the adjective
// ("طائرات حربية تركية": Turkish warplanes), and the statistical tagger, which learned no
// adjective as a name, is sure it names nothing; its veto then dropped the word, and with it the
// only mention of the state whose planes struck. Such a word is the country either way, so the
// tagger does not veto it (model-mentions.ts).
import type { FoundMention } from "./candidate.ts";
import type { Ctx } from "./words.ts";

/** Is m a one-word knowledge-base name that is also the nationality adjective of the same entry? */
export function ownAdjective(c: Ctx, m: FoundMention): boolean {
  if (m.via !== "kb" || m.tokens.end - m.tokens.start !== 1 || !m.kbId) return false;
  return c.gaz.adjective(m.key)?.id === m.kbId;
}
