package ui

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// lang is the interface language: "ar" (the default) or "en". Its methods
// are what templates call to say things: {{.T "key"}}, {{.Name …}},
// {{.Date …}}.
type lang string

const (
	arabic  lang = "ar"
	english lang = "en"
)

func validLang(s string) bool { return s == string(arabic) || s == string(english) }

// messages are the interface strings: key → {Arabic, English}. Every key
// a template uses must be here (a test checks).
var messages = map[string][2]string{
	"app":      {"مَرصد", "marsad"},
	"tagline":  {"مرصد الأخبار: من قال ماذا، ومن فعل ماذا بمن", "News intelligence: who said what, who did what to whom"},
	"skip":     {"انتقل إلى المحتوى", "Skip to content"},
	"langName": {"العربية", "English"},

	"nav.home":     {"الرئيسية", "Home"},
	"nav.search":   {"البحث", "Search"},
	"nav.entities": {"الكيانات", "Entities"},
	"nav.quotes":   {"الاقتباسات", "Quotations"},
	"nav.events":   {"الأحداث", "Events"},
	"nav.graph":    {"شبكة الفاعلين", "Actor graph"},
	"nav.stories":  {"القصص", "Stories"},
	"nav.label":    {"التنقل الرئيسي", "Main navigation"},
	"nav.sources":  {"المصادر", "Sources"},

	"sources.title":       {"المصادر", "Sources"},
	"sources.lede":        {"المواقع والخلاصات التي يتابعها مرصد، وحال كل منها.", "The sites and feeds marsad follows, and how each is doing."},
	"sources.source":      {"المصدر", "Source"},
	"sources.kind":        {"النوع", "Kind"},
	"sources.lastSuccess": {"آخر قراءة ناجحة", "Last read"},
	"sources.lastError":   {"آخر خطأ", "Last error"},
	"sources.perDay":      {"مقالات في اليوم", "Articles a day"},
	"sources.queued":      {"في الانتظار", "Queued"},
	"sources.claimed":     {"قيد الجلب", "Being fetched"},
	"sources.done":        {"مخزّنة", "Stored"},
	"sources.failed":      {"فشلت", "Failed"},
	"sources.off":         {"متوقف", "off"},
	"sources.none":        {"لا مصادر بعد: أضف خلاصة بالأمر marsad sources add URL أو القائمة الافتراضية بالأمر marsad sources defaults.", "No sources yet: add a feed with marsad sources add URL, or the default list with marsad sources defaults."},

	"search.placeholder": {"ابحث في الأخبار… مثلاً: علييف", "Search the news… e.g. Aliyev"},
	"search.button":      {"ابحث", "Search"},
	"search.label":       {"كلمات البحث", "Search words"},
	"search.title":       {"البحث", "Search"},
	"search.results":     {"النتائج", "Results"},
	"search.total":       {"المقالات المطابقة", "matching articles"},
	"search.none":        {"لا توجد مقالات مطابقة.", "No article matches."},
	"search.empty":       {"اكتب كلمات للبحث عنها في العناوين والنصوص، أو اختر كياناً.", "Type words to find in titles and texts, or pick an entity."},
	"search.filters":     {"تصفية النتائج", "Refine"},
	"search.remove":      {"إزالة", "remove"},
	"search.apply":       {"تطبيق", "Apply"},
	"search.active":      {"المرشحات", "Filters"},

	"facet.site":     {"المصدر", "Source"},
	"facet.lang":     {"اللغة", "Language"},
	"facet.entity":   {"الكيان", "Entity"},
	"facet.from":     {"من تاريخ", "From"},
	"facet.to":       {"إلى تاريخ", "To"},
	"facet.unknown":  {"غير معروف", "unknown"},
	"facet.speaker":  {"المتحدث", "Speaker"},
	"facet.words":    {"كلمات", "Words"},
	"facet.type":     {"النوع", "Type"},
	"facet.actor":    {"الفاعل", "Actor"},
	"facet.any":      {"الكل", "All"},
	"facet.nameHint": {"اسم أو معرّف", "name or id"},

	"home.latest":   {"أحدث المقالات", "Latest articles"},
	"home.entities": {"الأكثر ذكراً", "Most mentioned"},
	"home.stories":  {"أحدث القصص", "Latest stories"},
	"home.stats":    {"في المخزن", "In the store"},
	"home.empty":    {"المخزن فارغ: أضف مقالات بالأمر marsad ingest.", "The store is empty: add articles with marsad ingest."},
	"home.more":     {"المزيد", "More"},

	"stat.articles": {"المقالات", "Articles"},
	"stat.entities": {"الكيانات", "Entities"},
	"stat.quotes":   {"الاقتباسات", "Quotations"},
	"stat.events":   {"الأحداث", "Events"},
	"stat.mentions": {"الإشارات", "Mentions"},

	"article.original":  {"المقالة الأصلية", "Original article"},
	"article.by":        {"بقلم", "By"},
	"article.events":    {"الأحداث في المقالة", "Events in this article"},
	"article.quotes":    {"الاقتباسات", "Quotations"},
	"article.amounts":   {"الأرقام والكميات", "Amounts"},
	"article.entities":  {"الكيانات المذكورة", "Entities mentioned"},
	"article.story":     {"القصة", "Story"},
	"article.noEvents":  {"لم يُعثر على أحداث.", "No events found."},
	"article.noQuotes":  {"لا اقتباسات.", "No quotations."},
	"article.noAmounts": {"لا أرقام.", "No amounts."},
	"article.legend":    {"دليل الألوان", "Key"},
	"article.text":      {"نص المقالة", "Article text"},

	"entity.names":       {"الأسماء", "Names"},
	"entity.aliases":     {"يُكتب أيضاً", "Written as"},
	"entity.timeline":    {"الذكر عبر الزمن", "Mentions over time"},
	"entity.quotes":      {"أحدث الاقتباسات", "Latest quotations"},
	"entity.related":     {"كيانات مرتبطة", "Related entities"},
	"entity.asActor":     {"أحداث بصفته فاعلاً", "Events as actor"},
	"entity.asRecipient": {"أحداث بصفته متلقياً", "Events as recipient"},
	"entity.search":      {"ابحث في المقالات التي تذكره", "Search the articles that mention it"},
	"entity.articles":    {"المقالات الأخيرة", "Latest articles"},
	"entity.allQuotes":   {"كل اقتباساته", "All quotations"},
	"entity.allEvents":   {"كل أحداثه", "All events"},
	"entity.none":        {"لا شيء بعد.", "None yet."},
	"entity.chartTitle":  {"عدد المقالات التي تذكر %s", "Articles mentioning %s"},
	"entity.by.day":      {"يومياً", "per day"},
	"entity.by.week":     {"أسبوعياً", "per week"},
	"entity.by.month":    {"شهرياً", "per month"},
	"entity.by.year":     {"سنوياً", "per year"},
	"entity.noTimeline":  {"لا تواريخ لرسمها.", "No dates to chart."},

	"entities.title":  {"الكيانات", "Entities"},
	"entities.filter": {"ابحث عن كيان", "Find an entity"},
	"entities.name":   {"الاسم", "Name"},
	"entities.none":   {"لا كيانات مطابقة.", "No entity matches."},

	"quotes.title":     {"من قال ماذا", "Who said what"},
	"quotes.none":      {"لا اقتباسات مطابقة.", "No quotation matches."},
	"quotes.in":        {"في", "in"},
	"quotes.noSpeaker": {"متحدث غير محدد", "unidentified speaker"},
	"kind.direct":      {"مباشر", "direct"},
	"kind.indirect":    {"غير مباشر", "indirect"},

	"events.title":   {"خط زمني للأحداث", "Events timeline"},
	"events.none":    {"لا أحداث مطابقة.", "No event matches."},
	"events.more":    {"وتقارير أخرى عنه: %d", "and %d more reports of it"},
	"events.undated": {"دون تاريخ", "Undated"},
	"events.place":   {"المكان", "Place"},

	"graph.title":    {"شبكة الفاعلين", "Actor graph"},
	"graph.intro":    {"من فعل ماذا بمن: كل خط يصل بين كيانين وقعت بينهما أحداث، لونه بحسب الغالب عليها من تعاون أو نزاع، وسُمكه بعددها.", "Who did what to whom: each line joins two entities between which events happened, coloured by what prevails (cooperation or conflict), its width by their number."},
	"graph.none":     {"لا أحداث بين كيانين في هذه الفترة.", "No events between two entities in this period."},
	"graph.legend":   {"دليل الألوان", "Key"},
	"graph.edges":    {"العلاقات", "Relations"},
	"graph.svgTitle": {"شبكة الفاعلين: %d كياناً و%d علاقة", "Actor graph: %d entities, %d relations"},
	"graph.between":  {"بين", "Between"},
	"graph.total":    {"المجموع", "Total"},

	"quad.verbal cooperation":   {"تعاون لفظي", "Verbal cooperation"},
	"quad.material cooperation": {"تعاون مادي", "Material cooperation"},
	"quad.verbal conflict":      {"نزاع لفظي", "Verbal conflict"},
	"quad.material conflict":    {"نزاع مادي", "Material conflict"},

	"stories.title":     {"القصص", "Stories"},
	"stories.intro":     {"مقالات تروي الحدث نفسه، مجمّعة عبر المصادر واللغات.", "Articles that report the same happening, grouped across sources and languages."},
	"stories.none":      {"لا قصص بعد: تظهر هنا المقالات التي تروي الحدث نفسه، مجمّعةً عبر المصادر واللغات، بعد تجميعها.", "No stories yet: articles that report the same happening appear here, grouped across sources and languages, once they are clustered."},
	"stories.noMatch":   {"لا قصص مطابقة.", "No story matches."},
	"stories.articles":  {"المقالات", "Articles"},
	"stories.nearDups":  {"النسخ شبه المطابقة", "Near-copies"},
	"stories.sources":   {"المصادر", "Sources"},
	"stories.langs":     {"اللغات", "Languages"},
	"stories.members":   {"مقالات القصة", "Articles of the story"},
	"stories.nearDupOf": {"نسخة شبه مطابقة من", "near-copy of"},
	"stories.partOf":    {"هذه المقالة جزء من قصة", "This article is part of a story"},
	"stories.first":     {"الصفحة الأولى", "First page"},
	"stories.entities":  {"الكيانات", "Entities"},

	"type.PER": {"شخص", "Person"},
	"type.ORG": {"منظمة", "Organisation"},
	"type.GPE": {"كيان سياسي", "Country or city"},
	"type.LOC": {"مكان", "Place"},

	"ev.AGREE":     {"اتفاق", "Agree"},
	"ev.CONSULT":   {"تشاور", "Consult"},
	"ev.SUPPORT":   {"دعم", "Support"},
	"ev.CONCEDE":   {"تنازل", "Concede"},
	"ev.COOPERATE": {"تعاون", "Cooperate"},
	"ev.AID":       {"مساعدة", "Aid"},
	"ev.RETREAT":   {"انسحاب", "Retreat"},
	"ev.REQUEST":   {"طلب", "Request"},
	"ev.ACCUSE":    {"اتهام", "Accuse"},
	"ev.REJECT":    {"رفض", "Reject"},
	"ev.THREATEN":  {"تهديد", "Threaten"},
	"ev.PROTEST":   {"احتجاج", "Protest"},
	"ev.SANCTION":  {"عقوبات", "Sanction"},
	"ev.MOBILIZE":  {"تعبئة", "Mobilize"},
	"ev.COERCE":    {"إكراه", "Coerce"},
	"ev.ASSAULT":   {"اعتداء", "Assault"},

	"amount.level":    {"مستوى", "level"},
	"amount.change":   {"تغيّر", "change"},
	"amount.share":    {"حصة", "share"},
	"amount.count":    {"عدد", "count"},
	"amount.duration": {"مدة", "duration"},
	"amount.distance": {"مسافة", "distance"},
	"amount.up":       {"ارتفاع", "up"},
	"amount.down":     {"انخفاض", "down"},
	"amount.approx":   {"نحو", "about"},
	"amount.object":   {"ماذا", "of"},
	"amount.period":   {"متى", "when"},

	// Units of amounts (internal/amounts' codes).
	"unit.tonne":  {"طن", "tonnes"},
	"unit.barrel": {"برميل", "barrels"},
	"unit.kg":     {"كغ", "kg"},
	"unit.MW":     {"ميغاواط", "MW"},
	"unit.m2":     {"م²", "m²"},
	"unit.degree": {"درجة", "degrees"},
	"unit.second": {"ثانية", "seconds"},
	"unit.minute": {"دقيقة", "minutes"},
	"unit.hour":   {"ساعة", "hours"},
	"unit.day":    {"يوم", "days"},
	"unit.week":   {"أسبوع", "weeks"},
	"unit.month":  {"شهر", "months"},
	"unit.year":   {"سنة", "years"},
	"unit.decade": {"عقد", "decades"},
	"unit.km":     {"كم", "km"},
	"unit.m":      {"م", "m"},
	"unit.cm":     {"سم", "cm"},
	"unit.mile":   {"ميل", "miles"},
	"unit.nmi":    {"ميل بحري", "nautical miles"},
	"unit.USD":    {"دولار أمريكي", "USD"},
	"unit.SAR":    {"ريال سعودي", "SAR"},
	"unit.EUR":    {"يورو", "EUR"},
	"unit.RUB":    {"روبل", "RUB"},
	"unit.EGP":    {"جنيه مصري", "EGP"},
	"unit.GBP":    {"جنيه إسترليني", "GBP"},
	"unit.AED":    {"درهم إماراتي", "AED"},
	"unit.JPY":    {"ين ياباني", "JPY"},
	"unit.CNY":    {"يوان صيني", "CNY"},
	"unit.INR":    {"روبية هندية", "INR"},
	"unit.IRR":    {"ريال إيراني", "IRR"},
	"unit.QAR":    {"ريال قطري", "QAR"},
	"unit.KWD":    {"دينار كويتي", "KWD"},

	"lang.ar": {"العربية", "Arabic"},
	"lang.en": {"الإنجليزية", "English"},

	"pager.prev": {"السابق", "Previous"},
	"pager.next": {"التالي", "Next"},
	"pager.page": {"صفحة", "Page"},

	"notFound":        {"الصفحة غير موجودة", "Page not found"},
	"notFoundText":    {"لا شيء بهذا العنوان. ربما حُذف أو كُتب الرابط خطأً.", "Nothing has this address. It may have been removed, or the link is mistyped."},
	"badRequest":      {"طلب غير صالح", "Bad request"},
	"badPage":         {"رقم صفحة غير صالح.", "Bad page number."},
	"badDate":         {"تاريخ غير صالح %q: اكتبه بالشكل YYYY-MM-DD.", "Bad date %q: write it as YYYY-MM-DD."},
	"badType":         {"نوع غير معروف %q.", "Unknown type %q."},
	"serverError":     {"خطأ في الخادم", "Server error"},
	"serverErrorText": {"تعذّر تحميل هذه الصفحة. سُجّل الخطأ؛ حاول مرة أخرى بعد قليل.", "This page could not be loaded. The error was logged; try again in a moment."},
	"timeout":         {"انتهت المهلة", "Timed out"},
	"timeoutText":     {"استغرق المخزن وقتاً أطول من اللازم. ضيّق البحث وحاول مجدداً.", "The store took too long to answer. Narrow the query and try again."},
	"backHome":        {"العودة إلى الرئيسية", "Back to the home page"},
	"unknownName":     {"(بلا اسم)", "(no name)"},
}

