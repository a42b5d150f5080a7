// The output every article gets: `rasid.document/1`, as specified in shared/contract/CONTRACT.md
// and in schema/rasid.document.schema.json. Fields may be added; none may change meaning.

export const SCHEMA_ID = "rasid.document/1";

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "FAC";

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface Span { start: number; end: number }

export interface MentionOut extends Span { text: string }

export interface Geo { lat: number; lon: number; country: string | null }

export interface EntityOut {
  id: string;                 // wd:Q…, gn:…, rasid:…
  type: EntityType;
  name: string;
  name_en: string | null;
  mentions: MentionOut[];
  geo?: Geo;
}

export type Stance = "asserted" | "alleged" | "denied";

export interface QuoteOut extends Span {
  speaker: string | null;
  speaker_text: string | null;
  cue: string;
  text: string;
  direct: boolean;
  via: string | null;
  stance: Stance;
}

export interface Quantity { text: string; value: number; of: string | null }

export interface EventOut {
  type: PloverType;
  source: string | null;
  target: string | null;
  location: string | null;
  date: string | null;
  mode: string | null;
  trigger: string;
  trigger_span: Span;
  sentence: Span;
  quantities: Quantity[];
  fatalities: number | null;
  hedged: boolean;
  negated: boolean;
  // added fields: the words naming each actor, also when it is no entity (مسلحون، قوات الأمن)
  source_text?: string | null;
  source_span?: Span | null;
  target_text?: string | null;
  target_span?: Span | null;
}

export interface Source { path: string; url: string | null }

export interface ContractDocument {
  schema: typeof SCHEMA_ID;
  id: string;
  source: Source;
  language: string;
  title: string;
  published: string | null;
  text: string;
  entities: EntityOut[];
  quotes: QuoteOut[];
  events: EventOut[];
}
