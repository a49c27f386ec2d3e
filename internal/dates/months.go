package dates

// This file is language data only: the words that the parser recognises,
// written as people write them. Every entry is normalised when the lexicon
// is built (lexicon.go), so hamza forms (أ إ آ), alef maqsura (ى), ta marbuta
// (ة), diacritics, tatweel and Latin accents need not be listed twice: "أبريل"
// also matches "ابريل" and "إبريل", "février" also matches "fevrier" and
// "FÉVRIER". A phrase of several words ("كانون الثاني") matches those words
// separated by white space.

// monthSet is one way of naming the twelve Gregorian months. names[0] holds
// the names of January.
type monthSet struct {
	region string
	names  [12][]string
}

// gregorianMonths lists the Gregorian month names of every region and
// language that the parser reads. A name may appear in several sets.
var gregorianMonths = []monthSet{
	{"Arabic: Egypt, Sudan, the Gulf, Yemen", [12][]string{
		{"يناير"}, {"فبراير", "فبرایر"}, {"مارس"}, {"أبريل", "إبريل", "ابريل"},
		{"مايو"}, {"يونيو", "يونيه", "يونية"}, {"يوليو", "يوليه", "يولية"},
		{"أغسطس", "اغسطس", "أغسطوس"}, {"سبتمبر", "سيبتمبر"}, {"أكتوبر", "اكتوبر"},
		{"نوفمبر"}, {"ديسمبر"},
	}},
	{"Arabic: the Levant and Iraq (Syriac names)", [12][]string{
		{"كانون الثاني", "كانون ثاني", "كانون الثانى"}, {"شباط"}, {"آذار"}, {"نيسان"},
		{"أيار"}, {"حزيران"}, {"تموز"}, {"آب"}, {"أيلول"},
		{"تشرين الأول", "تشرين أول"}, {"تشرين الثاني", "تشرين ثاني", "تشرين الثانى"},
		{"كانون الأول", "كانون أول"},
	}},
	{"Arabic: Algeria and Tunisia (French names)", [12][]string{
		{"جانفي", "جانفييه"}, {"فيفري", "ڤيفري"}, {"مارس"}, {"أفريل", "افريل"},
		{"ماي"}, {"جوان"}, {"جويلية", "جويلة", "جويلية"}, {"أوت", "اوت"},
		{"سبتمبر"}, {"أكتوبر"}, {"نوفمبر"}, {"ديسمبر"},
	}},
	{"Arabic: Morocco and Mauritania", [12][]string{
		{"يناير"}, {"فبراير"}, {"مارس"}, {"أبريل"}, {"ماي"}, {"يونيو"},
		{"يوليوز"}, {"غشت"}, {"شتنبر"}, {"أكتوبر"}, {"نونبر"}, {"دجنبر"},
	}},
	{"English", [12][]string{
		{"January", "Jan"}, {"February", "Feb"}, {"March", "Mar"}, {"April", "Apr"},
		{"May"}, {"June", "Jun"}, {"July", "Jul"}, {"August", "Aug"},
		{"September", "Sep", "Sept"}, {"October", "Oct"}, {"November", "Nov"},
		{"December", "Dec"},
	}},
	{"German", [12][]string{
		{"Januar", "Jänner", "Jan"}, {"Februar", "Feber", "Feb"}, {"März", "Maerz", "Mrz"},
		{"April", "Apr"}, {"Mai"}, {"Juni", "Jun"}, {"Juli", "Jul"}, {"August", "Aug"},
		{"September", "Sep", "Sept"}, {"Oktober", "Okt"}, {"November", "Nov"},
		{"Dezember", "Dez"},
	}},
	{"French", [12][]string{
		{"janvier", "janv"}, {"février", "févr", "fév"}, {"mars"}, {"avril", "avr"},
		{"mai"}, {"juin"}, {"juillet", "juil"}, {"août"}, {"septembre", "sept"},
		{"octobre", "oct"}, {"novembre", "nov"}, {"décembre", "déc"},
	}},
	{"Spanish", [12][]string{
		{"enero", "ene"}, {"febrero", "feb"}, {"marzo", "mar"}, {"abril", "abr"},
		{"mayo", "may"}, {"junio", "jun"}, {"julio", "jul"}, {"agosto", "ago"},
		{"septiembre", "setiembre", "sep", "sept"}, {"octubre", "oct"},
		{"noviembre", "nov"}, {"diciembre", "dic"},
	}},
	{"Italian", [12][]string{
		{"gennaio", "gen"}, {"febbraio", "feb"}, {"marzo", "mar"}, {"aprile", "apr"},
		{"maggio", "mag"}, {"giugno", "giu"}, {"luglio", "lug"}, {"agosto", "ago"},
		{"settembre", "set"}, {"ottobre", "ott"}, {"novembre", "nov"}, {"dicembre", "dic"},
	}},
	{"Portuguese", [12][]string{
		{"janeiro", "jan"}, {"fevereiro", "fev"}, {"março", "mar"}, {"abril", "abr"},
		{"maio", "mai"}, {"junho", "jun"}, {"julho", "jul"}, {"agosto", "ago"},
		{"setembro", "set"}, {"outubro", "out"}, {"novembro", "nov"}, {"dezembro", "dez"},
	}},
	{"Dutch", [12][]string{
		{"januari", "jan"}, {"februari", "feb"}, {"maart", "mrt"}, {"april", "apr"},
		{"mei"}, {"juni", "jun"}, {"juli", "jul"}, {"augustus", "aug"},
		{"september", "sep", "sept"}, {"oktober", "okt"}, {"november", "nov"},
		{"december", "dec"},
	}},
	{"Swedish, Danish and Norwegian", [12][]string{
		{"januari", "januar", "jan"}, {"februari", "februar", "feb"}, {"mars", "marts"},
		{"april", "apr"}, {"maj", "mai"}, {"juni", "jun"}, {"juli", "jul"},
		{"augusti", "august", "aug"}, {"september", "sep", "sept"},
		{"oktober", "okt"}, {"november", "nov"}, {"december", "desember", "dec", "des"},
	}},
	{"Turkish", [12][]string{
		{"Ocak", "Oca"}, {"Şubat", "Şub"}, {"Mart", "Mar"}, {"Nisan", "Nis"},
		{"Mayıs", "May"}, {"Haziran", "Haz"}, {"Temmuz", "Tem"}, {"Ağustos", "Ağu"},
		{"Eylül", "Eyl"}, {"Ekim", "Eki"}, {"Kasım", "Kas"}, {"Aralık", "Ara"},
	}},
}