// T returns the interface string key in the language; a missing key
// shows as itself in brackets, which a test catches.
func (l lang) T(key string) string {
	m, ok := messages[key]
	if !ok {
		return "[" + key + "]"
	}
	if l == english {
		return m[1]
	}
	return m[0]
}

// Name returns the name of an entity to show: the Arabic one in Arabic when
// known, else the English one; the other way round in English.
func (l lang) Name(en, ar string) string {
	if l == arabic && ar != "" || en == "" {
		if ar == "" {
			return l.T("unknownName")
		}
		return ar
	}
	return en
}

// OtherName is the entity's name in the other language, when it has one
// that differs from Name.
func (l lang) OtherName(en, ar string) string {
	shown := l.Name(en, ar)
	for _, n := range []string{en, ar} {
		if n != "" && n != shown {
			return n
		}
	}
	return ""
}

// TypeName names an entity type (PER, ORG, GPE, LOC).
func (l lang) TypeName(t string) string {
	if _, ok := messages["type."+t]; ok {
		return l.T("type." + t)
	}
	return t
}

// EventName names a PLOVER event type.
func (l lang) EventName(t string) string {
	if _, ok := messages["ev."+t]; ok {
		return l.T("ev." + t)
	}
	return t
}

// Unit names a unit of an amount: the code internal/amounts gives
// ("hour", "USD"), in words where the table has them; counted nouns
// ("طائرة") are shown as they are.
func (l lang) Unit(code string) string {
	if _, ok := messages["unit."+code]; ok {
		return l.T("unit." + code)
	}
	return code
}

