package amounts

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// want is one expected amount: value, unit, kind, and "~" in flags for
// approx, "up"/"down" for a change's direction.
type want struct {
	value float64
	unit  string
	kind  string
	flags string
}

func (w want) String() string { return fmt.Sprintf("%g %s %s %s", w.value, w.unit, w.kind, w.flags) }

func got(a Amount) string {
	flags := a.Direction
	if a.Approx {
		flags = strings.TrimSpace("~ " + flags)
	}
	return fmt.Sprintf("%g %s %s %s", a.Value, a.Unit, a.Kind, flags)
}

func same(a Amount, w want) bool {
	if a.Unit != w.unit || a.Kind != w.kind {
		return false
	}
	if math.Abs(a.Value-w.value) > 1e-3*math.Abs(w.value) {
		return false
	}
	approx := strings.Contains(w.flags, "~")
	dir := strings.TrimSpace(strings.ReplaceAll(w.flags, "~", ""))
	return a.Approx == approx && a.Direction == dir
}

func check(t *testing.T, in string, wants []want) {
	t.Helper()
	as := Find(analyse(t, in))
	if len(as) != len(wants) {
		var gs []string
		for _, a := range as {
			gs = append(gs, fmt.Sprintf("%q: %s", a.Text, got(a)))
		}
		t.Fatalf("Find(%q): got %d amounts %v, want %d %v", in, len(as), gs, len(wants), wants)
	}
	for i, w := range wants {
		if !same(as[i], w) {
			t.Errorf("Find(%q)[%d] = %q %s, want %s", in, i, as[i].Text, got(as[i]), w)
		}
	}
}

func w(v float64, unit, kind string, flags ...string) want {
	return want{v, unit, kind, strings.Join(flags, " ")}
}

