// A family name written with ال closes a person's name in the subject slot of a verb of saying,
// after a title (articled-family-names.ts through speaker-names.ts): after a given name no list holds,
// or alone after the title when the slot ends hard. The whole pipeline of mentions, on sentences
// written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/text/analyze.ts";
import { findMentions } from "../../src/mentions/find-mentions.ts";
import { defaultResources } from "../../src/mentions/resources.ts";

const persons = (text: string) =>
  findMentions({ text, tokens: analyze(text).tokens }, defaultResources()).filter((m) => m.type === "PERSON").map((m) => m.text);

const named: [string, string][] = [
  ["وقال قائد الكتيبة الثالثة العقيد نومان الكرزوني إن القوات تقدمت نحو الجسر.", "نومان الكرزوني"], // a given name that is also a word
  ["وأعلن محافظ المدينة رشدان الكبيشي، في اتصال هاتفي، أن الطرق فتحت.", "رشدان الكبيشي"],
  ["وأضاف المهندس الطرموني أن أعمال الصيانة مستمرة.", "الطرموني"], // the family name alone after the title
  ["وأكد العميد زوران الدوسري لوكالة الأنباء أن الحدود آمنة.", "زوران الدوسري"], // a via phrase ends the slot
];
for (const [text, name] of named) {
  test(`«${text}» names ${name}`, () => assert.ok(persons(text).includes(name), JSON.stringify(persons(text))));
}

// an ال-word there that is an ordinary word, an adjective or a nisba of an ordinary word describes the title
const none: [string, string][] = [
  ["وقال المتحدث الرسمي إن الحادث وقع صباحا.", "الرسمي"],
  ["وأضاف المتحدث الإعلامي أن الحادث وقع صباحا.", "الإعلامي"],
  ["وأوضح المدير الميداني أن الفرق وصلت.", "الميداني"],
  ["وقال الوزير اليمني إن الحكومة ستعود.", "اليمني"],
  ["وأكد المهندس المسؤولين أن العمل مستمر.", "المسؤولين"],
];
for (const [text, not] of none) {
  test(`«${text}» names no ${not}`, () => assert.ok(!persons(text).some((p) => p.includes(not)), JSON.stringify(persons(text))));
}

// after the person's and the father's given names, a family name with ال ends the name, whatever
// the tagger cuts (model-mentions.ts cutOverrun); the father's name may be an ordinary word
const whole: [string, string][] = [
  ["وأوضح المتحدث باسم الهلال الأحمر بالمنطقة خالد مرضي الزعبلي أنه ورد بلاغ عن حادث.", "خالد مرضي الزعبلي"],
  ["وحضر الحفل مدير الجوازات العميد سعد مفلح الطرموني وعدد من الأقارب.", "سعد مفلح الطرموني"],
  ["وقدم المحافظ التعازي لذوي الشهيد إبراهيم مفرح الشقحاني في قريته.", "إبراهيم مفرح الشقحاني"],
];
for (const [text, name] of whole) {
  test(`«${text}» names ${name} whole`, () => assert.ok(persons(text).includes(name), JSON.stringify(persons(text))));
}

// an object or an ordinary word after the two names is no family name
const cut: [string, string][] = [
  ["وكتب خالد مرضي المقال في صحيفة محلية.", "خالد مرضي المقال"],
  ["واستقبل سعد مفلح الوفد في مكتبه.", "سعد مفلح الوفد"],
  ["وزار سعد مفرح المعرض برفقة أبنائه.", "سعد مفرح المعرض"],
];
for (const [text, not] of cut) {
  test(`«${text}» names no ${not}`, () => assert.ok(!persons(text).includes(not), JSON.stringify(persons(text))));
}
