package quotes

import (
	"strings"
	"testing"
)

// want is one expected quotation in a unit case.
type want struct {
	speaker, text, kind string
	nested              bool
}

// unitEntities are the entities of the unit cases.
var unitEntities = []entitySpec{
	{"putin", "Vladimir Putin", "PER", []string{"بوتين", "فلاديمير بوتين", "الرئيس الروسي"}},
	{"aliyev", "Ilham Aliyev", "PER", []string{"علييف", "الرئيس الأذري"}},
	{"lavrov", "Sergei Lavrov", "PER", []string{"لافروف"}},
	{"mfa", "Russian Foreign Ministry", "ORG", []string{"الخارجية الروسية"}},
	{"kommersant", "Kommersant", "ORG", []string{"كوميرسانت"}},
	{"kol", "Andrei Kolesnikov", "PER", []string{"كوليسنيكوف"}},
	{"trump", "Donald Trump", "PER", []string{"Donald Trump", "Trump"}},
	{"clinton", "Hillary Clinton", "PER", []string{"Hillary Clinton", "Clinton"}},
	{"nyt", "The New York Times", "ORG", []string{"The New York Times"}},
}

func TestFind(t *testing.T) {
	P, A, L := "Vladimir Putin", "Ilham Aliyev", "Sergei Lavrov"
	tests := []struct {
		name, lang, text string
		want             []want
	}{
		// Cue forms and their morphology.
		{"past VSO guillemets", "ar", "وقال بوتين «نحن مستعدون للحوار مع الجميع».", []want{{P, "نحن مستعدون للحوار مع الجميع", Direct, false}}},
		{"feminine past ORG", "ar", "وأكدت الخارجية الروسية أن «الاتفاق لا يزال قائماً ولن نتراجع عنه».", []want{{"Russian Foreign Ministry", "الاتفاق لا يزال قائماً ولن نتراجع عنه", Direct, false}}},
		{"imperfect with fa", "ar", "فيقول لافروف إن العلاقات تمر بمرحلة صعبة.", []want{{L, "العلاقات تمر بمرحلة صعبة", Indirect, false}}},
		{"SVO", "ar", "بوتين قال إن روسيا لن تتراجع عن مواقفها.", []want{{P, "روسيا لن تتراجع عن مواقفها", Indirect, false}}},
		{"ashar ila anna", "ar", "وأشار علييف إلى أن المحادثات كانت مثمرة جداً.", []want{{A, "المحادثات كانت مثمرة جداً", Indirect, false}}},
		{"shaddada with pronoun comp", "ar", "وشدد لافروف على أنه لا بديل عن الحل السياسي.", []want{{L, "لا بديل عن الحل السياسي", Indirect, false}}},
		{"lafata", "ar", "ولفت بوتين إلى أن التبادل التجاري ارتفع كثيراً.", []want{{P, "التبادل التجاري ارتفع كثيراً", Indirect, false}}},
		{"iatabara", "ar", "واعتبر علييف أن اللقاء خطوة مهمة نحو المصالحة.", []want{{A, "اللقاء خطوة مهمة نحو المصالحة", Indirect, false}}},
		{"raa", "ar", "ورأى لافروف أن الغرب يسعى إلى التصعيد.", []want{{L, "الغرب يسعى إلى التصعيد", Indirect, false}}},
		{"sarraha plural", "ar", "وصرحوا بأن الوضع مستقر تماماً الآن.", []want{{"", "الوضع مستقر تماماً الآن", Indirect, false}}},
		{"title mention", "ar", "وأوضح الرئيس الروسي أن بلاده ستقدم التعويضات اللازمة.", []want{{P, "بلاده ستقدم التعويضات اللازمة", Indirect, false}}},
		{"istatrada qailan", "ar", "واستطرد بوتين قائلاً «إن الأمر يرتبط بعدة ظروف معقدة».", []want{{P, "إن الأمر يرتبط بعدة ظروف معقدة", Direct, false}}},
		{"mada liyaqul", "ar", "ومضى علييف ليقول «لذلك أود أن أشكركم مجدداً».", []want{{A, "لذلك أود أن أشكركم مجدداً", Direct, false}}},
		{"ada liyaqul", "ar", "ثم عاد علييف ليقول، \"إن الأمر المهم هو الثقة بيننا\".", []want{{A, "إن الأمر المهم هو الثقة بيننا", Direct, false}}},
		{"allaqa biqawlihi", "ar", "وهو ما علق عليه كوليسنيكوف بقوله \"قالها، ربما من القلب\".", []want{{"Andrei Kolesnikov", "قالها، ربما من القلب", Direct, false}}},
		{"istahalla hadithahu", "ar", "الرئيس الأذري استهل حديثه قائلاً \"شكراً جزيلاً لكم على الاستقبال\".", []want{{A, "شكراً جزيلاً لكم على الاستقبال", Direct, false}}},
		{"naql an ... ma qalahu", "ar", "وننقل عن \"كوميرسانت\" ما قاله بوتين \"أود أن أبدأ بالموضوع الأكثر حساسية\".", []want{{P, "أود أن أبدأ بالموضوع الأكثر حساسية", Direct, false}}},
		{"naqalat an", "ar", "ونقلت كوميرسانت عن لافروف قوله إن المفاوضات ستستمر.", []want{{L, "المفاوضات ستستمر", Indirect, false}}},
		{"journalist kept apart", "ar", "وقال كوليسنيكوف مراسل \"كوميرسانت\" إن \"الجميع توافدوا على دوشنبه باكراً\".", []want{{"Andrei Kolesnikov", "الجميع توافدوا على دوشنبه باكراً", Direct, false}}},
		{"participle after indirect", "ar", "وأضاف بوتين أن الإرهاب خطر مشترك، مشيراً إلى أن التعاون ضروري.", []want{{P, "الإرهاب خطر مشترك", Indirect, false}, {P, "التعاون ضروري", Indirect, false}}},
		{"spokesman of a body, named", "ar", "وقال المتحدث باسم الخارجية الروسية لافروف إن الاتفاق قائم.", []want{{L, "الاتفاق قائم", Indirect, false}}},
		{"unnamed official of a body", "ar", "وقال مسؤول في الخارجية الروسية إن الاتفاق قائم.", []want{{"Russian Foreign Ministry", "الاتفاق قائم", Indirect, false}}},
		{"according", "ar", "بحسب كوميرسانت، استمر اللقاء قرابة ساعة كاملة.", []want{{"Kommersant", "استمر اللقاء قرابة ساعة كاملة", Indirect, false}}},
		{"non-entity subject", "ar", "وتقول الإحصاءات إن \"روسيا تحتل المرتبة الثالثة بين الشركاء\".", []want{{"", "روسيا تحتل المرتبة الثالثة بين الشركاء", Direct, false}}},
		// Indirect boundaries and the body rule.
		{"quoted body in reported clause", "ar", "ومضى بوتين ليؤكد أنه على رغم مما حدث، \"فإن مصالحنا المتبادلة تتطابق\".", []want{{P, "فإن مصالحنا المتبادلة تتطابق", Direct, false}}},
		{"short fragment in clause", "ar", "وأشار بوتين إلى أن دول \"رابطة الدول المستقلة\" لا تمتنع عن استخدام العملات الأخرى.", []want{{P, "دول \"رابطة الدول المستقلة\" لا تمتنع عن استخدام العملات الأخرى", Indirect, false}}},
		{"temporal an is no complementiser", "ar", "وقال بوتين قبل أن يغادر القاعة كلاماً كثيراً.", nil},
		{"speech verb with noun phrase", "ar", "وأكد بوتين تمسكه بالاتفاق.", nil},
		// The colon rule.
		{"colon no marks", "ar", "وقال لافروف: إن موسكو لن تقبل بهذه الشروط أبداً.", []want{{L, "إن موسكو لن تقبل بهذه الشروط أبداً", Direct, false}}},
		{"colon with marks", "ar", "وقال لافروف: «موسكو لن تقبل بهذه الشروط».", []want{{L, "موسكو لن تقبل بهذه الشروط", Direct, false}}},
		// Continuation.
		{"continuation no cue", "ar", "وأكد بوتين أن \"الصاروخين لم يصيبا الطائرة مباشرة\". \"لهذا السبب ظن الطيار أنها طيور\".", []want{{P, "الصاروخين لم يصيبا الطائرة مباشرة", Direct, false}, {P, "لهذا السبب ظن الطيار أنها طيور", Direct, false}}},
		{"pronoun subject", "ar", "حرص الرئيس بوتين على التمسك بما تعهده. وقال إنه يحذو حذو بطرس الأول.", []want{{P, "يحذو حذو بطرس الأول", Indirect, false}}},
		{"no cue no previous", "ar", "ينطبق عليه القول \"من هواة الاصطياد في المياه العكرة\" كما يقال.", nil},
		// Scare quotes.
		{"scare term", "ar", "طوى الرئيسان صفحة \"تحطم طائرة آزال\" وتعانقا.", nil},
		{"scare guillemets", "ar", "انضمت إلى «رابطة الدول المستقلة+» أخيراً.", nil},
		{"scare after cue subject", "ar", "وقال كوليسنيكوف مراسل \"كوميرسانت\" كلاماً.", nil},
		{"term after cue and complementiser", "ar", "غير أن محللين آخرين يرون أن «داعش» ليس لديه قوة كبيرة هناك.", []want{{"", "«داعش» ليس لديه قوة كبيرة هناك", Indirect, false}}},
		{"short answer", "ar", "وسئل بوتين عن الأمر فقال «لا».", []want{{P, "لا", Direct, false}}},
		{"impersonal yudhkar", "ar", "ويذكر أن السلطات التونسية كانت قد أغلقت الحدود.", nil},
		{"name before a cue", "ar", "وفي حديث لشبكة «إيه بي سي» قالت الوزيرة إن الوضع صعب جداً.", []want{{"", "الوضع صعب جداً", Indirect, false}}},
		{"two scare words", "ar", "خطوات \"اتحادية\" و\"تصالحية\" مع البلدان.", nil},
		// Nesting and split by cue.
		{"nested scare", "ar", "وأكد بوتين \"أن الدول نجحت في الحفاظ على \"منصة للتواصل\" فيما بينها\".", []want{{P, "أن الدول نجحت في الحفاظ على \"منصة للتواصل\" فيما بينها", Direct, false}}},
		{"nested quotation", "ar", "وقال علييف «ثم قال لافروف \"لن نتراجع أبداً عن ذلك\" أمام الجميع».", []want{{A, "ثم قال لافروف \"لن نتراجع أبداً عن ذلك\" أمام الجميع", Direct, false}, {L, "لن نتراجع أبداً عن ذلك", Direct, true}}},
		{"split by cue", "ar", "«نحن لا نريد الحرب»، قال بوتين، «لكننا مستعدون للدفاع عن أنفسنا».", []want{{P, "نحن لا نريد الحرب", Direct, false}, {P, "لكننا مستعدون للدفاع عن أنفسنا", Direct, false}}},
		// English.
		{"en said after", "en", "\"We will build the wall,\" Trump said.", []want{{"Donald Trump", "We will build the wall,", Direct, false}}},
		{"en said inverted", "en", "\"We will build the wall,\" said Trump.", []want{{"Donald Trump", "We will build the wall,", Direct, false}}},
		{"en colon curly", "en", "Clinton told reporters: “I am ready for this fight.”", []want{{"Hillary Clinton", "I am ready for this fight.", Direct, false}}},
		{"en that", "en", "Clinton argued that the economy needs more investment.", []want{{"Hillary Clinton", "the economy needs more investment", Indirect, false}}},
		{"en zero that", "en", "Trump said he would release his tax returns.", []want{{"Donald Trump", "he would release his tax returns", Indirect, false}}},
		{"en postposed", "en", "The campaign raised a record sum in August, Clinton said.", []want{{"Hillary Clinton", "The campaign raised a record sum in August", Indirect, false}}},
		{"en according to", "en", "Trump paid no federal taxes for years, according to The New York Times.", []want{{"The New York Times", "Trump paid no federal taxes for years", Indirect, false}}},
		{"en pronoun continuation", "en", "Trump spoke in Ohio. \"It is a disaster,\" he said. \"A total disaster for everyone here.\"", []want{{"Donald Trump", "It is a disaster,", Direct, false}, {"Donald Trump", "A total disaster for everyone here.", Direct, false}}},
		{"en scare", "en", "He called it a \"basket of deplorables\" on Friday.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyse(t, tc.text, tc.lang)
			got := Find(d, entities(tc.text, unitEntities))
			var gotW []want
			for _, q := range got {
				gotW = append(gotW, want{q.SpeakerName, q.Text, q.Kind, q.Nested})
				if tc.text[q.Start:q.End] != q.Text {
					t.Errorf("offsets [%d,%d) give %q, want %q", q.Start, q.End, tc.text[q.Start:q.End], q.Text)
				}
				if q.Cue != "" && tc.text[q.CueStart:q.CueEnd] != q.Cue {
					t.Errorf("cue offsets [%d,%d) give %q, want %q", q.CueStart, q.CueEnd, tc.text[q.CueStart:q.CueEnd], q.Cue)
				}
			}
			if !equalWants(gotW, tc.want) {
				t.Errorf("Find(%q)\n got %s\nwant %s", tc.text, fmtWants(gotW), fmtWants(tc.want))
			}
		})
	}
}