// arabicCases are Arabic forms written from knowledge of news Arabic; the
// ones marked SNN are short excerpts of the SaudiNewsNet corpus
// (../shared/eval/corpus/saudinewsnet, 2015-07-21).
var arabicCases = []struct {
	in   string
	want []want
}{
	// Money: digits, scale words, currencies by name and adjective.
	{"بلغت الصادرات 2.52 مليار دولار", []want{w(2.52e9, "USD", "level")}},
	{"بلغت الصادرات ٢٫٥٢ مليار دولار", []want{w(2.52e9, "USD", "level")}},
	{"بلغت قيمة الصفقة 112 مليار دولار أميركي", []want{w(1.12e11, "USD", "level")}},
	{"خصصت الحكومة 500 مليون دولار أمريكي للمشروع", []want{w(5e8, "USD", "level")}},
	{"بتكلفة 3 مليارات ريال سعودي", []want{w(3e9, "SAR", "level")}},
	{"دفع 300 ريال", []want{w(300, "SAR", "level")}},
	{"بيعت بنحو 40 ألف جنيه إسترليني", []want{w(40000, "GBP", "level", "~")}},             // SNN
	{"وتتضمن الخطة مخصصات مالية بقيمة 130 مليار يورو", []want{w(1.3e11, "EUR", "level")}}, // SNN
	{"تحويل 10 ملايين روبل", []want{w(1e7, "RUB", "level")}},
	{"بسعر 50 جنيها مصريا", []want{w(50, "EGP", "level")}},
	{"قرض بقيمة 200 مليون درهم إماراتي", []want{w(2e8, "AED", "level")}},
	{"غرامة 1000 درهم مغربي", []want{w(1000, "MAD", "level")}},
	{"بلغت الودائع 5 مليارات دينار كويتي", []want{w(5e9, "KWD", "level")}},
	{"سعر البيع 20 دينارا أردنيا", []want{w(20, "JOD", "level")}},
	{"خسرت الليرة التركية ... وبلغ 100 ليرة تركية", []want{w(100, "TRY", "level")}},
	{"بمقدار 200 مليار ليرة لبنانية", []want{w(2e11, "LBP", "level")}},
	{"يبلغ راتبه 5000 ليرة سورية", []want{w(5000, "SYP", "level")}},
	{"بلغت قيمة الاستثمارات مليار دولار", []want{w(1e9, "USD", "level")}},
	{"بلغت قيمة الاستثمارات مليارين دولار", []want{w(2e9, "USD", "level")}},
	{"بقيمة مليار ونصف المليار دولار", []want{w(1.5e9, "USD", "level")}},
	{"بقيمة مليار ونصف دولار", []want{w(1.5e9, "USD", "level")}},
	{"بقيمة 1.5 مليون ريال", []want{w(1.5e6, "SAR", "level")}},
	{"بقيمة نصف مليون دولار", []want{w(5e5, "USD", "level")}},
	{"تبلغ قيمتهما 3 مليارات و200 مليون دولار", []want{w(3.2e9, "USD", "level")}}, // SNN
	{"بلغت التكلفة ثلاثة ملايين دولار", []want{w(3e6, "USD", "level")}},
	{"بلغت التكلفة خمسة آلاف ريال", []want{w(5000, "SAR", "level")}},
	{"تكلف المشروع ألفي ريال", []want{w(2000, "SAR", "level")}},
	{"بلغت الأرباح 1,800 ريال", []want{w(1800, "SAR", "level")}},
	{"بلغت الأرباح ١٬٨٠٠ ريال", []want{w(1800, "SAR", "level")}},
	{"بلغت الأرباح 17.4 مليون ريال", []want{w(1.74e7, "SAR", "level")}},
	{"سعر السهم 19 هللة", []want{w(0.19, "SAR", "level")}},
	{"بلغ الإنتاج 935ر6 مليون برميل يوميا", []want{w(6.935e6, "barrel", "level")}},                // SNN
	{"وضخت إيران نحو 2.82 مليون برميل يوميا في يونيو", []want{w(2.82e6, "barrel", "level", "~")}}, // SNN
	{"بسعر 55 دولارا للبرميل", []want{w(55, "USD", "level")}},                                     // SNN
	{"بإجمالي 67 مليار ريال", []want{w(6.7e10, "SAR", "level")}},
	{"قروض فاقت 50 مليار دولار", []want{w(5e10, "USD", "level")}},                               // SNN
	{"يصل سعر بعضها إلى أكثر من 143 ألف جنيه إسترليني", []want{w(143000, "GBP", "level", "~")}}, // SNN
	{"ضخ ما يزيد على 76 مليار ريال", []want{w(7.6e10, "SAR", "level", "~")}},
	// Change and direction.
	{"وارتفع حجم التبادل التجاري بنسبة سبعة في المئة", []want{w(7, "%", "change", "up")}},
	{"ارتفعت الصادرات بنسبة 5%", []want{w(5, "%", "change", "up")}},
	{"ارتفعت الصادرات بنسبة ٥٪", []want{w(5, "%", "change", "up")}},
	{"انخفضت الواردات بنسبة 3 في المائة", []want{w(3, "%", "change", "down")}},
	{"تراجع المؤشر 2.5 بالمئة", []want{w(2.5, "%", "change", "down")}},
	{"تراجع المؤشر 2.5 بالمائة", []want{w(2.5, "%", "change", "down")}},
	{"نما الاقتصاد 3.2 في المئة", []want{w(3.2, "%", "change", "up")}},
	{"زادت المبيعات بنسبة عشرة في المئة", []want{w(10, "%", "change", "up")}},
	{"زادت المبيعات بنسبة عشرين في المئة", []want{w(20, "%", "change", "up")}},
	{"زادت المبيعات بنسبة خمسة وعشرين في المئة", []want{w(25, "%", "change", "up")}},
	{"زادت المبيعات بنسبة ثلاثة عشر في المئة", []want{w(13, "%", "change", "up")}},
	{"هبط السهم 4 في المئة", []want{w(4, "%", "change", "down")}},
	{"قفزت الأرباح 40 في المئة", []want{w(40, "%", "change", "up")}},
	{"وزاد المؤشر العام لسوق أبوظبي 0.6 في المئة", []want{w(0.6, "%", "change", "up")}}, // SNN
	{"متراجعة بنسبة 15,7 في المائة", []want{w(15.7, "%", "change", "down")}},            // SNN
	{"مما سيزيد العرض الحالي بنسبة 50 في المائة", []want{w(50, "%", "change", "up")}},   // SNN
	{"ارتفاع الإيرادات بنسبة 12 في المئة", []want{w(12, "%", "change", "up")}},
	{"بزيادة 20 مليون قطعة سلاح", []want{w(2e7, "قطعة", "count")}}, // SNN
	{"ارتفع الدين بمقدار 200 مليار ليرة", []want{w(2e11, "ليرة", "change", "up")}},
	{"انخفض العجز بنحو 80 نقطة أساس", []want{w(80, "bp", "change", "down", "~")}},
	{"ارتفع المؤشر 50 نقطة", []want{w(50, "point", "change", "up")}},
	{"ارتفع معدل البطالة نقطتين مئويتين", []want{w(2, "pp", "change", "up")}},
	{"ارتفع التضخم 1.5 نقطة مئوية", []want{w(1.5, "pp", "change", "up")}},
	// Change then level.
	{"ارتفع حجم التجارة بنسبة 16.2 في المئة ليصل إلى 2.52 مليار دولار", []want{w(16.2, "%", "change", "up"), w(2.52e9, "USD", "level")}},
	{"تراجعت الأرباح 10 في المئة لتبلغ 3 مليارات ريال", []want{w(10, "%", "change", "down"), w(3e9, "SAR", "level")}},
	{"ارتفعت الصادرات من 5 مليارات إلى 7 مليارات دولار", []want{w(5e9, "USD", "level"), w(7e9, "USD", "level")}},
	{"انخفض الإنتاج إلى 935 ألف برميل", []want{w(935000, "barrel", "level")}},
	// Share.
	{"وتتجاوز حصة روسيا من تجارة أذربيجان 10 في المئة", []want{w(10, "%", "share")}},
	{"التي يشكل فيها النفط 70% من مواردها", []want{w(70, "%", "share")}}, // SNN
	{"تستحوذ الشركة على 30 في المئة من السوق", []want{w(30, "%", "share")}},
	{"ومقابل نسبة 65 في المائة من مالكي العقار", []want{w(65, "%", "share")}}, // SNN
	{"فاز بنسبة 60 في المئة من الأصوات", []want{w(60, "%", "share")}},
	// Approx.
	{"يعمل فيها نحو 300 موظف", []want{w(300, "موظف", "count", "~")}},
	{"قرابة 50 شخصا", []want{w(50, "شخص", "count", "~")}},
	{"حوالي 20 طائرة", []want{w(20, "طائرة", "count", "~")}},
	{"حوالى 20 طائرة", []want{w(20, "طائرة", "count", "~")}},
	{"أكثر من 1800 شركة", []want{w(1800, "شركة", "count", "~")}},
	{"أقل من 10 أشخاص", []want{w(10, "شخص", "count", "~")}},
	{"ما يقارب 30 عاما", []want{w(30, "year", "duration", "~")}}, // SNN
	{"زهاء 200 قتيل", []want{w(200, "قتيل", "count", "~")}},
	{"ما لا يقل عن 12 قتيلا", []want{w(12, "قتيل", "count", "~")}},
	{"لقي 36 شخصا على الأقل حتفهم", []want{w(36, "شخص", "count")}},                             // SNN
	{"بلغ عدد الأسهم المتداولة أكثر من 121 مليون سهم", []want{w(1.21e8, "سهم", "count", "~")}}, // SNN
	{"ارتفع بنسبة تقارب 40 في المئة", []want{w(40, "%", "change", "up", "~")}},
	{"تبلغ القوة العاملة في إيران نحو 64 مليونا", []want{w(6.4e7, "", "level", "~")}}, // SNN
	// Counts.
	{"قتل 15 شخصا في الهجوم", []want{w(15, "شخص", "count")}},
	{"سقط 3 قتلى و7 جرحى", []want{w(3, "قتيل", "count"), w(7, "جريح", "count")}},
	{"أسفر الهجوم عن سقوط 25 قتيلاً", []want{w(25, "قتيل", "count")}},
	{"كنا نتتبع ثلاث طائرات مسيرة", []want{w(3, "طائرة", "count")}},
	{"أطلقت سبعة صواريخ", []want{w(7, "صاروخ", "count")}},
	{"أصيب سبع نساء", []want{w(7, "امرأة", "count")}},
	{"شارك أحد عشر لاعبا", []want{w(11, "لاعب", "count")}},
	{"وقعت إحدى عشرة اتفاقية", []want{w(11, "اتفاقية", "count")}},
	{"شارك اثنا عشر لاعبا", []want{w(12, "لاعب", "count")}},
	{"حضر مئة وخمسون شخصا", []want{w(150, "شخص", "count")}},
	{"بنى ثلاثمئة منزل", []want{w(300, "منزل", "count")}},
	{"بنى ثلاث مئة منزل", []want{w(300, "منزل", "count")}},
	{"وظف مئتين عامل", []want{w(200, "عامل", "count")}},
	{"الصاروخين اللذين أطلقا", []want{w(2, "صاروخ", "count")}},
	{"أسقطت طائرتين", []want{w(2, "طائرة", "count")}},
	{"ويجري تنفيذ عشرات المشاريع الاستثمارية", []want{w(10, "مشروع", "count", "~")}},
	{"نزح مئات الآلاف من السكان", []want{w(1e5, "سكان", "count", "~")}},
	{"وزع آلاف قطع الأسلحة", []want{w(1000, "قطعة", "count", "~")}},                // SNN
	{"وهناك أكثر من 23 ألف فيديو تعليمي", []want{w(23000, "فيديو", "count", "~")}}, // SNN
	{"حوالي 53 مليون اشتراك", []want{w(5.3e7, "اشتراك", "count", "~")}},            // SNN
	{"أدى إلى وفاة 335 شخصا", []want{w(335, "شخص", "count")}},                      // SNN
	{"اعتقلت الشرطة 12 متهما", []want{w(12, "متهم", "count")}},
	{"تضم المدينة 40 مدرسة", []want{w(40, "مدرسة", "count")}},
	{"سجلت 1200 حالة إصابة", []want{w(1200, "حالة", "count")}},
	{"تعمل 1.800 شركة", []want{w(1800, "شركة", "count")}},
	// Durations.
	{"استمر حديثهما لـ20 دقيقة أخرى", []want{w(20, "minute", "duration")}},
	{"وطال الحديث قرابة ساعة أخرى", []want{w(1, "hour", "duration", "~")}},
	{"اللقاء الذي طال لما يقارب الساعة ونصف الساعة", []want{w(1.5, "hour", "duration", "~")}},
	{"استغرقت 9 سنوات ونصف السنة", []want{w(9.5, "year", "duration")}}, // SNN
	{"لمدة 14 يوما", []want{w(14, "day", "duration")}},                 // SNN
	{"في غضون 24 يومًا", []want{w(24, "day", "duration")}},             // SNN
	{"عقب 54 عاما من العداء", []want{w(54, "year", "duration")}},       // SNN
	{"يستمر المعسكر ١٩ يوما", []want{w(19, "day", "duration")}},        // SNN
	{"لمدة 15 عاما فقط", []want{w(15, "year", "duration")}},            // SNN
	{"استمرت المفاوضات يومين", []want{w(2, "day", "duration")}},
	{"بعد ثلاثة أشهر من المفاوضات", []want{w(3, "month", "duration")}},
	{"خلال أسبوعين", []want{w(2, "week", "duration")}},
	{"منذ عقدين", []want{w(2, "decade", "duration")}},
	{"انتظر علييف قرابة العام", []want{w(1, "year", "duration", "~")}},
	{"لمدة 48 ساعة", []want{w(48, "hour", "duration")}},
	// Distances.
	{"على بعد 10 أمتار", []want{w(10, "m", "distance")}},
	{"على مسافة 50 كيلومترا", []want{w(50, "km", "distance")}},
	{"على بعد 30 كلم", []want{w(30, "km", "distance")}},
	{"يبعد 5 كم عن الحدود", []want{w(5, "km", "distance")}},
	{"على مساحة 35 ألف متر مربع", []want{w(35000, "m2", "distance")}}, // SNN
	{"يمتد 200 ميل", []want{w(200, "mile", "distance")}},
	// Ranges and conversions.
	{"بين 5 إلى 8 في المائة", []want{w(5, "%", "level"), w(8, "%", "level")}}, // SNN
	{"ما بين 10 و15 في المئة", []want{w(10, "%", "level", "~"), w(15, "%", "level")}},
	{"بتكلفة 1400 يورو (1526 دولارا)", []want{w(1400, "EUR", "level"), w(1526, "USD", "level")}}, // SNN
}

