package amounts

// The language data of the amount finder: plain lists, normalised with key
// (diacritics and tatweel removed, alef forms unified, ى → ي, ة → ه, Latin
// lower-cased) when a Finder is built. Add to them freely; keep one entry per
// line of thought so that a reader can check it.

// numberWords are Arabic and English cardinal number words below one hundred
// and their values. Gender and case forms are listed: سبعة/سبع, اثنان/اثنين.
// واحد and أحد are not here: alone they are rarely amounts (في آن واحد، أحد
// الأسباب); they count only inside a compound (أحد عشر، واحد وعشرون) or
// after a unit noun (يوم واحد), which the finder handles.
var numberWords = map[string]float64{
	"اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
	"ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5,
	"ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8,
	"تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
	"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
	"خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
	"ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
	// English
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// oneWords are the forms of one (واحد) and the أحد/إحدى of the teens.
var oneWords = []string{"واحد", "واحدة", "واحدا", "أحد", "إحدى"}

// teenWords follow a unit to make a teen: ثلاثة عشر = 13.
var teenWords = []string{"عشر", "عشرة"}

// hundredWords are the hundreds written as one word, with their values.
var hundredWords = map[string]float64{
	"مئة": 100, "مائة": 100, "مئه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
	"ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500,
	"ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800,
	"ثمانيمئة": 800, "ثمانيمائة": 800, "تسعمئة": 900, "تسعمائة": 900,
	"hundred": 100,
}

// scaleWords multiply what comes before them (2.52 مليار, ثلاثة آلاف) or stand
// for one of themselves (مليون دولار). Dual forms are in dualScales.
var scaleWords = map[string]float64{
	"ألف": 1e3, "ألفا": 1e3, "آلاف": 1e3, "الاف": 1e3,
	"مليون": 1e6, "مليونا": 1e6, "ملايين": 1e6,
	"مليار": 1e9, "مليارا": 1e9, "مليارات": 1e9, "بليون": 1e9, "بلايين": 1e9,
	"تريليون": 1e12, "تريليونا": 1e12, "تريليونات": 1e12,
	"thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "k": 1e3,
}

// dualScales are the Arabic duals of the scale words: ألفين = 2000.
var dualScales = map[string]float64{
	"ألفين": 2e3, "ألفان": 2e3, "مليونين": 2e6, "مليونان": 2e6,
	"مليارين": 2e9, "ملياران": 2e9, "مليارى": 2e9, "ملياري": 2e9, "مليوني": 2e6, "ألفي": 2e3,
	"تريليونين": 2e12,
}

// vagueWords are the plurals that stand alone for an unknown number of tens,
// hundreds, thousands … (عشرات المشاريع، مئات الآلاف): approximate counts.
var vagueWords = map[string]float64{
	"عشرات": 10, "مئات": 100, "مئآت": 100, "آلاف": 1e3, "ملايين": 1e6, "مليارات": 1e9,
	"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}

// fractionWords are fractions that stand alone (نصف مليون) or follow a unit
// after و (ساعة ونصف، مليار ونصف).
var fractionWords = map[string]float64{
	"نصف": 0.5, "ربع": 0.25, "ثلث": 1.0 / 3, "ثلثي": 2.0 / 3, "ثلثا": 2.0 / 3, "half": 0.5,
}

// unitClass is what a unit measures, which decides the kind of an amount.
type unitClass uint8

const (
	uNone     unitClass = iota
	uMoney              // level, change or share by the cues; Unit is ISO 4217
	uPercent            // likewise; Unit "%"
	uPoints             // percentage points and index points: as money
	uMeasure            // tonnes, barrels: as money
	uCount              // count; Unit is the singular noun
	uDuration           // duration
	uDistance           // distance
)

// unitEntry is a unit noun with its written forms. Duals are the forms that
// mean two of it with no number before them (يومين، دولارين).
type unitEntry struct {
	code   string
	class  unitClass
	forms  []string
	duals  []string
	factor float64 // multiplies the value: هللة = 0.01 SAR; 0 means 1
}

// currencyNouns are currency names; Code is the currency when no adjective
// says otherwise (ريال alone is Saudi in Saudi news, دولار is the US dollar).
// A name whose country is not clear without its adjective (دينار، ليرة،
// فرنك) has its own noun as code, for the adjective to replace.
var currencyNouns = []unitEntry{
	{code: "USD", forms: []string{"دولار", "دولارا", "دولارات", "dollar", "dollars", "usd", "$"}, duals: []string{"دولارين", "دولاران"}},
	{code: "SAR", forms: []string{"ريال", "ريالا", "ريالات", "riyal", "riyals", "sar", "sr"}, duals: []string{"ريالين", "ريالان"}},
	{code: "SAR", factor: 0.01, forms: []string{"هللة", "هللات"}},
	{code: "USD", factor: 0.01, forms: []string{"سنت", "سنتا", "سنتات", "cent", "cents"}},
	{code: "EUR", forms: []string{"يورو", "euro", "euros", "eur", "€"}},
	{code: "RUB", forms: []string{"روبل", "روبلا", "روبلات", "ruble", "rubles", "rouble", "roubles", "rub"}},
	{code: "EGP", forms: []string{"جنيه", "جنيها", "جنيهات", "egp"}, duals: []string{"جنيهين"}},
	{code: "GBP", forms: []string{"إسترليني", "استرليني", "pound", "pounds", "sterling", "gbp", "£"}},
	{code: "AED", forms: []string{"درهم", "درهما", "دراهم", "dirham", "dirhams", "aed"}},
	{code: "دينار", forms: []string{"دينار", "دينارا", "دنانير", "dinar", "dinars"}},
	{code: "ليرة", forms: []string{"ليرة", "ليرات", "lira", "liras"}},
	{code: "فرنك", forms: []string{"فرنك", "فرنكات", "franc", "francs"}},
	{code: "JPY", forms: []string{"ين", "yen", "jpy", "¥"}},
	{code: "CNY", forms: []string{"يوان", "yuan", "cny"}},
	{code: "INR", forms: []string{"روبية", "روبيات", "rupee", "rupees"}},
	{code: "IRR", forms: []string{"تومان"}},
	{code: "QAR", forms: []string{"qar"}},
	{code: "KWD", forms: []string{"kwd"}},
}

// currencyAdjectives name the country of a currency noun: دولار كندي،
// جنيه مصري، ليرة تركية. Masculine singular forms; the finder also tries the
// feminine (ة), accusative (ا) and plural endings.
var currencyAdjectives = map[string]string{
	"أميركي": "USD", "أمريكي": "USD", "كندي": "CAD", "أسترالي": "AUD", "استرالي": "AUD",
	"سنغافوري": "SGD", "هونغ": "HKD", "نيوزيلندي": "NZD",
	"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "إيراني": "IRR",
	"مصري": "EGP", "سوداني": "SDG", "إسترليني": "GBP", "استرليني": "GBP",
	"إماراتي": "AED", "مغربي": "MAD", "كويتي": "KWD", "أردني": "JOD", "عراقي": "IQD",
	"بحريني": "BHD", "ليبي": "LYD", "تونسي": "TND", "جزائري": "DZD", "تركي": "TRY",
	"لبناني": "LBP", "سوري": "SYP", "روسي": "RUB", "هندي": "INR", "صيني": "CNY",
	"ياباني": "JPY", "باكستاني": "PKR", "سويسري": "CHF", "أوروبي": "EUR",
	"us": "USD", "canadian": "CAD", "australian": "AUD", "saudi": "SAR",
	"egyptian": "EGP", "british": "GBP", "swiss": "CHF", "kuwaiti": "KWD",
}

// percentPhrases are the ways of writing percent, as tokens: في المئة,
// بالمئة (one token), %.
var percentPhrases = []string{
	"%", "٪", "في المئة", "في المائة", "في مئة", "بالمئة", "بالمائة", "percent", "per cent", "pct",
}

// pointPhrases are percentage points (pp) and basis points (bp).
var pointPhrases = map[string]string{
	"نقطة مئوية": "pp", "نقاط مئوية": "pp", "نقطة أساس": "bp", "نقاط أساس": "bp",
	"percentage points": "pp", "percentage point": "pp", "basis points": "bp", "basis point": "bp",
}

// measureUnits are units of quantity that are neither money nor counts.
var measureUnits = []unitEntry{
	{code: "point", forms: []string{"نقطة", "نقاط", "point", "points"}, duals: []string{"نقطتين", "نقطتان"}},
	{code: "tonne", forms: []string{"طن", "طنا", "أطنان", "tonne", "tonnes", "ton", "tons"}, duals: []string{"طنين"}},
	{code: "barrel", forms: []string{"برميل", "برميلا", "براميل", "barrel", "barrels", "bpd"}},
	{code: "kg", forms: []string{"كيلوغرام", "كيلوغراما", "كيلوغرامات", "كيلوجرام", "كجم", "كغم", "كغ", "kg", "kilograms"}},
	{code: "MW", forms: []string{"ميغاواط", "ميجاوات", "ميغاوات", "mw", "megawatts"}},
	{code: "m2", forms: []string{"هكتار", "هكتارا", "هكتارات"}},
	{code: "degree", forms: []string{"درجة", "درجات", "degrees"}},
}

// durationUnits are units of time.
var durationUnits = []unitEntry{
	{code: "second", forms: []string{"ثانية", "ثوان", "ثواني", "ثوانٍ", "second", "seconds"}, duals: []string{"ثانيتين"}},
	{code: "minute", forms: []string{"دقيقة", "دقائق", "minute", "minutes", "min"}, duals: []string{"دقيقتين", "دقيقتان"}},
	{code: "hour", forms: []string{"ساعة", "ساعات", "hour", "hours"}, duals: []string{"ساعتين", "ساعتان"}},
	{code: "day", forms: []string{"يوم", "يوما", "أيام", "day", "days"}, duals: []string{"يومين", "يومان"}},
	{code: "week", forms: []string{"أسبوع", "أسبوعا", "أسابيع", "week", "weeks"}, duals: []string{"أسبوعين", "أسبوعان"}},
	{code: "month", forms: []string{"شهر", "شهرا", "أشهر", "شهور", "month", "months"}, duals: []string{"شهرين", "شهران"}},
	{code: "year", forms: []string{"سنة", "سنوات", "سنين", "عام", "عاما", "أعوام", "year", "years"}, duals: []string{"سنتين", "سنتان", "عامين", "عامان"}},
	{code: "decade", forms: []string{"عقد", "عقود", "decade", "decades"}, duals: []string{"عقدين"}},
}

// distanceUnits are units of length and area.
var distanceUnits = []unitEntry{
	{code: "km", forms: []string{"كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "km", "kilometres", "kilometers", "kilometre", "kilometer"}, duals: []string{"كيلومترين"}},
	{code: "m", forms: []string{"متر", "مترا", "أمتار", "م", "metre", "metres", "meter", "meters"}, duals: []string{"مترين", "متران"}},
	{code: "cm", forms: []string{"سنتيمتر", "سنتيمترا", "سنتيمترات", "سم", "cm", "centimetres"}},
	{code: "mile", forms: []string{"ميل", "ميلا", "أميال", "mile", "miles"}, duals: []string{"ميلين"}},
	{code: "nmi", forms: []string{"ميل بحري", "knots"}},
}

// countNouns are nouns that news counts, singular first and then the forms
// that follow numbers (plurals, the accusative singular of 11–99). Dual
// marks nouns whose dual, even with the article, is a count of two
// (الصاروخين); duals of nouns such as بلد or رئيس are references, not counts,
// and stay out.
var countNouns = []struct {
	sg    string
	forms []string
	dual  bool
}{
	{"قتيل", []string{"قتيلا", "قتلى"}, true},
	{"جريح", []string{"جريحا", "جرحى"}, true},
	{"شخص", []string{"شخصا", "أشخاص"}, true},
	{"شهيد", []string{"شهيدا", "شهداء"}, true},
	{"مصاب", []string{"مصابا", "مصابين"}, true},
	{"ضحية", []string{"ضحايا"}, true},
	{"طفل", []string{"طفلا", "أطفال"}, true},
	{"امرأة", []string{"امرأتين", "نساء", "سيدة", "سيدات"}, false},
	{"جندي", []string{"جنديا", "جنود"}, true},
	{"عسكري", []string{"عسكريا", "عسكريين"}, true},
	{"مدني", []string{"مدنيا", "مدنيين"}, true},
	{"مسلح", []string{"مسلحا", "مسلحين"}, true},
	{"مقاتل", []string{"مقاتلا", "مقاتلين"}, true},
	{"عنصر", []string{"عنصرا", "عناصر"}, true},
	{"معتقل", []string{"معتقلا", "معتقلين"}, true},
	{"أسير", []string{"أسيرا", "أسرى"}, true},
	{"رهينة", []string{"رهائن"}, true},
	{"سجين", []string{"سجينا", "سجناء"}, true},
	{"متهم", []string{"متهما", "متهمين"}, true},
	{"لاجئ", []string{"لاجئا", "لاجئين"}, true},
	{"نازح", []string{"نازحا", "نازحين"}, true},
	{"مهاجر", []string{"مهاجرا", "مهاجرين"}, true},
	{"مواطن", []string{"مواطنا", "مواطنين"}, true},
	{"مقيم", []string{"مقيما", "مقيمين"}, true},
	{"عامل", []string{"عاملا", "عمال"}, true},
	{"موظف", []string{"موظفا", "موظفين"}, true},
	{"طالب", []string{"طالبا", "طلاب", "طالبة", "طالبات"}, true},
	{"معلم", []string{"معلما", "معلمين", "معلمة", "معلمات"}, true},
	{"طبيب", []string{"طبيبا", "أطباء"}, true},
	{"مريض", []string{"مريضا", "مرضى"}, true},
	{"حاج", []string{"حاجا", "حجاج"}, true},
	{"معتمر", []string{"معتمرا", "معتمرين"}, true},
	{"زائر", []string{"زائرا", "زوار"}, true},
	{"سائح", []string{"سائحا", "سياح"}, true},
	{"لاعب", []string{"لاعبا", "لاعبين"}, true},
	{"نسمة", []string{"نسمات"}, false},
	{"مشترك", []string{"مشتركا", "مشتركين"}, true},
	{"مستخدم", []string{"مستخدما", "مستخدمين"}, true},
	{"شركة", []string{"شركات"}, true},
	{"مشروع", []string{"مشروعا", "مشاريع", "مشروعات"}, true},
	{"مصنع", []string{"مصنعا", "مصانع"}, true},
	{"منشأة", []string{"منشآت"}, true},
	{"بنك", []string{"بنكا", "بنوك", "مصرف", "مصارف"}, true},
	{"فرع", []string{"فرعا", "فروع"}, true},
	{"مركز", []string{"مركزا", "مراكز"}, false},
	{"وظيفة", []string{"وظائف"}, true},
	{"فرصة", []string{"فرص"}, true},
	{"سهم", []string{"سهما", "أسهم"}, true},
	{"صفقة", []string{"صفقات"}, true},
	{"اتفاقية", []string{"اتفاقيات"}, true},
	{"اتفاق", []string{"اتفاقا", "اتفاقات"}, true},
	{"مذكرة", []string{"مذكرات"}, true},
	{"عقد تجاري", nil, false},
	{"صاروخ", []string{"صاروخا", "صواريخ"}, true},
	{"قذيفة", []string{"قذائف"}, true},
	{"طائرة", []string{"طائرات"}, true},
	{"مسيرة", []string{"مسيرات"}, true},
	{"مروحية", []string{"مروحيات"}, true},
	{"دبابة", []string{"دبابات"}, true},
	{"سفينة", []string{"سفن"}, true},
	{"قارب", []string{"قاربا", "قوارب"}, true},
	{"سيارة", []string{"سيارات"}, true},
	{"حافلة", []string{"حافلات"}, true},
	{"غارة", []string{"غارات"}, true},
	{"هجوم", []string{"هجوما", "هجمات"}, true},
	{"انفجار", []string{"انفجارات"}, true},
	{"حادث", []string{"حادثا", "حوادث"}, true},
	{"جريمة", []string{"جرائم"}, true},
	{"مخالفة", []string{"مخالفات"}, true},
	{"حالة", []string{"حالات"}, true},
	{"إصابة", []string{"إصابات"}, true},
	{"وفاة", []string{"وفيات"}, true},
	{"منزل", []string{"منزلا", "منازل"}, true},
	{"مبنى", []string{"مباني", "مبان"}, true},
	{"وحدة", []string{"وحدات"}, true},
	{"مدرسة", []string{"مدارس"}, true},
	{"مستشفى", []string{"مستشفيات"}, true},
	{"مسجد", []string{"مسجدا", "مساجد"}, true},
	{"دولة", []string{"دول"}, false},
	{"بلد", []string{"بلدا", "بلدان"}, false},
	{"مدينة", []string{"مدن"}, false},
	{"قرية", []string{"قرى"}, false},
	{"منطقة", []string{"مناطق"}, false},
	{"محافظة", []string{"محافظات"}, false},
	{"مقعد", []string{"مقعدا", "مقاعد"}, true},
	{"صوت", []string{"صوتا", "أصوات"}, true},
	{"عضو", []string{"عضوا", "أعضاء"}, false},
	{"نائب", []string{"نائبا", "نواب"}, false},
	{"وزير", []string{"وزيرا", "وزراء"}, false},
	{"هدف", []string{"هدفا", "أهداف"}, true},
	{"مباراة", []string{"مباريات"}, true},
	{"رحلة", []string{"رحلات"}, true},
	{"مرة", []string{"مرات"}, false},
	{"قطعة", []string{"قطع"}, true},
	{"اشتراك", []string{"اشتراكا", "اشتراكات"}, true},
	{"فيديو", []string{"فيديوهات"}, true},
	{"كتاب", []string{"كتابا", "كتب"}, true},
	{"بئر", []string{"آبار"}, true},
	{"people", []string{"persons"}, false},
}

// noCountWords are words that may follow a number without being what it
// counts: particles, prepositions, pronouns, and date and name markers.
var noCountWords = []string{
	"من", "في", "على", "إلى", "الى", "عن", "مع", "أو", "ثم", "قد", "لا", "لم", "لن",
	"أن", "إن", "إنه", "أنه", "هو", "هي", "هم", "ما", "التي", "الذي", "الذين", "حتى",
	"منذ", "بين", "عند", "لدى", "قبل", "بعد", "خلال", "حول", "نحو", "فقط", "فحسب",
	"تقريبا", "أيضا", "كما", "هذا", "هذه", "ذلك", "تلك", "كل", "بعض", "جميع", "غير",
	"أكثر", "أقل", "مقابل", "مقارنة", "لكل", "بكل", "صباحا", "مساء", "ظهرا", "ليلا", "يوميا", "سنويا", "شهريا", "إضافة", "هـ", "ه", "م", "ق", "و", "ف", "ب", "ل", "ك",
	"of", "in", "the", "to", "and", "or", "a", "an", "at", "on", "by", "for", "from",
	"with", "than", "as", "is", "was", "were", "are", "be", "this", "that", "per",
	"st", "nd", "rd", "th", "am", "pm", "he", "she", "it", "they", "we", "i", "you",
	"has", "have", "had", "will", "would", "said", "says", "after", "before", "since",
	"more", "less", "up", "down", "over", "under", "about", "around", "but", "not",
}

// approxPhrases come right before a number and make it approximate. They
// are matched on the words without their proclitics, so بنحو and لأكثر من
// are covered.
var approxPhrases = []string{
	"نحو", "قرابة", "حوالي", "حوالى", "زهاء", "تقريبا", "ما يقارب", "لما يقارب", "يقارب", "تقارب",
	"ما يناهز", "يناهز", "تناهز", "أكثر من", "أقل من", "أزيد من", "ما يزيد على", "ما يزيد عن",
	"ما لا يقل عن", "لا يقل عن", "ما يربو على", "يربو على", "ما يفوق", "يفوق", "ما يصل إلى",
	"ما بين", "ما يقرب من", "أكثر", "أقل",
	"about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "under",
	"more than", "less than", "fewer than", "at least", "up to", "an estimated", "close to",
}

// approxAfter follow an amount and make it approximate: 112 مليار تقريبا.
var approxAfter = []string{"تقريبا", "approximately"}

// Cue words. A change cue says that the amount is a change and in which
// direction; a level cue that it is what something came to; a share cue
// that it is a part of a whole. The finder takes the nearest cue before the
// amount in its sentence. Verbs are listed in the forms news uses: past,
// present, feminine, the verbal noun with its case endings.
var (
	changeUpCues = []string{
		"ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "ارتفاعا", "ارتفاعه", "ارتفاعها",
		"زاد", "زادت", "يزيد", "تزيد", "زيادة", "زيادته", "زيادتها",
		"نما", "نمت", "ينمو", "تنمو", "نمو", "نموا",
		"صعد", "صعدت", "يصعد", "تصعد", "صعود", "صعودا",
		"قفز", "قفزت", "يقفز", "تقفز", "قفزة", "تضاعف", "تضاعفت", "ربح", "ربحت",
		"تحسن", "تحسنت", "مكاسب", "مرتفعا", "مرتفعة", "مرتفع", "بارتفاع", "بزيادة", "بنمو", "ليرتفع", "لترتفع",
		"سيزيد", "ستزيد", "سيرتفع", "سترتفع", "سينمو", "ستنمو",
		"rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases",
		"grew", "grow", "grows", "growth", "gained", "gain", "gains", "climbed", "climb",
		"jumped", "jump", "surged", "surge", "soared", "up", "added", "advanced",
	}
	changeDownCues = []string{
		"انخفض", "انخفضت", "ينخفض", "تنخفض", "انخفاض", "انخفاضا", "انخفاضه", "انخفاضها",
		"تراجع", "تراجعت", "يتراجع", "تتراجع", "تراجعا", "تراجعه", "تراجعها",
		"هبط", "هبطت", "يهبط", "تهبط", "هبوط", "هبوطا",
		"انكمش", "انكمشت", "انكماش", "تقلص", "تقلصت", "يتقلص", "تتقلص", "تقلصا",
		"خسر", "خسرت", "يخسر", "تخسر", "خسائر", "تدنى", "تدنت", "تهاوى", "تهاوت",
		"نقص", "نقصت", "خفض", "خفضت", "تخفيض", "تخفيضا", "متراجعا", "متراجعة", "منخفضا", "منخفضة",
		"بانخفاض", "بتراجع", "لينخفض", "لتنخفض", "ليتراجع", "لتتراجع",
		"سينخفض", "ستنخفض", "سيتراجع", "ستتراجع",
		"fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops",
		"declined", "decline", "declines", "decreased", "decrease", "slid", "slipped",
		"plunged", "plummeted", "down", "lost", "shrank", "shrink", "cut", "lower",
	}
	levelCues = []string{
		"بلغ", "بلغت", "يبلغ", "تبلغ", "البالغ", "البالغة", "بالغ",
		"وصل", "وصلت", "يصل", "تصل", "سجل", "سجلت", "يسجل", "تسجل",
		"قدره", "قدرها", "قيمته", "قيمتها", "بقيمة", "بمبلغ", "بإجمالي", "بتكلفة", "بكلفة", "بحجم",
		"يعادل", "تعادل", "يساوي", "تساوي", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "ليسجل", "لتسجل",
		"reached", "reach", "totaled", "totalled", "total", "stood", "worth", "valued",
		"hit", "to", "from", "at", "level",
	}
	shareCues = []string{
		"حصة", "حصته", "حصتها", "نسبة", "يشكل", "تشكل", "يمثل", "تمثل", "يستحوذ", "تستحوذ",
		"استحوذ", "استحوذت", "share", "accounting", "accounted", "accounts",
	}
)

// toFromWords right before an amount make it a level after a change cue:
// ارتفع من 5 إلى 7 في المئة.
var toFromWords = []string{"إلى", "الى", "من", "to", "from", "at"}

// chainCues begin a second amount of the same measured thing: «ارتفع … بنسبة
// 7 في المئة ليصل إلى 112 مليار دولار». Written after the proclitic ل.
var chainCues = []string{"ليصل", "لتصل", "ليبلغ", "لتبلغ", "ليسجل", "لتسجل", "ليرتفع", "لترتفع", "لينخفض", "لتنخفض", "ليتراجع", "لتتراجع"}

// objectStops end the noun phrase of the measured thing.
var objectStops = []string{
	"نسبة", "بنسبة", "بمقدار", "مقدار", "بواقع", "إلى", "الى", "عن", "على", "خلال", "في", "منذ",
	"حتى", "مقارنة", "مع", "بعد", "قبل", "أن", "إن", "أنه", "إنه", "كما", "لكن", "حيث", "إذ",
	"قد", "وقد", "فقد", "التي", "الذي", "بينما", "فيما", "عندما", "ما", "لا", "لم", "نحو", "قرابة", "حوالي",
	"by", "to", "from", "in", "during", "since", "at", "on", "after", "before", "while", "that",
	"which", "as", "compared", "percent", "than",
}

// objectBounds end the noun phrase when walking back from a verb that
// follows its subject: «كما أن حجم التجارة بين البلدين ارتفع».
var objectBounds = []string{
	"أن", "إن", "كما", "لكن", "حيث", "إذ", "قد", "وقد", "فقد", "بينما", "فيما", "عندما",
	"that", "while", "and", "but", "the", "as", "when",
}

// months are month names (Gregorian of every region, Syriac, Hijri,
// English); a number next to one is a day or a year.
var months = []string{
	"يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس",
	"سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "جانفي", "فيفري", "أفريل", "ماي", "جوان",
	"جويلية", "أوت", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر",
	"كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
	"محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة", "ذو", "ذي",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec",
}

// yearWords before a number make it a year: عام 2024, سنة 1990.
var yearWords = []string{"عام", "سنة", "عامي", "سنتي", "العام", "السنة", "year", "fiscal", "since", "until", "by", "in"}

// yearMarks after a number make it a year: 1446 هـ, 2015 م.
var yearMarks = []string{"هـ", "ه", "م", "ad", "bc", "ce"}

// nameWords before a number make it part of a name or a reference, not an
// amount: رقم 5، المادة 3، القرار 2254، الـ80 (an ordinal), No. 5.
var nameWords = []string{
	"رقم", "برقم", "الرقم", "مادة", "المادة", "البند", "بند", "الفقرة", "فقرة", "القرار", "قرار",
	"القانون", "قانون", "الصفحة", "صفحة", "المرتبة", "المركز", "الدورة", "النسخة", "الجولة",
	"الحلقة", "الطبعة", "الفصل", "الساعة", "الغرفة", "الطريق", "طريق", "المخرج", "الملعب",
	"الـ", "ال", "الجزء", "المجموعة", "الدرجة", "الكيلو", "الإصدار", "إصدار", "بوينغ", "إيرباص",
	"no", "no.", "number", "article", "resolution", "page", "chapter", "section",
	"route", "flight", "room", "version", "covid", "mh", "f", "su", "mig", "t", "s", "a", "boeing", "airbus",
}

// periodNouns begin a period phrase: في النصف الأول من العام الحالي.
var periodNouns = []string{
	"الفترة", "فترة", "النصف", "نصف", "الربع", "ربع", "الشهر", "شهر", "الأشهر", "أشهر",
	"الشهور", "العام", "عام", "السنة", "سنة", "الأسبوع", "أسبوع", "الفصل", "اليوم", "الأيام",
	"السنوات", "الأعوام", "العقد", "first", "second", "third", "fourth", "last", "this", "the",
	"half", "quarter", "year", "month", "week", "fiscal",
}

// periodWords may go on a period phrase after its first word.
var periodWords = []string{
	"الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الأخير",
	"الأخيرة", "الحالي", "الحالية", "الماضي", "الماضية", "الماضيين", "المقبل", "المقبلة",
	"الجاري", "الجارية", "السابق", "السابقة", "المنصرم", "المنصرمة", "المالي", "المالية",
	"من", "إلى", "الى", "حتى", "هذا", "هذه", "(", ")",
	"first", "second", "third", "fourth", "last", "this", "next", "previous", "of",
	"half", "quarter", "year", "month", "week", "fiscal", "the", "to",
}

// periodAnchors make a phrase of period words a period: it must hold one of
// them, a month or a year.
var periodAnchors = []string{
	"الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الأخير",
	"الأخيرة", "الحالي", "الحالية", "الماضي", "الماضية", "الماضيين", "المقبل", "المقبلة",
	"الجاري", "الجارية", "السابق", "المنصرم", "المالي", "last", "this", "first", "second", "third", "fourth", "previous",
}

// periodLeads before a period noun start a period phrase.
var periodLeads = []string{"في", "خلال", "منذ", "حتى", "مطلع", "بداية", "نهاية", "أواخر", "أوائل", "منتصف", "طوال", "بنهاية", "in", "during", "for", "over", "since"}
