// Language identification of an article body. Texts written for this test.
import assert from "node:assert/strict";
import { test } from "node:test";
import { detectLanguage, identifyLanguage } from "../../src/text/language.ts";
import { ARTICLE } from "./fixtures.ts";

const TABLE: [string, string, string][] = [
  ["Arabic news", "ar", "قال وزير الخارجية إن بلاده ستواصل دعم الحكومة الشرعية في مواجهة الجماعات المسلحة، مؤكداً أن الحل السياسي يبقى الخيار الأفضل."],
  ["an Arabic headline", "ar", "مقتل 12 شخصاً بانفجار في بغداد"],
  ["Arabic with English names and a URL", "ar", "أعلنت شركة Google بالتعاون مع Microsoft وAmazon عن مبادرة جديدة، بحسب بيان نشر على https://www.example.com/press/2015/initiative-announcement اليوم."],
  ["Arabic with an English quote", "ar", "وكتب الرئيس الأمريكي على حسابه في تويتر: \"We will never give up\"، في إشارة إلى الحرب على الإرهاب التي تقودها بلاده منذ سنوات طويلة."],
  ["an Arabic review listing English titles", "ar", "أفضل عشرة أفلام في عام 1975 بحسب نقاد المجلة، مع اسم المخرج وبلد الإنتاج: 1. The Long Road Home | John Miller (USA) 2. Silent Harbour | Anna Berg (Sweden) 3. Night Train | Paul Dubois (France)"],
  ["English with an Arabic phrase", "en", "The crowd chanted \"الشعب يريد\" as the police moved in, witnesses told reporters at the scene on Friday evening."],
  ["English", "en", "The foreign minister said on Monday that his country would continue to support the government in its fight against armed groups."],
  ["French", "fr", "Le ministre des Affaires étrangères a déclaré lundi que son pays continuerait à soutenir le gouvernement dans sa lutte contre les groupes armés."],
  ["Spanish", "es", "El ministro de Asuntos Exteriores dijo el lunes que su país seguirá apoyando al gobierno en su lucha contra los grupos armados."],
  ["Persian", "fa", "وزیر امور خارجه روز دوشنبه گفت که کشورش به حمایت از دولت در مبارزه با گروه‌های مسلح ادامه خواهد داد و این راه را تنها نمی‌گذارد."],
  ["Urdu", "ur", "وزیر خارجہ نے پیر کے روز کہا کہ ان کا ملک مسلح گروہوں کے خلاف لڑائی میں حکومت کی حمایت جاری رکھے گا۔"],
  ["Russian", "ru", "Министр иностранных дел заявил в понедельник, что его страна продолжит поддерживать правительство в борьбе с вооруженными группами."],
  ["too short to tell", "und", "عاجل"],
  ["nothing but digits and punctuation", "und", "2015/08/02 — 12:30"],
];

for (const [name, expected, text] of TABLE) {
  test(`language: ${name}`, () => assert.equal(detectLanguage(text), expected));
}

test("the fixture article is Arabic, with the counts it was decided on", () => {
  const g = identifyLanguage(ARTICLE);
  assert.equal(g.language, "ar");
  assert.ok(g.arabicShare > 0.9, String(g.arabicShare));
});

test("an Arabic article with a few Persian letters in names stays Arabic", () => {
  const text = "التقى وزير الخارجية نظيره الإيراني في طهران، وبحث معه ملف المفاوضات النووية، كما زار مدينة گرگان ومعرض چاپ الكتب الذي يقام سنوياً هناك.";
  assert.equal(detectLanguage(text), "ar");
});