// negativeCases hold no amount: years, dates, ordinals, names, times.
var negativeCases = []string{
	"تحطم الطائرة في ديسمبر (كانون الأول) من عام 2024",
	"في 2025 قررت الحكومة",
	"برامج التعاون للفترة 2026-2030",
	"ومكافحة الإرهاب للفترة 2026-2028",
	"وبرنامجاً للتعاون العسكري حتى عام 2030",
	"قبل حلول عام 2026",
	"بالذكرى الـ80 لانتهاء الحرب العالمية الثانية",
	"في تسعينيات القرن الـ20",
	"في 15 يوليو وقع الاتفاق",
	"صدر في 21/7/2015 قرار",
	"يبدأ الاجتماع الساعة 10:30 صباحا",
	"وفقا للمادة 5 من القانون",
	"قرار مجلس الأمن رقم 2254",
	"تفشي فيروس كوفيد-19",
	"في قمة G20",
	"للمرة الأولى منذ سنوات",
	"كنا نتتبعها في آن واحد",
	"أعلنت انفصالها من جانب واحد",
	"وقبل يومين فحسب اتصلت بك",
	"رابطة الدول المستقلة+",
	"بالعام 2013م",
	"الموافق 1436هـ",
	"وصلت إلى المرتبة 3",
	"اتصل على الرقم 920000000",
	"التقى الرئيسان في البلدين",
	"النصف الأول من العام",
}