func equalWants(a, b []want) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func fmtWants(ws []want) string {
	var sb strings.Builder
	for _, w := range ws {
		sb.WriteString("\n  {" + w.speaker + " | " + w.kind + " | " + w.text)
		if w.nested {
			sb.WriteString(" | nested")
		}
		sb.WriteString("}")
	}
	if len(ws) == 0 {
		return "none"
	}
	return sb.String()
}

// TestCueForms checks that the rules inflect the lexicon into the forms
// news prose writes, and nothing else.
func TestCueForms(t *testing.T) {
	f := NewFinder()
	tests := []struct {
		form string
		kind cueKind
	}{
		{"قال", cueFinite}, {"وقال", cueFinite}, {"فقال", cueFinite}, {"قالت", cueFinite}, {"قالوا", cueFinite},
		{"قاله", cueFinite}, {"قالته", cueFinite}, {"قلت", cueFinite}, {"يقول", cueFinite}, {"تقول", cueFinite},
		{"يقولون", cueFinite}, {"سيقول", cueFinite}, {"ليقول", cueDependent}, {"قائلاً", cueDependent},
		{"قائلة", cueDependent}, {"بقوله", cueDependent}, {"بقولها", cueDependent},
		{"أكد", cueFinite}, {"وأكدت", cueFinite}, {"يؤكد", cueFinite}, {"ليؤكد", cueDependent}, {"مؤكداً", cueDependent},
		{"أضاف", cueFinite}, {"وأضافت", cueFinite}, {"مضيفاً", cueDependent}, {"أوضح", cueFinite}, {"موضحاً", cueDependent},
		{"أشار", cueFinite}, {"وأشارت", cueFinite}, {"يشير", cueFinite}, {"مشيراً", cueDependent},
		{"صرّح", cueFinite}, {"يصرح", cueFinite}, {"شدد", cueFinite}, {"شدّدت", cueFinite}, {"لفت", cueFinite}, {"لافتاً", cueDependent},
		{"اعتبر", cueFinite}, {"يعتبر", cueFinite}, {"رأى", cueFinite}, {"رأت", cueFinite}, {"يرى", cueFinite}, {"يرون", cueFinite},
		{"تابع", cueFinite}, {"وتابع", cueFinite}, {"استطرد", cueFinite}, {"واستطرد", cueFinite},
		{"أعرب", cueFinite}, {"نقل", cueFinite}, {"ننقل", cueFinite}, {"وننقل", cueFinite}, {"نقلت", cueFinite},
		{"بحسب", cueAccording}, {"وفقاً", cueAccording}, {"وفق", cueAccording},
		{"said", cueFinite}, {"says", cueFinite}, {"told", cueFinite}, {"added", cueFinite}, {"stated", cueFinite},
		{"noted", cueFinite}, {"asked", cueFinite}, {"warned", cueFinite}, {"explained", cueFinite}, {"argued", cueFinite},
		{"insisted", cueFinite}, {"saying", cueDependent}, {"according", cueAccording}, {"replied", cueFinite},
		{"قالب", cueNone}, {"القول", cueNone}, {"إشارة", cueNone}, {"مقال", cueNone}, {"sailed", cueNone},
	}
	for _, tc := range tests {
		if got := f.lex[norm(tc.form)].kind; got != tc.kind {
			t.Errorf("cue kind of %q: got %d, want %d", tc.form, got, tc.kind)
		}
	}
}

// TestNormalizeText checks the guidelines' matching normalisation.
func TestNormalizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"«أُودّ أنْ أبدأَ»", "اود ان ابدا"},
		{"  مدرسةٌ   كبرى. ", "مدرسه كبري"},
		{"٢٫٥٢ و١٬٨٠٠", "2.52 و1800"},
		{"تـــقـــدم", "تقدم"},
	}
	for _, tc := range tests {
		if got := NormalizeText(tc.in); got != tc.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
