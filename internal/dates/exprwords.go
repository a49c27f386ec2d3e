package dates

// This file is language data only, like months.go: the words of the date
// expressions of running text that Extract reads (extract.go). Entries are
// normalised when the lexicon is built, so hamza forms, ta marbuta, alef
// maqsura and the tanween of "غداً" or "عاماً" need not be listed twice.
// Arabic words with a leading و or ف, and ب, ل or ك before them ("وأمس",
// "والعام", "بالخميس"), are found without being listed (see stripClitics).

// Units of time, in the wordInfo.unit field.
const (
	unitDay    = 1
	unitWeek   = 2
	unitMonth  = 3
	unitYear   = 4
	unitDecade = 5
)

// Directions, in the wordInfo.dir field.
const (
	dirPast = 1 // الماضي, last; قبل, منذ
	dirNext = 2 // المقبل, next; بعد
	dirThis = 3 // الحالي, this
)

// relativeDays name a day by its distance from the publication day.
// "الأمس" alone is left out: "رفاق الأمس" is "comrades of the past".
var relativeDays = []struct {
	words []string
	days  int8
}{
	{[]string{"أمس", "بالأمس", "البارحة", "ليلة أمس", "الليلة الماضية", "yesterday", "last night"}, -1},
	{[]string{"أول أمس", "أول من أمس", "أمس الأول", "قبل أمس", "day before yesterday"}, -2},
	{[]string{"اليوم", "today", "tonight", "this morning", "this afternoon", "this evening"}, 0},
	{[]string{"غدا", "غد", "tomorrow"}, 1},
	{[]string{"بعد غد", "بعد الغد", "day after tomorrow"}, 2},
}

// dayParts may stand before a relative day or a weekday ("صباح اليوم",
// "مساء أمس", "فجر الخميس").
var dayParts = []string{"صباح", "مساء", "ظهر", "فجر", "عصر", "ليلة", "ليل", "ظهيرة", "منتصف ليل"}

// unitWords name a unit of time, singular (1), dual (2) or plural (0, which
// needs a number: "ثلاثة أيام"). Accusative forms (يوماً، عاماً) are listed
// since the alef of their tanween stays after normalisation.
var unitWords = []struct {
	unit  int8
	count int8
	words []string
}{
	{unitDay, 1, []string{"يوم", "يوما", "day"}},
	{unitDay, 2, []string{"يومين", "يومان"}},
	{unitDay, 0, []string{"أيام", "days"}},
	{unitWeek, 1, []string{"أسبوع", "أسبوعا", "week"}},
	{unitWeek, 2, []string{"أسبوعين", "أسبوعان"}},
	{unitWeek, 0, []string{"أسابيع", "weeks"}},
	{unitMonth, 1, []string{"شهر", "شهرا", "month"}},
	{unitMonth, 2, []string{"شهرين", "شهران"}},
	{unitMonth, 0, []string{"أشهر", "شهور", "months"}},
	{unitYear, 1, []string{"عام", "عاما", "سنة", "year"}},
	{unitYear, 2, []string{"عامين", "عامان", "سنتين", "سنتان"}},
	{unitYear, 0, []string{"أعوام", "سنوات", "سنين", "years"}},
	{unitDecade, 1, []string{"عقد", "decade"}},
	{unitDecade, 2, []string{"عقدين", "عقدان"}},
	{unitDecade, 0, []string{"عقود", "decades"}},
}

// definiteUnits are the units with the article, which a direction follows
// ("الأسبوع الماضي", "العام الجاري").
var definiteUnits = []struct {
	unit  int8
	words []string
}{
	{unitWeek, []string{"الأسبوع"}},
	{unitMonth, []string{"الشهر"}},
	{unitYear, []string{"العام", "السنة"}},
}