func TestArabic(t *testing.T) {
	if len(arabicCases) < 100 {
		t.Errorf("only %d Arabic cases, want at least 100", len(arabicCases))
	}
	for _, c := range arabicCases {
		t.Run(c.in, func(t *testing.T) { check(t, c.in, c.want) })
	}
}

func TestNotAmounts(t *testing.T) {
	for _, in := range negativeCases {
		t.Run(in, func(t *testing.T) { check(t, in, nil) })
	}
}

var englishCases = []struct {
	in   string
	want []want
}{
	{"Exports rose 7% to $112 billion in 2024.", []want{w(7, "%", "change", "up"), w(1.12e11, "USD", "level")}},
	{"The company raised $5bn.", []want{w(5e9, "USD", "level")}},
	{"Sales fell 3.5 percent.", []want{w(3.5, "%", "change", "down")}},
	{"Revenue increased by 12 per cent", []want{w(12, "%", "change", "up")}},
	{"The deal is worth 1.2 billion euros.", []want{w(1.2e9, "EUR", "level")}},
	{"At least 15 people were killed.", []want{w(15, "people", "count", "~")}},
	{"Two missiles hit the building", []want{w(2, "missile", "count")}},
	{"about 3 million barrels a day", []want{w(3e6, "barrel", "level", "~")}},
	{"The talks lasted 20 minutes.", []want{w(20, "minute", "duration")}},
	{"a convoy 40 km long", []want{w(40, "km", "distance")}},
	{"nearly 40 percent of voters", []want{w(40, "%", "share", "~")}},
	{"It cost £300 million.", []want{w(3e8, "GBP", "level")}},
	{"In 2024 the economy grew.", nil},
	{"on July 15 they met", nil},
	{"the 1st time", nil},
}