// hijriMonths lists the months of the Hijri calendar, Muharram first.
var hijriMonths = [12][]string{
	{"محرم", "المحرم", "Muharram"},
	{"صفر", "Safar"},
	{"ربيع الأول", "ربيع أول"},
	{"ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني"},
	{"جمادى الأولى", "جمادى الأول", "جمادى أولى"},
	{"جمادى الآخرة", "جمادى الآخر", "جمادى الثانية", "جمادى الثاني", "جمادى ثاني"},
	{"رجب", "Rajab"},
	{"شعبان", "Shaban"},
	{"رمضان", "Ramadan", "Ramadhan", "Ramazan"},
	{"شوال", "Shawwal"},
	{"ذو القعدة", "ذي القعدة", "ذا القعدة"},
	{"ذو الحجة", "ذي الحجة", "ذا الحجة"},
}

// weekdays lists weekday names, Sunday first. Weekdays are recognised and
// skipped; they are not checked against the date (sites get them wrong).
var weekdays = [7][]string{
	{"الأحد", "Sunday", "Sun", "Sonntag", "dimanche", "domingo", "domenica", "zondag", "Pazar", "söndag", "søndag"},
	{"الاثنين", "الإثنين", "الأثنين", "الاتنين", "Monday", "Mon", "Montag", "lundi", "lunes", "lunedì", "segunda", "maandag", "Pazartesi", "måndag", "mandag"},
	{"الثلاثاء", "الثلاثا", "Tuesday", "Tue", "Tues", "Dienstag", "mardi", "martes", "martedì", "terça", "dinsdag", "Salı", "tisdag", "tirsdag"},
	{"الأربعاء", "الاربعا", "Wednesday", "Wed", "Mittwoch", "mercredi", "miércoles", "mercoledì", "quarta", "woensdag", "Çarşamba", "onsdag"},
	{"الخميس", "Thursday", "Thu", "Thur", "Thurs", "Donnerstag", "jeudi", "jueves", "giovedì", "quinta", "donderdag", "Perşembe", "torsdag"},
	{"الجمعة", "Friday", "Fri", "Freitag", "vendredi", "viernes", "venerdì", "sexta", "vrijdag", "Cuma", "fredag"},
	{"السبت", "Saturday", "Sat", "Samstag", "Sonnabend", "samedi", "sábado", "sabato", "zaterdag", "Cumartesi", "lördag", "lørdag"},
}