// directionsAfter follow what they qualify (Arabic: "العام الماضي",
// "أغسطس الماضي", "الخميس المقبل", "أبريل الماضيين" after a range);
// directionsBefore precede it ("هذا العام", "last week", "next Monday").
var directionsAfter = []struct {
	dir   int8
	words []string
}{
	{dirPast, []string{"الماضي", "الماضية", "الماضيين", "الماضيان", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي", "المنقضية"}},
	{dirNext, []string{"المقبل", "المقبلة", "المقبلين", "المقبلان", "القادم", "القادمة", "القادمين", "القادمان"}},
	{dirThis, []string{"الحالي", "الحالية", "الجاري", "الجارية"}},
}

var directionsBefore = []struct {
	dir   int8
	words []string
}{
	{dirPast, []string{"last"}},
	{dirNext, []string{"next", "coming"}},
	{dirThis, []string{"this", "هذا", "هذه"}},
}

// shifts stand before a count of units and move back or forward from the
// publication day ("قبل يومين", "منذ عامين", "بعد أسبوع"); "ago" follows
// the English count.
var shifts = []struct {
	dir   int8
	words []string
}{
	{dirPast, []string{"قبل", "منذ"}},
	{dirNext, []string{"بعد"}},
}

var agoWords = []string{"ago"}

// numberWords are the counts before a unit ("ثلاثة أيام", "two days").
// Arabic 11–19 are rare in words before a unit and left to digits.
var numberWords = []struct {
	n     uint8
	words []string
}{
	{1, []string{"a", "an", "one"}},
	{2, []string{"اثنين", "اثنان", "اثنتين", "two"}},
	{3, []string{"ثلاثة", "ثلاث", "three"}},
	{4, []string{"أربعة", "أربع", "four"}},
	{5, []string{"خمسة", "خمس", "five"}},
	{6, []string{"ستة", "ست", "six"}},
	{7, []string{"سبعة", "سبع", "seven"}},
	{8, []string{"ثمانية", "ثماني", "ثمان", "eight"}},
	{9, []string{"تسعة", "تسع", "nine"}},
	{10, []string{"عشرة", "عشر", "ten"}},
	{20, []string{"عشرين", "عشرون", "twenty"}},
	{30, []string{"ثلاثين", "ثلاثون", "thirty"}},
	{40, []string{"أربعين", "أربعون", "forty"}},
	{50, []string{"خمسين", "خمسون", "fifty"}},
	{60, []string{"ستين", "ستون"}},
	{70, []string{"سبعين", "سبعون"}},
	{80, []string{"ثمانين", "ثمانون"}},
	{90, []string{"تسعين", "تسعون"}},
	{100, []string{"مئة", "مائة", "hundred"}},
}

// unitFillers may stand after a singular unit: "قبل عام واحد".
var unitFillers = []string{"واحد", "واحدة"}

// approxWords may stand between a shift and its count: "قبل نحو عامين".
var approxWords = []string{"نحو", "حوالي", "حوالى", "قرابة", "زهاء", "about", "nearly", "almost", "some"}

// yearCues announce a bare year or month: "في 2025", "منذ 2020", "حتى
// 2030", "in August", "since 2020", "by 2030". A four-digit number without
// one of them, a year word (عام، سنة), a part word (مطلع), an era (2024م)
// or a range is not read as a year: "1800 شركة", "رقم 2020".
var yearCues = []string{
	"في", "منذ", "حتى", "خلال", "قبل", "بعد", "بحلول", "لغاية", "طوال", "طيلة", "شهر",
	"in", "since", "by", "until", "till", "during", "before", "after", "through", "throughout", "from",
}

// periodParts narrow a period without changing its precision: "مطلع 2024"
// and "early 2024" are both the year 2024.
var periodParts = []string{
	"مطلع", "أوائل", "أواخر", "أواسط", "منتصف", "بداية", "نهاية", "بدايات", "نهايات", "مستهل", "ختام",
	"early", "late", "mid", "beginning", "end", "start",
}

// fractions of a year, in months: "النصف الأول من العام الحالي", "the
// first quarter of 2024". The ordinal is an Arabic day ordinal (الأول،
// الثاني …) or an English one (englishOrdinals).
var fractions = []struct {
	months int8
	words  []string
}{
	{6, []string{"النصف", "half"}},
	{3, []string{"الربع", "quarter"}},
}

var englishOrdinals = [4][]string{{"first"}, {"second"}, {"third"}, {"fourth"}}

// decadeStems give the plural of the tens for decades: تسعين → تسعينيات,
// تسعينات, التسعينيات; index 0 is the twenties.
var decadeStems = [8]string{"عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"}

// centuryWords precede an ordinal or number: "القرن الـ20", "القرن العشرين",
// "القرن الماضي"; English "century" follows one ("20th century").
var centuryWords = []string{"القرن", "century"}

// articles stand glued to a number, as in "الـ20".
var articles = []string{"ال"}

// rangeFroms open a range and rangeTos join its ends: "من 2020 إلى 2023",
// "بين 2020 و2023", "from January to April". A range joined by a hyphen
// (2026-2030) needs neither.
var rangeFroms = []string{"من", "بين", "from", "between"}

var rangeTos = []string{"إلى", "الى", "حتى", "لغاية", "و", "to", "until", "till", "through", "and"}