func TestEnglish(t *testing.T) {
	for _, c := range englishCases {
		t.Run(c.in, func(t *testing.T) { check(t, c.in, c.want) })
	}
}

func TestReference(t *testing.T) {
	in := "وارتفع حجم التبادل التجاري بين روسيا ودول رابطة الدول المستقلة بنسبة سبعة في المئة ليصل إلى 112 مليار دولار أميركي عام 2024."
	as := Find(analyse(t, in))
	if len(as) != 2 {
		t.Fatalf("got %d amounts, want 2: %+v", len(as), as)
	}
	obj := "حجم التبادل التجاري بين روسيا ودول رابطة الدول المستقلة"
	for i, w := range []want{w(7, "%", "change", "up"), w(1.12e11, "USD", "level")} {
		a := as[i]
		if !same(a, w) || a.Object != obj || a.Period != "2024" {
			t.Errorf("amount %d = %s object %q period %q, want %s object %q period 2024", i, got(a), a.Object, a.Period, w, obj)
		}
		if in[a.Start:a.End] != a.Text {
			t.Errorf("amount %d: Text %q is not the text at [%d,%d)", i, a.Text, a.Start, a.End)
		}
	}
	if as[0].Text != "سبعة في المئة" || as[1].Text != "112 مليار دولار أميركي" {
		t.Errorf("texts %q, %q", as[0].Text, as[1].Text)
	}
}
