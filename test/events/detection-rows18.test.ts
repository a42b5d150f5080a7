// Trigger rows changed in session 18 (branch evdet18): a siege is COERCE (restricting movement), with
// its masdar محاصرة and "فرض حصارا"; "حمّل X المسؤولية" blames X with the object between (not "تحمل
// على عاتقها مسؤولية", bearing it); refusing to comment or to be named is no rejection; استرداد takes
// ground like استعادة; ambushes in the plural; the air campaign; إيقاف is an arrest only with the
// person or a count after it; taking hostages is an abduction; a detention place names no arrest;
// انتشار is a deployment only with a force word right after it; endangering ("يهدد أمن") and portending
// ("ينذر بكارثة") are no threats; a ban in the perfect, firebombs thrown, a group deploying its men; أوقف
// is an arrest only with a person word or a charge in its clause (not flights, work or offices stopped); riot
// police is no riot; "مناقشة" and "بهدف" make the act after them a topic or an aim (non-event-heads.tsv);
// a casualty in a traffic accident, a flood or a player's injury is no assault. Sentences written for these tests
// (not copied from any corpus).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsIn, show } from "./world.ts";

// [name, sentence, type, events of that type]
const ROWS: [string, string, string, number][] = [
  ["a siege laid by an army is coercion", "وفرض جيش نورستان حصارا على وادي الريح منذ أسبوع.", "COERCE", 1],
  ["a siege is no assault", "وفرض جيش نورستان حصارا على وادي الريح منذ أسبوع.", "ASSAULT", 0],
  ["the verb of besieging", "وحاصرت جبهة التحرير وادي الريح من ثلاث جهات.", "COERCE", 1],
  ["the masdar محاصرة after a support verb", "وقام جيش نورستان بمحاصرة وادي الريح قبل يومين.", "COERCE", 1],
  ["blaming with the object between", "وحمل أمين فارس جبهة التحرير المسؤولية الكاملة عن تفجير السوق.", "ACCUSE", 1],
  ["bearing a duty on one's shoulders blames no one", "وقال أمين فارس إن نورستان تحمل على عاتقها مسؤولية حماية وادي الريح.", "ACCUSE", 0],
  ["refusing to comment is no rejection", "ورفض أمين فارس التعليق على ما جرى في وادي الريح.", "REJECT", 0],
  ["refusing to be named is no rejection", "وقال مسؤول في جيش نورستان رفض الكشف عن اسمه إن القتال توقف.", "REJECT", 0],
  ["refusing a demand is one", "ورفضت نورستان مطالب جبهة التحرير بالانسحاب من وادي الريح.", "REJECT", 1],
  ["recovering a town", "وتمكن جيش نورستان من استرداد وادي الريح من جبهة التحرير.", "ASSAULT", 1],
  ["ambushes laid for an enemy", "ونفذت جبهة التحرير كمائن لدوريات جيش نورستان قرب وادي الريح.", "ASSAULT", 1],
  ["the air campaign of a state", "وأطلقت نورستان الحملة الجوية على مواقع جبهة التحرير في مارس.", "ASSAULT", 1],
  ["stopping a suspect is an arrest", "وتمكنت شرطة نورستان من إيقاف مشتبه به في وادي الريح.", "COERCE", 1],
  ["stopping a service is none", "وقررت نورستان إيقاف الخدمات عن الشركات المخالفة في وادي الريح.", "COERCE", 0],
  ["taking hostages is an abduction", "وأنهى جيش نورستان عملية احتجاز رهائن نفذتها جبهة التحرير في وادي الريح.", "ASSAULT", 1],
  ["taking hostages is no arrest", "وأنهى جيش نورستان عملية احتجاز رهائن نفذتها جبهة التحرير في وادي الريح.", "COERCE", 0],
  ["a detention place names no arrest", "وزار أمين فارس مركز احتجاز للمهاجرين في وادي الريح.", "COERCE", 0],
  ["forces spread through a town", "وشهدت وادي الريح انتشارا لقوات جيش نورستان في شوارعها.", "MOBILIZE", 1],
  ["a clip spreading is no deployment", "وبعد انتشار المقطع اعتقلت شرطة نورستان الشاب في وادي الريح.", "MOBILIZE", 0],
  ["endangering a state's security is no threat", "وقال أمين فارس إن الجفاف يهدد أمن نورستان الغذائي.", "THREATEN", 0],
  ["portending a disaster is no threat", "وقال أمين فارس إن نقص المياه في وادي الريح ينذر بكارثة.", "THREATEN", 0],
  ["a threat of force still is one", "وهددت جبهة التحرير بمهاجمة جيش نورستان في وادي الريح.", "THREATEN", 1],
  ["a ban laid by a government", "وحظرت نورستان نشاط جبهة التحرير في وادي الريح.", "COERCE", 1],
  ["firebombs thrown at a house (the verb and its object together)", "وقال أمين فارس إن جبهة التحرير ألقت زجاجات حارقة على منزله في وادي الريح.", "ASSAULT", 1],
  ["stopping flights is no arrest", "وأوقفت نورستان رحلاتها الجوية إلى وادي الريح منذ أمس.", "COERCE", 0],
  ["stopping people on a charge is an arrest", "وأوقفت شرطة نورستان خمسة أشخاص بتهمة الانتماء إلى جبهة التحرير.", "COERCE", 1],
  ["riot police is no riot", "وأصيب عنصر من قوات مكافحة الشغب في جيش نورستان بحجر في وادي الريح.", "PROTEST", 0],
  ["discussing a confrontation tells none", "وقال أمين فارس إن اللقاء تمت فيه مناقشة التصدي لجبهة التحرير في وادي الريح.", "ASSAULT", 0],
  ["the aim of a strike tells none", "ودخلت قوات جيش نورستان وادي الريح بهدف ضرب جبهة التحرير.", "ASSAULT", 0],
  ["killed in a traffic accident is no assault", "ولقي ثلاثة أشخاص مصرعهم في حادث مروري على طريق وادي الريح.", "ASSAULT", 0],
  ["drowned in a flood is no assault", "وقتل عشرة أشخاص جراء الفيضانات في وادي الريح.", "ASSAULT", 0],
  ["a player's injury is no assault", "وأصيب لاعب فريق وادي الريح بتمزق في الفخذ خلال التدريبات.", "ASSAULT", 0],
  ["killed by an attack still is one", "ولقي ثلاثة من جنود جيش نورستان مصرعهم في هجوم لجبهة التحرير.", "ASSAULT", 1],
  ["a group deploying its men", "ونشرت جبهة التحرير العشرات من مقاتليها في وادي الريح.", "MOBILIZE", 1],
];
for (const [name, text, type, n] of ROWS) {
  test(`detection row 18: ${name}`, () => {
    const evs = eventsIn(text).filter((e) => e.type === type);
    assert.equal(evs.length, n, show(evs));
  });
}