// weekdaySuffixes may follow a weekday after a hyphen (Portuguese
// "segunda-feira").
var weekdaySuffixes = []string{"feira"}

// arabicDayOrdinals are the ordinal words that name a day of the month
// ("التاسع من أغسطس"), index 0 is the first. Compounds (الحادي عشر,
// الحادي والعشرين) are built from them in lexicon.go.
var arabicDayOrdinals = [10][]string{
	{"الأول", "أول"},
	{"الثاني"},
	{"الثالث"},
	{"الرابع"},
	{"الخامس"},
	{"السادس"},
	{"السابع"},
	{"الثامن"},
	{"التاسع"},
	{"العاشر"},
}

// arabicOrdinalCompounds give the remaining words for ordinals from 11 to
// 31: الحادي is the "one" of compounds, عشر follows a unit for 11–19, and
// the tens stand alone (العشرين) or after a unit with و (الحادي والعشرين).
var arabicOrdinalCompounds = struct {
	one, teen            string
	twenty, thirty       []string
	andTwenty, andThirty []string
}{
	one:       "الحادي",
	teen:      "عشر",
	twenty:    []string{"العشرين", "العشرون"},
	thirty:    []string{"الثلاثين", "الثلاثون"},
	andTwenty: []string{"والعشرين", "والعشرون"},
	andThirty: []string{"والثلاثين", "والثلاثون"},
}

// ordinalSuffixes may follow a day number without a space ("3rd", "1er",
// "1º").
var ordinalSuffixes = []string{"st", "nd", "rd", "th", "er", "º", "ª"}

// connectors may stand between day, month and year ("3 de julio de 2024",
// "3rd of July", "17 من يوليو").
var connectors = []string{"de", "del", "of", "من"}

// yearIntros may stand before the year ("30 يونيو عام 2013").
var yearIntros = []string{"عام", "العام", "لعام", "سنة", "السنة", "لسنة"}

// gregorianEras follow a Gregorian year ("2024م").
var gregorianEras = []string{"م", "ميلادي", "ميلادية", "للميلاد", "AD"}

// hijriEras follow a Hijri year ("1445هـ").
var hijriEras = []string{"هـ", "ه", "هجري", "هجرية", "للهجرة", "AH"}

// Meridiem kinds: how a word after the clock time moves the hour.
const (
	meridiemAM    = 1 // hours 12:xx become 0:xx
	meridiemPM    = 2 // hours 1–11 gain 12
	meridiemNoon  = 3 // ظهراً: 1–6 gain 12, 11 and 12 stay
	meridiemNight = 4 // ليلاً: 6–11 gain 12, 12 becomes 0, 1–5 stay
)

// meridiems are the words after a clock time that say which half of the day
// it is in. "a.m." and "p.m." with dots are recognised in match.go.
var meridiems = []struct {
	words []string
	kind  int8
}{
	{[]string{"am", "ص", "صباحا", "صباحاً", "صباح", "الصباح", "فجرا", "فجراً", "الفجر", "vorm"}, meridiemAM},
	{[]string{"pm", "م", "مساء", "مساءً", "مساءا", "المساء", "عصرا", "عصراً", "العصر", "بعد الظهر", "بعد الظهيرة", "nachm"}, meridiemPM},
	{[]string{"ظهرا", "ظهراً", "الظهر", "ظهر"}, meridiemNoon},
	{[]string{"ليلا", "ليلاً", "الليل", "ليل"}, meridiemNight},
}

// timeIntros may stand between a date and its clock time ("July 3, 2024 at
// 10:30", "8 يناير 2026 الساعة 12:30", "آخر تحديث 14:00").
var timeIntros = []string{
	"at", "um", "à", "a", "las", "la", "alle", "ore", "om", "às", "saat", "kl", "klo",
	"الساعة", "الساعه", "ساعة", "في", "عند", "آخر تحديث", "تحديث",
	// "updated" in several languages: the clock time of the last update
	// follows the date it belongs to.
	"updated", "actualizado", "actualizada", "aktualisiert", "atualizado",
	"aggiornato", "bijgewerkt", "güncellendi", "uppdaterad", "oppdatert", "opdateret",
}

// clockSuffixes follow a clock time ("10:30 Uhr", "10h30").
var clockSuffixes = []string{"Uhr", "h"}

// dateIntros may stand between a weekday or a clock time and the date
// ("Mittwoch, den 3. Juli", "الخميس الموافق 8 يناير", "5:04 PM on July 2").
var dateIntros = []string{"on", "le", "el", "den", "am", "يوم", "الموافق", "الموافق ل"}

