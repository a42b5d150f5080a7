// What a valid contract document promises beyond its JSON Schema: every offset is an exact
// slice of `text`, every referenced entity id is in `entities`, spans nest where they must.
export function checkInvariants(d: any): string[] {
  const errs: string[] = [];
  const n = d.text.length;
  const inText = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= n;
  if (!d.text.startsWith(d.title)) errs.push("text does not start with the title");
  const ids = new Set<string>();
  for (const ent of d.entities) {
    if (ids.has(ent.id)) errs.push(`duplicate entity id ${ent.id}`);
    ids.add(ent.id);
    for (const m of ent.mentions) {
      if (!inText(m.start, m.end) || d.text.slice(m.start, m.end) !== m.text) errs.push(`mention ${JSON.stringify(m)} of ${ent.id} is not a slice`);
    }
  }
  const ref = (id: string | null, what: string) => { if (id != null && !ids.has(id)) errs.push(`${what} ${id} is not an entity`); };
  for (const q of d.quotes) {
    if (!inText(q.start, q.end) || d.text.slice(q.start, q.end) !== q.text) errs.push(`quote ${q.start}-${q.end} is not a slice`);
    ref(q.speaker, "quote speaker"); ref(q.via, "quote via");
  }
  for (const e of d.events) {
    const t = e.trigger_span, s = e.sentence;
    if (!inText(t.start, t.end) || d.text.slice(t.start, t.end) !== e.trigger) errs.push(`event trigger ${e.trigger} is not a slice`);
    if (!inText(s.start, s.end) || s.start > t.start || s.end < t.end) errs.push(`event sentence does not hold its trigger ${e.trigger}`);
    for (const side of ["source", "target"]) {
      const sp = e[`${side}_span`], tx = e[`${side}_text`];
      if (sp && (!inText(sp.start, sp.end) || d.text.slice(sp.start, sp.end) !== tx)) errs.push(`event ${side}_span is not a slice of ${side}_text`);
    }
    ref(e.source, "event source"); ref(e.target, "event target"); ref(e.location, "event location");
  }
  return errs;
}
