// Package dates reads the publication date of a news article from the
// strings that a page or a text dump gives: meta content, the text of a
// <time> element, a dateline or a byline. Arabic comes first, English and
// the other European languages second.
//
// # Forms
//
// Dates are day-month-year, month-day-year or year-month-day, with an
// optional weekday before and an optional clock time and zone after (or a
// clock time before: "5:04 PM EDT, Tue July 2, 2024"):
//
//   - ISO 8601 and RFC 3339 ("2024-07-03", "2024-07-03T10:30:00.5+03:00"),
//     RFC 1123 and 822 ("Wed, 03 Jul 2024 10:30:00 GMT"), RFC 850, ANSI C.
//   - Numeric dates with matching separators: "2024/07/03", "03.07.2024",
//     "3-7-2024", and in Parse only "03/07/24".
//   - Month names, in Arabic of every region: Egypt and the Gulf (يناير …
//     ديسمبر), the Levant and Iraq (كانون الثاني … كانون الأول), Algeria and
//     Tunisia (جانفي فيفري … أوت), Morocco (يوليوز غشت شتنبر نونبر دجنبر), and
//     the double forms "يوليو/تموز", "آب/أغسطس", "ديسمبر (كانون الأول)"; and
//     in English, German, French, Spanish, Italian, Portuguese, Dutch,
//     Turkish, Swedish, Danish and Norwegian, with their abbreviations.
//   - Arabic ordinal days ("التاسع من أغسطس 2013").
//   - Hijri dates ("15 رمضان 1445 هـ", "١٥ رمضان ١٤٤٥هـ", "1445/09/15هـ"),
//     converted with the Umm al-Qura calendar of Saudi Arabia (the table of
//     github.com/hablullah/go-hijri) for the years 1356–1500 AH, 1937–2077;
//     other Hijri years are not read. A numeric date whose year lies in
//     1300–1600 is Hijri even without هـ. When a string holds both, the
//     Gregorian date wins.
//
// Arabic-Indic (٠–٩) and Persian (۰–۹) digits, hamza forms, diacritics,
// tatweel, bidirectional marks and Latin accents are all accepted. Clock
// times take am/pm, a.m., ص/م, صباحاً, مساءً, ظهراً, ليلاً, "Uhr", "10h30",
// and "kl. 13.05" after a word that announces a time (at, um, الساعة, آخر
// تحديث, updated …). Zones are "Z", numeric offsets, GMT/UTC with or without
// an offset, common abbreviations (AST is Arabia Standard Time, UTC+3; ET,
// CT, MT and PT follow US daylight saving time), "بتوقيت غرينتش", "ت.غ" and
// "بتوقيت <city>" for cities on a fixed offset. A city with daylight saving
// time (القاهرة, بيروت …) is recognised, and the caller's location used.
//
// Parse also reads two-digit years, the ISO 8601 basic form "20240703" and
// Unix times in seconds or milliseconds, which are too ambiguous for
// running text.
//
// # Ambiguity
//
// A numeric date whose first part has four digits is year-month-day. One
// whose last part is the year is day-month-year, as in Arabic and European
// use, unless that is impossible (07/13/2024 is read as 13 July), or the
// clock time carries a North American zone (EST, EDT, CST, PDT …), in which
// case it is read month-first. Two-digit years (Parse only) follow Go's
// rule: 69–99 are 19xx, 00–68 are 20xx.
//
// # Rejections
//
// The year must lie in 1900–2100 and the day exist in its month. A date
// needs a day, a month and a year: "يوليو 2024" and "3 July" are not
// dates. Numbers that only look like parts of a date, "2.52 مليار",
// "2026-2030", "1.2.2024.5", are not matched. A date expression never spans
// a line break. Weekdays are skipped, not checked against the date.
package dates
