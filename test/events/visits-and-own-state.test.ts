// Diplomatic events told twice or aimed at one's own side (session 23): a verb of arriving or
// visiting that names again a visit the document told (visit-retold.ts), a state's own body or
// official dealing "with" its own state (own-state.ts), an actor as its own target
// (event-record.ts) and a twin filled with a visit's city keeps the city's state (event-dedupe.ts
// fill). Sentences written for these tests, run through the whole pipeline; each article opens
// with a headline line, as the news does.
import assert from "node:assert/strict";
import { test } from "node:test";
import { processArticle } from "../../src/pipeline/process.ts";

const eventsOf = (text: string) => processArticle({ id: "t", source: { path: "t.txt", url: null }, kind: "text", body: text, title: null, published: null, encoding: "utf-8" }).events ?? [];
const show = (evs: ReturnType<typeof eventsOf>) => JSON.stringify(evs.map((e) => [e.type, e.trigger, e.source, e.target]));
const of = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

const cases: { name: string; text: string; type: string; check: (evs: ReturnType<typeof eventsOf>) => boolean }[] = [
  {
    name: "an arrival after the visit was told is the same trip: one CONSULT",
    text: "لافروف في القاهرة\nبدأ وزير الخارجية الروسي سيرغي لافروف زيارة إلى مصر يوم الأحد تستمر ثلاثة أيام. وقال مصدر دبلوماسي إن لافروف وصل إلى مصر لبحث ملفات المنطقة.",
    type: "CONSULT",
    check: (evs) => evs.length === 1 && evs[0].trigger === "زيارة",
  },
  {
    name: "a meeting at home then a trip to come: the trip is its own event",
    text: "أخبار\nالتقى العاهل الأردني الملك عبدالله الثاني وزير خارجية الولايات المتحدة جون كيري مساء السبت في عمان. ومن المنتظر أن يزور الملك عبدالله الثاني الولايات المتحدة الشهر المقبل.",
    type: "CONSULT",
    check: (evs) => evs.some((e) => e.trigger === "يزور"),
  },
  {
    name: "a government's deal between its state and another: the other state is the party",
    text: "أخبار\nووقعت الحكومة المصرية أمس اتفاقا بين مصر وفرنسا لتوريد طائرات مقاتلة.",
    type: "AGREE",
    check: (evs) => evs.some((e) => e.source === "rasid:eg-government") && evs.every((e) => e.target === "wd:Q142"),
  },
  {
    name: "a minister welcoming on behalf of his own country: his country is no target",
    text: "أخبار\nوقال وزير الخارجية جون كيري للصحفيين في القاهرة إن واشنطن تدعم القاهرة، وأعرب كيري عن ترحيب أميركا بالإجراءات التي أعلنها الرئيس المصري لتحسين الاقتصاد.",
    type: "SUPPORT",
    check: (evs) => evs.length > 0 && evs.every((e) => e.target !== "wd:Q30"),
  },
  {
    name: "a twin told first takes the visited city's state, not the city",
    text: "أخبار\nوتعمل القوات العراقية على استعادة المدن من تنظيم داعش في العراق. ويأتي ذلك بعد يوم من زيارة وزير خارجية الولايات المتحدة جون كيري، الذي أعلن خلال زيارته الأحد لبغداد دعم بلاده للقوات العراقية.",
    type: "CONSULT",
    check: (evs) => evs.length > 0 && evs.every((e) => e.target === "wd:Q796"),
  },
];

for (const c of cases) test(`visits and own state: ${c.name}`, () => { const evs = of(c.text, c.type); assert.ok(c.check(evs), show(evs)); });

test("visits and own state: no event has one actor on both sides", () => {
  const evs = eventsOf("أخبار\nوأصدرت الحكومة الليبية بيانا أمس. وطالبت الحكومة الدول الكبرى بإدراك الأخطار التي تعيشها ليبيا منذ سنوات.");
  assert.ok(evs.length > 0 && evs.every((e) => !e.source || e.source !== e.target), show(evs));
});