// LangName names a content language by its ISO 639-1 code.
func (l lang) LangName(code string) string {
	if _, ok := messages["lang."+code]; ok {
		return l.T("lang." + code)
	}
	return code
}

var arabicMonths = [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}

// Date formats a day: "10 أكتوبر 2025", "10 October 2025"; "" for the
// zero time.
func (l lang) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if l == english {
		return t.Format("2 January 2006")
	}
	return strconv.Itoa(t.Day()) + " " + arabicMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// Month formats a month: "أكتوبر 2025", "October 2025".
func (l lang) Month(t time.Time) string {
	if l == english {
		return t.Format("January 2006")
	}
	return arabicMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// ShortDate formats a day for an axis: "10 أكتوبر", "10 Oct".
func (l lang) ShortDate(t time.Time) string {
	if l == english {
		return t.Format("2 Jan")
	}
	return strconv.Itoa(t.Day()) + " " + arabicMonths[t.Month()-1]
}

// Day formats an ISO date of an event ("2025-10-10", "2025-10", "2025",
// or a range "2026/2030"): full days and months in words, the rest as
// they are.
func (l lang) Day(iso string) string {
	if t, err := time.Parse("2006-01-02", iso); err == nil {
		return l.Date(t)
	}
	if t, err := time.Parse("2006-01", iso); err == nil {
		return l.Month(t)
	}
	if iso == "" {
		return l.T("events.undated")
	}
	return iso
}

// ISO is t's day as YYYY-MM-DD, for <time datetime="">.
func (l lang) ISO(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// Number writes v with thousands separators: 2,520,000,000. Both
// languages write Western digits, as most Arabic news sites do.
func (l lang) Number(v float64) string {
	neg := v < 0
	v = math.Abs(v)
	s := strconv.FormatFloat(v, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	const sep, dec = ",", "."
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(dec + frac)
	}
	return b.String()
}

// Int writes an integer count with thousands separators.
func (l lang) Int(n int) string { return l.Number(float64(n)) }
