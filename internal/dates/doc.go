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
//
// # Running text
//
// Extract reads the date expressions of an article's text and resolves
// them against its publication time (the reference day is that time's day
// in the location given). Each expression gets an ISO 8601 value of its own
// precision: a day "2025-10-08", an ISO week "2025-W40" (weeks start on
// Monday), a month "2024-12", a year "2024", or a range "2026/2030",
// "2025-01/2025-04", "1990/1999". The forms read are:
//
//   - Every absolute date of FindAll, Hijri dates converted, at day precision.
//   - Relative days: أمس، البارحة، بالأمس، أول أمس، أول من أمس، قبل أمس، اليوم،
//     غداً، بعد غد، الليلة الماضية، يوم أمس، with a day part before them (صباح
//     اليوم، مساء أمس، ظهر غد) and the weekday after them (أمس الخميس، اليوم
//     (الاثنين)); yesterday, today, tomorrow, tonight, last night.
//   - Weekdays: الخميس، يوم الاثنين، مساء الجمعة, on Monday, are the nearest
//     such day on or before the reference day; الماضي and last make it
//     strictly before, المقبل, القادم and next strictly after. الاثنين alone
//     ("both") needs يوم, a day part or a direction; English weekdays must
//     be written in full (Sun, Sat and Wed alone are words).
//   - Units with a direction: الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا
//     العام، السنة الماضية, last week, next month, this year.
//   - Counts of units from the reference day: قبل يومين، قبل ثلاثة أيام، قبل
//     3 أيام، قبل أسبوعين، منذ عامين، قبل نحو عشرين عاماً، قبل عقدين, two days
//     ago, a week ago, at the precision of the unit (decades give a year).
//     بعد counts forward, in days, weeks and months only: "وبعد عام" in a
//     story is a year after its last event. A count followed by من or على
//     ("قبل عامين من الحرب") counts from another event and is not read, nor
//     is an uncounted plural (قبل أيام) or hours.
//   - Months: with a year ("ديسمبر (كانون الأول) من عام 2024", "December
//     2024", "أغسطس من العام الماضي"), with a direction ("أغسطس (آب) الماضي"
//     is the last August strictly before the reference month), or bare after
//     a cue ("في مارس", "in August"): then the month of the reference year,
//     or of the year before when it lies more than two months ahead. A day
//     and month without a year ("3 يوليو", "الثالث من أغسطس الماضي", "July
//     3") follow the same rules.
//   - Years: "عام 2024", "العام 2024م", "2024م", and a bare number from 1900
//     to 2100 only after a cue: في، منذ، حتى، خلال، قبل، بعد، بحلول، لغاية،
//     طوال, in, since, by, until, before, after, during, from, or a part word
//     (مطلع، أواخر، منتصف، نهاية, early, late, mid-, the end of), which keeps
//     the precision of what it qualifies ("early 2024" is 2024). Without a
//     cue a four-digit number is an amount, a law or a page ("1800 شركة",
//     "المادة 2020"); followed by a unit it is a count ("قبل 2000 عام").
//   - Ranges: "2026-2030", "للفترة 2026-2028", "من 2020 إلى 2023", "بين 2020
//     و2023", "from 2020 to 2023", and of months, "من يناير إلى أبريل
//     الماضيين" (the range ends at the last April, and begins in the same
//     year or the one before), "between January and April 2024".
//   - Fractions of a year: "النصف الأول من العام الحالي" is 2025-01/2025-06,
//     "الربع الثالث من 2024" 2024-07/2024-09, "the first half of 2024".
//   - Decades and centuries: "تسعينيات القرن الـ20", "الخمسينات من القرن
//     الماضي", "the 1990s", "القرن العشرين", "the 20th century". A decade
//     without its century is of the 1900s from the thirties on, of the
//     2000s before ("في التسعينيات", "العشرينيات"); "في السبعينات من العمر" is
//     an age.
//
// Arabic words are also found with the prefixes و، ف and ب، ل، ك ("وأمس",
// "والعام الماضي", "بنهاية العام"); the expression then starts after them.
// When the reference time is zero, what depends on it is skipped.
package dates
