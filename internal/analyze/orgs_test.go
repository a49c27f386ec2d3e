package analyze

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/link"
	"github.com/marsad/marsad/internal/model"
)

// TestOrgPhrases: institutions named by a head noun and what it is of.
func TestOrgPhrases(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"وأعلنت وزارة الداخلية المغربية أن التحقيق بدأ.", []string{"وزارة الداخلية المغربية"}},
		{"وقال متحدث باسم شرطة منطقة مكة المكرمة إن الحادث وقع أمس.", []string{"شرطة منطقة مكة المكرمة"}},
		{"وأحالت القضية إلى هيئة الرقابة والتحقيق الإداري للنظر فيها.", []string{"هيئة الرقابة والتحقيق الإداري"}},
		{"وقالت وكالة المغرب العربي للأنباء إن الوزير وصل.", []string{"وكالة المغرب العربي للأنباء"}},
		{"وسيطرت المقاومة الشعبية على الحي.", []string{"المقاومة الشعبية"}},
		{"وبحث الاجتماع مع لجنة الانتخابات المركزية الموعد.", []string{"لجنة الانتخابات المركزية"}},
		{"وحكمت المحكمة الجزائية المتخصصة على متهم بالسجن.", []string{"المحكمة الجزائية المتخصصة"}},
		{"وقضت المحكمة العليا بإلغاء القرار.", []string{"المحكمة العليا"}},
		// a nation's armed and security bodies and its government are
		// organisations (GUIDELINES: institutions are ORG)
		{"وقالت الحكومة التركية إنها سترد.", []string{"الحكومة التركية"}},
		{"ودعت الحكومة الشرعية إلى الحوار.", []string{"الحكومة الشرعية"}},
		{"وحملت اللجنة الحكومة الإسرائيلية المسؤولية.", []string{"الحكومة الإسرائيلية"}},
		{"وتقدمت القوات العراقية نحو المدينة.", []string{"القوات العراقية"}},
		{"وطردت المقاومة اليمنية المتمردين من الحي.", []string{"المقاومة اليمنية"}},
		{"وشنت القوات المسلحة المصرية حملة.", []string{"القوات المسلحة المصرية"}},
		{"وأغلق الجيش الأردني المعبر.", []string{"الجيش الأردني"}},
		{"واعتقلت الشرطة الروسية ثلاثة.", []string{"الشرطة الروسية"}},
		{"وأعلنت قيادة القوات المشتركة البدء.", []string{"قيادة القوات المشتركة"}},
		{"وأعربت رئاسة هيئة الأركان العامة عن شكرها.", []string{"رئاسة هيئة الأركان العامة"}},
		// one «for …» phrase in the name: a second is its purpose
		{"الجسر الذي ينظمه مركز الأمير سلطان للإغاثة الإنسانية لدعم الشعب اليمني.", []string{"مركز الأمير سلطان للإغاثة الإنسانية"}},
		{"وأعلن الديوان الملكي وفاة الأمير.", []string{"الديوان الملكي"}},
		// a definite head with a «for …» word after it; without one it
		// refers back
		{"وقالت الهيئة العامة للطيران المدني إن الرحلات مستمرة.", []string{"الهيئة العامة للطيران المدني"}},
		{"وأعلنت المؤسسة العامة للتدريب التقني والمهني النتائج.", []string{"المؤسسة العامة للتدريب التقني والمهني"}},
		{"وعقدت اللجنة الوطنية للتعليم العالمي اجتماعها.", []string{"اللجنة الوطنية للتعليم العالمي"}},
		{"وقالت الهيئة العامة إن الرحلات مستمرة.", nil},
		{"وقدمت الجمعية للأطفال هدايا.", nil},
		{"وتدرب تركيا المعارضة السورية المعتدلة.", []string{"المعارضة السورية المعتدلة"}},
		// a chain of nouns in construct after an institution's head; not
		// after a verbal noun's (إدارة شؤون الدولة, «running the state»)
		{"دعت لجنة مبادرة السلام العربية إلى التشاور.", []string{"لجنة مبادرة السلام العربية"}},
		{"وأكدت هيئة كبار العلماء أن الهجوم جريمة.", []string{"هيئة كبار العلماء"}},
		{"وأجلت محكمة جنايات القاهرة المحاكمة.", []string{"محكمة جنايات القاهرة"}},
		{"وأناب الملك ولي العهد في إدارة شؤون الدولة.", nil},
		{"وأوضح خلال جولته في مجمع الأمل للصحة النفسية بالرياض أن العمل مستمر.", []string{"مجمع الأمل للصحة النفسية"}},
		// a front before a place is the fighting there, not a body
		{"واشتدت المعارك في جبهة الضالع.", nil},
		{"وأعلنت جبهة التحرير الوطني ترشيحه.", []string{"جبهة التحرير الوطني"}},
		{"وتحرص الأمانة على تنظيم فعاليات العيد.", nil},
		// named after a king or a prince, also after a title
		{"وأعلن مركز الأمير سلطان للإغاثة والأعمال الإنسانية البدء.", []string{"مركز الأمير سلطان للإغاثة والأعمال الإنسانية"}},
		{"ووقعت جامعة الأمير محمد بن فهد على الاتفاقية.", []string{"جامعة الأمير محمد بن فهد"}},
		{"وقال مدير مستشفى الملك فيصل التخصصي إن الحالة مستقرة.", []string{"مستشفى الملك فيصل التخصصي"}},
		{"وعقد الاجتماع برئاسة الأمير محمد بن نايف.", nil},
		// a known organisation's name after a body is its own (the
		// tagger's known names find it), a place's is the body's
		{"وطردت المقاومة الشعبية الحوثيين من عدن.", []string{"المقاومة الشعبية"}},
		{"وكشفت شرطة المنطقة الشرقية التفاصيل.", []string{"شرطة المنطقة الشرقية"}},
		// another body joined by و begins; a word in ى is no nisba
		{"وقال إن الجيش الشرعي والمقاومة الشعبية يحكمان السيطرة.", []string{"الجيش الشرعي", "المقاومة الشعبية"}},
		{"فيما ستنقل هيئة الإغاثة الجرحى من مدنها.", []string{"هيئة الإغاثة"}},
		{"فيما ستنقل حكومة اليمن الجرحى من مدنها.", []string{"حكومة اليمن"}}, // the phrase; governments() makes it Yemen
		{"وأصدر مجلس القضاء الأعلى قرارا.", []string{"مجلس القضاء الأعلى"}},
		{"وتخرج من جامعة الملك عبد العزيز في جدة.", []string{"جامعة الملك عبد العزيز"}},
		// not institutions by this rule: the article on the head, a head
		// after a title, a nation's court or its leadership, a name the lexicon
		// knows
		{"وتتطلب الحكومة الإلكترونية أنظمة حديثة.", nil},
		{"والتقى رئيس حكومة أرمينيا نظيره.", nil},
		{"وأشادت قيادة السعودية بالجهود.", nil},
		{"وأكدت قيادة الرياض ذلك.", nil},
		{"وتعهد التحالف بقيادة المملكة بالدعم.", nil},
		{"وشكرت الوزارة قيادة التحالف العربي.", nil},
		{"وأشاد بقيادة قوات الأمن.", []string{"قوات الأمن"}},
		{"وفرضت عقوبات على جماعة حزب الله الشيعية.", nil},
		{"وحكمت المحكمة السعودية على متهم بالسجن.", nil},
		{"وقالت المحكمة إن الجلسة أجلت.", nil},
		{"وقال حزب الله اللبناني إن الهجوم فشل.", nil},
		{"وقال إن وزارة لم ترد.", nil},
		// لـ fused with the article: no span writes the name whole; a
		// nation's force or government starts at the article's lam, as the
		// linker spans لليمن (it names it with the alef back)
		{"وأرسل رسالة للحكومة السورية أمس.", []string{"لحكومة السورية"}},
		{"وطعن المحامي للمحكمة العليا في القرار.", nil},
	}
	for _, tc := range tests {
		d := doc.New(tc.text, "ar")
		p, _ := a.newPipeline()
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range a.orgPhrases(d) {
			got = append(got, m.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestPersonNameEnds: an office after a person's name is no part of it
// (trimTitleTail), nor a function word the tagger ran it into
// (cutAtFunctionWord); a title word that ends the name and the name علي
// (with ي) stay. A noun of trade last is no part of it (trimOccupation:
// مدرس، كشاعر، المفتش; not a family name, القاضي، المعلم), nor a relative
// pronoun (beforeRelative). و and a first name begins a second person
// (conjoinedName: محمد كوفي وحمادة), as و and a family name in ي does
// (والطميحي); not a first name in و (وليد), a transliterated name in وال
// (سام والتون) or a family name in و (مراد وهبة).
func TestPersonNameEnds(t *testing.T) {
	a := newAnalyzer(t)
	for _, tc := range []struct {
		name     string
		cut      func(text string, start, end int) int
		in, want string
	}{
		{"trimTitleTail", trimTitleTail, "محمد بن سلمان بن عبدالعزيز ولي ولي العهد", "محمد بن سلمان بن عبدالعزيز"},
		{"trimTitleTail", trimTitleTail, "خالد الفالح وزير الصحة", "خالد الفالح"},
		{"trimTitleTail", trimTitleTail, "عبد ربه منصور هادي", "عبد ربه منصور هادي"},
		{"trimTitleTail", trimTitleTail, "محمد الحسن الأمين", "محمد الحسن الأمين"},
		{"trimTitleTail", trimTitleTail, "ولي العهد", "ولي العهد"},
		{"trimTitleTail", trimTitleTail, "سلمان بن حمد آل خليفة نائب", "سلمان بن حمد آل خليفة"},
		{"trimTitleTail", trimTitleTail, "سعود بن عبدالله أمير", "سعود بن عبدالله أمير"},
		{"trimTitleTail", trimTitleTail, "سلمان سفير", "سلمان"},
		{"trimTitleTail", trimTitleTail, "عبدالله العميد", "عبدالله العميد"},
		{"trimTitleTail", trimTitleTail, "ولي ولي العهد", "ولي ولي العهد"},
		{"trimTitleTail", trimTitleTail, "وسمو ولي", "وسمو ولي"},
		{"trimTitleTail", trimTitleTail, "وولي ولي العهد", "وولي ولي العهد"},
		{"beforeNameTitle", beforeNameTitle, "ولي ولي العهد الأمير", "ولي ولي العهد"},
		{"beforeNameTitle", beforeNameTitle, "محمد الأمير", "محمد الأمير"},
		{"cutAtFunctionWord", cutAtFunctionWord, "فيصل بن خالد على", "فيصل بن خالد"},
		{"cutAtFunctionWord", cutAtFunctionWord, "فوزي إن", "فوزي"},
		{"cutAtFunctionWord", cutAtFunctionWord, "محمد علي عبدالرحيم", "محمد علي عبدالرحيم"},
		{"cutAtFunctionWord", cutAtFunctionWord, "إسماعيل ولد الشيخ أحمد", "إسماعيل ولد الشيخ أحمد"},
		{"cutAtFunctionWord", cutAtFunctionWord, "على", "على"},
		{"trimOccupation", trimOccupation, "منير جمعة أحمد مدرس", "منير جمعة أحمد"},
		{"trimOccupation", trimOccupation, "لبيد كشاعر", "لبيد"},
		{"trimOccupation", trimOccupation, "عبدالعزيز رجب المفتش", "عبدالعزيز رجب"},
		{"trimOccupation", trimOccupation, "بولوني كمدير", "بولوني"},
		{"trimOccupation", trimOccupation, "سالم القاضي", "سالم القاضي"},
		{"trimOccupation", trimOccupation, "فاروق الشاعر", "فاروق الشاعر"},
		{"trimOccupation", trimOccupation, "أحمد المعلم", "أحمد المعلم"},
		{"trimOccupation", trimOccupation, "خالد المدرس", "خالد المدرس"},
		{"trimOccupation", trimOccupation, "جون كولي", "جون كولي"},
		{"trimOccupation", trimOccupation, "كمال حسن", "كمال حسن"},
		{"trimOccupation", trimOccupation, "مدرس", "مدرس"},
		{"beforeRelative", beforeRelative, "صندوق التمنية العقاري والذي", "صندوق التمنية العقاري"},
		{"beforeRelative", beforeRelative, "وزارة الداخلية التي", "وزارة الداخلية"},
		{"beforeRelative", beforeRelative, "الذي", "الذي"},
		{"beforeRelative", beforeRelative, "عبدالله الذيب", "عبدالله الذيب"},
		{"conjoinedName", a.conjoinedName, "محمد كوفي وحمادة", "محمد كوفي"},
		{"conjoinedName", a.conjoinedName, "عبدالله دوش والطميحي", "عبدالله دوش"},
		{"conjoinedName", a.conjoinedName, "محمد وليد الحسن", "محمد وليد الحسن"},
		{"conjoinedName", a.conjoinedName, "سام والتون", "سام والتون"},
		{"conjoinedName", a.conjoinedName, "محمد والي", "محمد والي"},
		{"conjoinedName", a.conjoinedName, "والفيصل", "والفيصل"},
		{"conjoinedName", a.conjoinedName, "مراد وهبة", "مراد وهبة"},
	} {
		if got := tc.in[:tc.cut(tc.in, 0, len(tc.in))]; got != tc.want {
			t.Errorf("%s(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
	// a particle the tagger ran into the name is no part of it
	for in, want := range map[string]string{"أن كي مون": "كي مون", "بأن محمد علي": "محمد علي", "أن": "أن", "أنور السادات": "أنور السادات", "فان كوخ": "فان كوخ"} {
		if got := in[afterParticle(in, 0, len(in)):]; got != want {
			t.Errorf("afterParticle(%q) = %q, want %q", in, got, want)
		}
	}
	// «ركن» ends a military rank (اللواء ركن), not begins the name
	for in, want := range map[string]string{"ركن حمد بن علي العطية": "حمد بن علي العطية", "ركن": "ركن", "حمد العطية": "حمد العطية"} {
		if got := in[afterRank(in, 0, len(in)):]; got != want {
			t.Errorf("afterRank(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAlaPreposition: «على» opening a tagged name is the preposition
// after a word that governs it, and the name علي after a title or a
// speech verb.
func TestAlaPreposition(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text, name string
		want       bool
	}{
		{"وأصدرت المحكمة حكما بالسجن على محمد مرسي أمس.", "على محمد مرسي", false},
		{"وأصدرت المحكمة حكما بالسجن على محمد مرسي أمس.", "محمد مرسي", true},
		{"وفرض مجلس الأمن عقوبات على صالح ونجله.", "على صالح", false},
		{"ووقع الاختيار على أحمد البخيت لتدريب الفريق.", "أحمد البخيت", true},
		{"ووقع الاختيار على أحمد البخيت لتدريب الفريق.", "على أحمد البخيت", false},
	}
	for _, tc := range tests {
		res, err := a.Analyze(context.Background(), tc.text, "ar")
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range res.Entities {
			for _, m := range e.Mentions {
				found = found || m.Text == tc.name
			}
		}
		if found != tc.want {
			t.Errorf("%s: mention %q found=%v, want %v", tc.text, tc.name, found, tc.want)
		}
	}
	// after a title or a speech verb the word is the name; after a
	// governing word the preposition
	for _, tc := range []struct {
		text string
		cut  bool
	}{
		{"وقال الشيخ على جمعة إن الفتوى صدرت.", false},
		{"وقال على جمعة إن الفتوى صدرت.", false},
		{"وحكمت المحكمة على جمعة بالسجن.", true},
	} {
		text := tc.text
		d := doc.New(text, "ar")
		p, _ := a.newPipeline()
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for ti, tok := range d.Tokens {
			if tok.Text == "على" {
				if got := a.afterPreposition(d, ti, tok.Start, d.Tokens[ti+1].End); (got != tok.Start) != tc.cut {
					t.Errorf("%s: على cut=%v, want %v", text, got != tok.Start, tc.cut)
				}
			}
		}
	}
}

// TestSplitKnownHead: a tagger's organisation that runs on from a known
// name into a person's name is split; one that goes on with the
// organisation's own words is not. A body run into a known name after it
// is split too, unless the name is the body's genitive or a country's
// adjective. The tagged span starts at the known name when the text
// ends with something else, else after the text's first word.
func TestSplitKnownHead(t *testing.T) {
	a := newAnalyzer(t)
	for _, tc := range []struct {
		text, known string
		want        []string
	}{
		{"القيادي في الاتحاد الوطني الكردستاني رشاد كلالي", "الاتحاد الوطني الكردستاني", []string{"ORG الاتحاد الوطني الكردستاني", "PER رشاد كلالي"}},
		{"وقال حزب الله اللبناني", "حزب الله", []string{"ORG حزب الله اللبناني"}},
		{"وأعلنت الأمم المتحدة لشؤون اللاجئين", "الأمم المتحدة", []string{"ORG الأمم المتحدة لشؤون اللاجئين"}},
		// English words have no article to tell an institution's from a
		// person's: only a known first name makes a person.
		{"officials of the Montenegro Municipality Association", "Montenegro", []string{"ORG Montenegro Municipality Association"}},
		// a body run into a known name after it is two mentions, unless
		// the name is the body's genitive or a country's adjective
		{"وطالب مجلس الأمن الحوثيين", "الحوثيين", []string{"ORG مجلس الأمن", "ORG الحوثيين"}},
		{"وقالت شرطة محافظة جدة", "جدة", []string{"ORG شرطة محافظة جدة"}},
		{"وأعلنت القوات المسلحة السعودية", "السعودية", []string{"ORG القوات المسلحة السعودية"}},
	} {
		start := strings.Index(tc.text, " ") + 1
		if strings.HasPrefix(tc.text[start:], tc.known) || !strings.HasSuffix(tc.text, tc.known) {
			start = strings.Index(tc.text, tc.known)
		}
		i := strings.Index(tc.text, tc.known)
		tagged := []link.Mention{{Start: start, End: len(tc.text), Text: tc.text[start:], Type: "ORG"}}
		known := []link.Mention{{Start: i, End: i + len(tc.known), Text: tc.known, Type: "ORG"}}
		var got []string
		for _, m := range a.splitKnownHead(tc.text, tagged, known) {
			got = append(got, m.Type+" "+m.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestSplitKnownPair: two names the lexicon knows, side by side as verb
// and object put them (اتهمت السعودية إيران), are two entities even where
// the tagger runs them into one.
func TestSplitKnownPair(t *testing.T) {
	a := newAnalyzer(t)
	text := "اتهمت السعودية إيران وحزب الله بدعم الحوثيين."
	got := mentionsOf(t, a, text, func(e model.Entity) bool { return e.Type == "GPE" })
	slices.Sort(got)
	if want := []string{"إيران", "السعودية"}; !slices.Equal(got, want) {
		t.Errorf("%s: countries %q, want %q", text, got, want)
	}
}

// TestAcrossPunct: a tagged name never spans a bracket, a quotation mark
// or a comma; the longest part, the last of equal ones, is kept.
func TestAcrossPunct(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"حسن) روحاني", "روحاني"},
		{"منظمة «التأمين الاجتماعي", "التأمين الاجتماعي"},
		{"عبد الملك الحوثي", "عبد الملك الحوثي"},
		{"سلمان، محمد بن نايف", "محمد بن نايف"},
	} {
		s, e := acrossPunct(tc.in, 0, len(tc.in))
		if got := tc.in[s:e]; got != tc.want {
			t.Errorf("acrossPunct(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFirstNameBefore: a first name that is also a common word, right
// before a tagged name, begins it (سيف يوسف أحمد الفلاسي); the
// preposition على (with ى) never does.
func TestFirstNameBefore(t *testing.T) {
	a := newAnalyzer(t)
	for text, want := range map[string]string{
		"بمعاملة الشهيد الرقيب أول سيف يوسف أحمد الفلاسي، من القوة.": "سيف يوسف أحمد الفلاسي",
		"وتحدث على محمد الحسن في المؤتمر.":                           "محمد الحسن",
	} {
		res, err := a.Analyze(context.Background(), text, "ar")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range res.Entities {
			if e.Type == "PER" {
				for _, m := range e.Mentions {
					got = append(got, m.Text)
				}
			}
		}
		if !slices.Contains(got, want) {
			t.Errorf("%s: person mentions %q, want %q", text, got, want)
		}
	}
}

// TestNamesAfterTitles: two or three bare words after a title of a
// country are the official's name (رئيس وزراء باكستان نواز شريف); verbs,
// adverbs and nouns with a pronoun after a title are not.
func TestNamesAfterTitles(t *testing.T) {
	a := newAnalyzer(t)
	for text, want := range map[string][]string{
		"استقبل الملك سلمان رئيس وزراء باكستان نواز شريف والوفد المرافق له.": {"نواز شريف"},
		"غير أن الرئيس الأذري استأنف حديثه قائلاً إن الوضع صعب.":             nil,
		"رئيس وزراء باكستان يزور جدة غدا.":                                   nil,
		"وزير الخارجية الإيراني دعا دول الخليج إلى الحوار.":                  nil,
		"أصيب وزير الصحة المصري بفيروس كورونا.":                              nil,
	} {
		if got := shapeMentions(t, a, text, a.namesAfterTitles); !slices.Equal(got, want) {
			t.Errorf("%s: names %q, want %q", text, got, want)
		}
	}
}

// TestPlacesAfterNouns: the word after a place noun is the town's name
// (حصيبة، القديح), two words for a toponym's head (تل عفر) or a bare word
// in construct with a name (جسر الشغور); adjectives and demonyms are not.
func TestPlacesAfterNouns(t *testing.T) {
	a := newAnalyzer(t)
	for text, want := range map[string][]string{
		"وقعت اشتباكات في مدينة حصيبة وبلدة القديح ومدينة جسر الشغور.": {"حصيبة", "القديح", "جسر الشغور"},
		"وسيطر التنظيم على بلدة تل عفر.":                               {"تل عفر"},
		"وزار قرية صغيرة ومدينة سعودية في منطقة العمليات.":             nil,
		"وفاز الرئيس بولاية ثانية، ووصل إلى مخيم للاجئين.":             nil,
	} {
		if got := shapeMentions(t, a, text, a.placesAfterNouns); !slices.Equal(got, want) {
			t.Errorf("%s: places %q, want %q", text, got, want)
		}
	}
}

// shapeMentions runs the pipeline on text and returns the texts of the
// mentions find (a rule that finds names by their place) returns.
func shapeMentions(t *testing.T, a *Analyzer, text string, find func(*doc.Doc, []link.Mention) []link.Mention) []string {
	t.Helper()
	d := doc.New(text, "ar")
	p, _ := a.newPipeline()
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range find(d, nil) {
		got = append(got, m.Text)
	}
	return got
}

// TestTaggedNameEdges: the tagger's person spans lose a verb before the
// name (شن مسلحو داعش: no person at all) and a name's title run into a
// title chain before it (ولي ولي العهد [الأمير] محمد بن سلمان); an
// institution named as an event's object word keeps the event (أحالت X
// المتهمين إلى المحكمة الجزائية المتخصصة).
func TestTaggedNameEdges(t *testing.T) {
	a := newAnalyzer(t)
	res, err := a.Analyze(context.Background(), "شن مسلحو داعش هجوما على نقطة تفتيش. والتقى ولي ولي العهد الأمير محمد بن سلمان بالرئيس الروسي فلاديمير بوتين.", "ar")
	if err != nil {
		t.Fatal(err)
	}
	var people []string
	for _, e := range res.Entities {
		if e.Type == "PER" {
			people = append(people, e.ID)
		}
	}
	if slices.ContainsFunc(people, func(id string) bool { return strings.HasPrefix(id, "x:") }) || !slices.Contains(people, "Q:mohammed-bin-salman") {
		t.Errorf("people %q, want Mohammed bin Salman and Putin only", people)
	}
	res, err = a.Analyze(context.Background(), "أحالت هيئة التحقيق والادعاء العام المتهمين إلى المحكمة الجزائية المتخصصة.", "ar")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Events, func(e model.Event) bool { return e.Type == "ACCUSE" }) {
		t.Errorf("events %+v, want the referral to court", res.Events)
	}
}

// TestNameEnds: a person's name the tagger stopped after «بن» goes on
// to the next word, one it stopped before the family name takes it, and
// a rank after a name is no part of it.
func TestNameEnds(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"كرم الأمير جلوي بن عبدالعزيز بن مساعد أمس العريف عبدالله مبارك الأحمري من منسوبي الشرطة.",
			[]string{"جلوي بن عبدالعزيز بن مساعد", "عبدالله مبارك الأحمري"}},
		{"وقال عبدالله مبارك الحالي إن الفريق جاهز.", []string{"عبدالله مبارك"}},
		{"قال خالد مشعل القيادي في حركة حماس إن الحركة مستعدة.", []string{"خالد مشعل"}},
		{"الأمير فيصل بن بندر يحث منسوبي الإمارة على الارتقاء بالخدمة", []string{"فيصل بن بندر"}},
	}
	for _, tc := range tests {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool { return e.Type == "PER" })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
	// a participle's plural the tagger ran into the name is the verb's
	// object (زار X المصابين); a family name ending alike stays
	for in, want := range map[string]string{
		"فيصل بن خالد المصابين": "فيصل بن خالد",
		"محمد المواطنون":        "محمد",
		"علي الحسين":            "علي الحسين",
		"زين العابدين":          "زين العابدين",
	} {
		if got := in[:a.beforeTrailingVerb(in, 0, len(in))]; got != want {
			t.Errorf("beforeTrailingVerb(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNamesAfterHonorifics: a name the tagger misses after an honorific or
// a rank is found: a first name and a family name, a lineage, «آل» and
// its family, or two bare words; «الفريق» alone is also «the team».
func TestNamesAfterHonorifics(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"وكان في وداعه الفريق أول صدقي صبحي والدكتور مساعد العيبان.", []string{"صدقي صبحي", "مساعد العيبان"}},
		{"وقال رئيس المنظمة العربية للسياحة د. بندر آل فهيد بأن هذا المؤتمر ناجح.", []string{"بندر آل فهيد"}},
		{"وشارك اللاعب في مباريات الفريق طوال الموسم.", nil},
	}
	for _, tc := range tests {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool { return e.Type == "PER" })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestOrgPhrasesNotTraffic: «حركة» before a noun of traffic is no body.
func TestOrgPhrasesNotTraffic(t *testing.T) {
	a := newAnalyzer(t)
	got := entityNames(t, a, "وأكد المدير أن حركة المسافرين زادت، وقالت حركة الإصلاح إن حركة الملاحة البحرية توقفت.")
	if !slices.Contains(got, "حركة الإصلاح") || slices.ContainsFunc(got, func(n string) bool {
		return strings.Contains(n, "المسافرين") || strings.Contains(n, "الملاحة")
	}) {
		t.Errorf("entities %q: want حركة الإصلاح and no traffic", got)
	}
}

// TestOrgPhrasesDara: «دارة» heads an institution named after a person
// (دارة الملك عبدالعزيز), which is no mention of the king.
func TestOrgPhrasesDara(t *testing.T) {
	a := newAnalyzer(t)
	res, err := a.Analyze(context.Background(), "وقال الأمين العام لدارة الملك عبدالعزيز إن البرنامج بدأ.", "ar")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Entities {
		if e.Type == "PER" {
			t.Errorf("person %q found in an institution's name", e.Name)
		}
	}
}

// TestOrgPhrasesConstructTail: a «for …» word in construct takes its noun
// into the name after heads that look for one (اللجنة الوطنية لحقوق
// الإنسان), not after a ministry (a purpose: وزارة الداخلية لحماية الأمن).
func TestOrgPhrasesConstructTail(t *testing.T) {
	a := newAnalyzer(t)
	for text, want := range map[string]string{
		"وأكدت اللجنة الوطنية لحقوق الإنسان تصاعد الأعمال المسلحة.": "اللجنة الوطنية لحقوق الإنسان",
		"وقالت الهيئة الوطنية لمكافحة الفساد إنها تلقت بلاغات.":     "الهيئة الوطنية لمكافحة الفساد",
		"وتعمل وزارة الداخلية لحماية الأمن الداخلي من كل الأخطار.":  "وزارة الداخلية",
	} {
		wantEntity(t, a, text, want)
	}
}

// TestOrgPhrasesTies: a participle of ties (الموالي للأكراد) describes the
// body; it is not part of its name.
func TestOrgPhrasesTies(t *testing.T) {
	a := newAnalyzer(t)
	for _, name := range entityNames(t, a, "فيما اتهم حزب الشعب الديموقراطي التركي الموالي للاكراد الحكومة.") {
		if strings.Contains(name, "الموالي") {
			t.Errorf("entity %q runs into the participle", name)
		}
	}
}

// TestOrgPhrasesTailWithoutNoun: a «for …» word in construct with no noun
// with the article after it ends no name (اللجنة الوطنية لحماية حقوق …).
func TestOrgPhrasesTailWithoutNoun(t *testing.T) {
	a := newAnalyzer(t)
	for _, name := range entityNames(t, a, "وأكدت اللجنة الوطنية لحماية حقوق الإنسان أن الوضع صعب. وقالت اللجنة الوطنية لدعم سوريا إن الوضع صعب.") {
		if strings.HasSuffix(name, "لحماية") || strings.HasSuffix(name, "لدعم") {
			t.Errorf("entity %q ends on a «for …» word", name)
		}
	}
}

// TestOrgPhrasesJoinedKnown: a known name after و is another party, not
// the body's name going on (المقاومة الشعبية | والحوثيين); a word that is
// also a name (المالي «financial») goes on.
func TestOrgPhrasesJoinedKnown(t *testing.T) {
	a := newAnalyzer(t)
	for text, want := range map[string]string{
		"دارت اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في تعز.": "المقاومة الشعبية",
		"وقالت لجنة التطوير الإداري والمالي إن الوضع جيد.":           "لجنة التطوير الإداري والمالي",
	} {
		wantEntity(t, a, text, want)
	}
}

// TestQuotedSurnames: a family name in quotation marks after the person
// was named in full is a mention of that person, though the word is also
// an adjective (الشريف); a quoted word no name ends with is none.
func TestQuotedSurnames(t *testing.T) {
	a := newAnalyzer(t)
	text := `هنأ أمين عام اللجنة "عبد الإله بن محمد الشريف"؛ القيادة بمناسبة العيد.
وأشاد "الشريف" بالجهود التي تحققها وزارة الداخلية، وقال إن "الخطة" ناجحة.`
	got := mentionsOf(t, a, text, func(e model.Entity) bool { return e.Type == "PER" })
	want := []string{"عبد الإله بن محمد الشريف", "الشريف"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if codes := eventCodes(t, a, text); !slices.Contains(codes, "SUPPORT عبد الإله بن محمد الشريف > وزارة الداخلية") {
		t.Errorf("events %q: want the praise of the ministry by الشريف", codes)
	}
	// a firm, a group or a title named after the family is no mention
	for _, tc := range []struct{ text, name string }{
		{"وقال رئيس الشركة عبدالله العثيم إن سهم «العثيم» ارتفع.", "عبدالله العثيم"},
		{"وقال عبدالملك الحوثي إن ميليشيات «الحوثي» تتقدم.", "عبدالملك الحوثي"},
	} {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool { return e.Type == "PER" && e.Name == tc.name })
		if slices.ContainsFunc(got, func(m string) bool { return !strings.Contains(m, " ") }) {
			t.Errorf("%s: mentions %q, want no quoted family name", tc.text, got)
		}
	}
}

// TestLineageNamesakes: a known person's lineage (محمد بن عبد الرحمن, an
// alias of Qatar's Al Thani) that runs on with another family name is
// another man; with the person's own family it is the person.
func TestLineageNamesakes(t *testing.T) {
	a := newAnalyzer(t)
	got := entityNames(t, a, "أصدر الوزير قراراً بتكليف الدكتور محمد بن عبد الرحمن الفالح بالعمل وكيلاً للتفتيش.")
	if slices.Contains(got, "Mohammed bin Abdulrahman Al Thani") || !slices.Contains(got, "محمد بن عبد الرحمن الفالح") {
		t.Errorf("entities %q: want محمد بن عبد الرحمن الفالح, not Al Thani", got)
	}
	got = entityNames(t, a, "وقال محمد بن عبدالرحمن آل ثاني إن الوفد وصل.")
	if !slices.Contains(got, "Mohammed bin Abdulrahman Al Thani") {
		t.Errorf("entities %q: want Al Thani", got)
	}
	// an epithet, or the family written with the article, is the person's
	for _, tc := range []struct{ text, name string }{
		{"وقال الشيخ تميم بن حمد المفدى إن قطر تدعم الحل.", "Tamim bin Hamad Al Thani"},
		{"وقال محمد بن راشد المكتوم إن دبي تنمو.", "Mohammed bin Rashid"},
	} {
		if got := entityNames(t, a, tc.text); !slices.Contains(got, tc.name) {
			t.Errorf("%s: entities %q, want %s", tc.text, got, tc.name)
		}
	}
}

// TestGroupKinds: a known group named after a noun of its kind that the
// lexicon's aliases lack (حركة بوكو حرام, the lexicon has جماعة بوكو حرام)
// is one mention of the group, the kind included, after a preposition too.
func TestGroupKinds(t *testing.T) {
	a := newAnalyzer(t)
	got := mentionsOf(t, a, "وشنت حركة بوكو حرام هجمات في الكاميرون، وقتل 50 شخصا في هجمات لحركة بوكو حرام.", func(e model.Entity) bool { return e.Name == "Boko Haram" })
	if want := []string{"حركة بوكو حرام", "حركة بوكو حرام"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// «تنظيم» before an institution's name is «organising»
	got = mentionsOf(t, a, "ورحب الأمين العام بتنظيم جامعة الدول العربية القمة.", func(e model.Entity) bool { return e.Name == "Arab League" })
	if want := []string{"جامعة الدول العربية"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestInterestIsNoBody: «مصلحة» before a country or a people is «the
// interest of», no organisation (في مصلحة إسرائيل: Israel is named); before
// the nouns of a government agency it is one (مصلحة الزكاة والدخل).
func TestInterestIsNoBody(t *testing.T) {
	a := newAnalyzer(t)
	names := entityNames(t, a, "وقال بوتين إن الاتفاق ليس في مصلحة إسرائيل ولا لمصلحة البلدين والشعبين.")
	if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, "مصلحة") }) || !slices.Contains(names, "Israel") {
		t.Errorf("got %q, want Israel and no «مصلحة …» body", names)
	}
	names = entityNames(t, a, "وأعلنت مصلحة الزكاة والدخل عن مواعيد جديدة.")
	if !slices.Contains(names, "مصلحة الزكاة والدخل") {
		t.Errorf("got %q, want the agency", names)
	}
	// a preposition before it makes «the interest of» whatever follows
	// (review); an agency of any name is one without it
	names = entityNames(t, a, "وقال بوتين إن الاتفاق في مصلحة الأمن والاستقرار ولمصلحة العمل الخليجي.")
	if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, "مصلحة") }) {
		t.Errorf("got %q, want no «مصلحة …» body", names)
	}
	names = entityNames(t, a, "وتدفع الشركات نصف ما يدفع لمصلحة الزكاة والدخل.")
	if !slices.Contains(names, "مصلحة الزكاة والدخل") {
		t.Errorf("got %q, want the agency after ل", names)
	}
	names = entityNames(t, a, "وأعلنت مصلحة الخبراء عن نتائج التحقيق.")
	if !slices.Contains(names, "مصلحة الخبراء") {
		t.Errorf("got %q, want the agency", names)
	}
}

// TestIndefiniteBody: a body's noun and a nation's adjective without the
// article (جامعة سعودية) is «a Saudi university», no name; a body and a
// place (شرطة دبي) is one.
func TestIndefiniteBody(t *testing.T) {
	a := newAnalyzer(t)
	names := entityNames(t, a, "وقالت جامعة سعودية إن الطلاب نجحوا، وأكدت منظمة حقوقية مصرية ذلك. وأعلنت شرطة دبي القبض على لص.")
	if slices.ContainsFunc(names, func(n string) bool { return strings.HasSuffix(n, "سعودية") || strings.HasSuffix(n, "مصرية") }) || !slices.Contains(names, "شرطة دبي") {
		t.Errorf("got %q, want شرطة دبي and no indefinite body", names)
	}
}