// zoneDef is a time zone named by an abbreviation or a place.
type zoneDef struct {
	names  []string
	offset int  // seconds east of UTC
	us     bool // a North American zone: numeric dates near it are month-first
	usDST  bool // offset is standard time, an hour more in US summer time
	local  bool // a zone with daylight saving time: the caller's location is used
}

// zoneAbbreviations may follow a clock time on their own ("10:30 GMT",
// "5:04 PM EDT"). AST is Arabia Standard Time (UTC+3), as in Gulf media, not
// Atlantic Standard Time. ET, CT, MT and PT follow US daylight saving time.
var zoneAbbreviations = []zoneDef{
	{names: []string{"UTC", "GMT", "UT", "غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "قرينتش", "توقيت غرينتش", "ت غ"}, offset: 0},
	{names: []string{"EST"}, offset: -5 * 3600, us: true},
	{names: []string{"EDT"}, offset: -4 * 3600, us: true},
	{names: []string{"CST"}, offset: -6 * 3600, us: true},
	{names: []string{"CDT"}, offset: -5 * 3600, us: true},
	{names: []string{"MST"}, offset: -7 * 3600, us: true},
	{names: []string{"MDT"}, offset: -6 * 3600, us: true},
	{names: []string{"PST"}, offset: -8 * 3600, us: true},
	{names: []string{"PDT"}, offset: -7 * 3600, us: true},
	{names: []string{"AKST"}, offset: -9 * 3600, us: true},
	{names: []string{"AKDT"}, offset: -8 * 3600, us: true},
	{names: []string{"HST"}, offset: -10 * 3600, us: true},
	{names: []string{"ET"}, offset: -5 * 3600, us: true, usDST: true},
	{names: []string{"CT"}, offset: -6 * 3600, us: true, usDST: true},
	{names: []string{"MT"}, offset: -7 * 3600, us: true, usDST: true},
	{names: []string{"PT"}, offset: -8 * 3600, us: true, usDST: true},
	{names: []string{"WET"}, offset: 0},
	{names: []string{"WEST", "BST"}, offset: 3600},
	{names: []string{"CET", "MEZ", "WAT"}, offset: 3600},
	{names: []string{"CEST", "MESZ", "EET", "CAT", "SAST"}, offset: 2 * 3600},
	{names: []string{"EEST", "MSK", "AST", "TRT", "EAT", "KSA"}, offset: 3 * 3600},
	{names: []string{"IRST"}, offset: 3*3600 + 1800},
	{names: []string{"GST"}, offset: 4 * 3600},
	{names: []string{"PKT"}, offset: 5 * 3600},
	{names: []string{"WIB"}, offset: 7 * 3600},
	{names: []string{"SGT", "HKT", "AWST"}, offset: 8 * 3600},
	{names: []string{"JST", "KST"}, offset: 9 * 3600},
	{names: []string{"AEST"}, offset: 10 * 3600},
	{names: []string{"AEDT"}, offset: 11 * 3600},
}

// zonePrefixes introduce a place whose time is meant ("بتوقيت مكة").
var zonePrefixes = []string{"بتوقيت", "توقيت", "بالتوقيت", "حسب توقيت", "بحسب توقيت", "وفق توقيت", "حسب التوقيت"}

// zonePlaces follow a zone prefix, as do the zone abbreviations. Places with daylight saving time are
// marked local: the expression is recognised and the caller's location used.
var zonePlaces = []zoneDef{
	{names: []string{"لندن"}, offset: 0},
	{names: []string{"مكة", "مكة المكرمة", "السعودية", "الرياض", "جدة", "الكويت", "قطر", "الدوحة", "البحرين", "المنامة", "بغداد", "العراق", "اليمن", "صنعاء", "موسكو", "إسطنبول", "تركيا", "أنقرة"}, offset: 3 * 3600},
	{names: []string{"الإمارات", "أبوظبي", "أبو ظبي", "دبي", "مسقط", "سلطنة عمان"}, offset: 4 * 3600},
	{names: []string{"الجزائر", "تونس"}, offset: 3600},
	{names: []string{"ليبيا", "السودان", "الخرطوم"}, offset: 2 * 3600},
	{names: []string{"المحلي", "القاهرة", "مصر", "بيروت", "لبنان", "دمشق", "سوريا", "عمان", "الأردن", "القدس", "فلسطين", "غزة", "المغرب", "الرباط"}, local: true},
}
