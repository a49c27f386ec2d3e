package analyze

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// TestSupportNeedsRecipient: an Arabic SUPPORT whose sentence names no one
// supported is not reported; one that names whom is.
func TestSupportNeedsRecipient(t *testing.T) {
	a := newAnalyzer(t)
	for _, tc := range []struct {
		text string
		want int
	}{
		{"وأكد فلاديمير بوتين دعمه للجهود المبذولة.", 0},
		{"وأشاد فلاديمير بوتين بالرئيس التركي رجب طيب أردوغان.", 1},
	} {
		n := 0
		for _, e := range eventsOf(t, a, tc.text) {
			if e.Type == "SUPPORT" {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%s: %d SUPPORT events, want %d", tc.text, n, tc.want)
		}
	}
}

// TestAllegedDeedAfterNoun: the deed an accusation's noun alleges
// (اتهام روسيا لأوكرانيا بقصف دونباس) is no event of its own.
func TestAllegedDeedAfterNoun(t *testing.T) {
	evs := eventsOf(t, newAnalyzer(t), "وجاء اتهام روسيا لأوكرانيا بقصف دونباس.")
	types := map[string]int{}
	for _, e := range evs {
		types[e.Type]++
	}
	if types["ACCUSE"] != 1 || types["ASSAULT"] != 0 {
		t.Errorf("events %+v, want one ACCUSE and no ASSAULT", evs)
	}
}

// TestOutletNoSubject: a news outlet that reported the sentence before is
// not the dropped subject of the next one; a person is.
func TestOutletNoSubject(t *testing.T) {
	a := newAnalyzer(t)
	for text, want := range map[string]string{
		"وذكرت وكالة الأنباء اليمنية أن اللقاء كان وديا. وأعرب عن تقديره لدور الإمارات.": "",
		"وقال بوتين إن اللقاء كان وديا. وأعرب عن تقديره لدور الإمارات.":                  "Vladimir Putin",
		// an agency that is no news agency acts
		"أصدرت وكالة الطاقة الذرية تقريرا جديدا. وأعربت عن تقديرها لدور الإمارات.": "وكالة الطاقة الذرية",
	} {
		got := ""
		for _, e := range eventsOf(t, a, text) {
			if e.Type == "SUPPORT" && e.Actor != nil {
				got = e.Actor.Name
			}
		}
		if got != want {
			t.Errorf("%s: SUPPORT by %q, want %q", text, got, want)
		}
	}
}

// eventsOf returns the events a finds in the Arabic text.
func eventsOf(t *testing.T, a *Analyzer, text string) []model.Event {
	t.Helper()
	res, err := a.Analyze(context.Background(), text, "ar")
	if err != nil {
		t.Fatal(err)
	}
	return res.Events
}

// eventCodes returns the events of the analysis of text as "TYPE actor >
// recipient" ("-" for none).
func eventCodes(t *testing.T, a *Analyzer, text string) []string {
	t.Helper()
	var got []string
	for _, e := range eventsOf(t, a, text) {
		r := "-"
		if e.Recipient != nil {
			r = e.Recipient.Name
		}
		got = append(got, e.Type+" "+e.Actor.Name+" > "+r)
	}
	return got
}

// TestDateBeforeVerbalNoun: «في» before a date is the date's, and the
// verbal noun after it is still the act of «قام»'s subject (قام X في
// 2012 بقصف Y); «في» that is no date's opens an adjunct after a verb of
// deciding (قررت X في الاجتماع خفض الدعم: no meeting decided).
func TestDateBeforeVerbalNoun(t *testing.T) {
	a := newAnalyzer(t)
	var got []string
	for _, e := range eventsOf(t, a, "وكان الرئيس الروسي فلاديمير بوتين قد قام في 2012 بقصف مدينة حلب.") {
		got = append(got, e.Type+" "+e.Actor.Name)
	}
	if len(got) != 1 || got[0] != "ASSAULT Vladimir Putin" {
		t.Errorf("got %q, want one ASSAULT by Putin", got)
	}
	if evs := eventsOf(t, a, "قررت الحكومة المصرية في الاجتماع مع وفد صندوق النقد الدولي خفض الدعم."); len(evs) != 0 {
		t.Errorf("got %d events, want none: %+v", len(evs), evs)
	}
}

// TestTitleBeforeName: an office between two names is the second's (التقى
// X وزير الصحة Y), and a comma may stand between a title and its name
// (وزير الخارجية التركي، أحمد داود أوغلو): the title is the name's, and
// the name is the verb's object.
func TestTitleBeforeName(t *testing.T) {
	a := newAnalyzer(t)
	for text, want := range map[string][]string{
		"والتقى بوتين وزير الصحة أنور قرقاش في موسكو.":             {"CONSULT Vladimir Putin > أنور قرقاش"},
		"والتقى بوتين أمس، وزير الخارجية التركي، أحمد داود أوغلو.": {"CONSULT Vladimir Putin > Ahmet Davutoğlu"},
	} {
		got := eventCodes(t, a, text)
		if !slices.Equal(got, want) {
			t.Errorf("%s\n got  %q\n want %q", text, got, want)
		}
	}
	if got := mentionsOf(t, a, "والتقى بوتين وزير الصحة أنور قرقاش.", func(e model.Entity) bool { return e.Name == "Vladimir Putin" }); !slices.Equal(got, []string{"بوتين"}) {
		t.Errorf("Putin's mentions %q, want only بوتين", got)
	}
}

// TestReligiousAuthorityTitle: «المرجع الديني الأعلى السيد» is a title
// before a name, so a preposition before it governs the name (تلقى X
// الدعم من المرجع … Y: Y backs X).
func TestReligiousAuthorityTitle(t *testing.T) {
	a := newAnalyzer(t)
	text := "وكان العبادي قد تلقى الدعم من المرجع الديني الأعلى السيد علي الحسيني السيستاني."
	if got, want := eventCodes(t, a, text), []string{"SUPPORT Ali al-Sistani > Haider al-Abadi"}; !slices.Equal(got, want) {
		t.Errorf("%s\n got  %q\n want %q", text, got, want)
	}
}

// TestOfficeBeforeRelative: an office after a name and before a relative
// clause is the name's (X وزير الطاقة الذي التقى Y): the office alone later
// is X.
func TestOfficeBeforeRelative(t *testing.T) {
	a := newAnalyzer(t)
	text := "وقال سعد الحربي وزير الطاقة الذي التقى ألكسندر نوفاك في فيينا إن السوق متوازنة. وأكد وزير الطاقة أن الإنتاج سيرتفع."
	got := mentionsOf(t, a, text, func(e model.Entity) bool { return e.Name == "سعد الحربي" })
	if !slices.Contains(got, "وزير الطاقة") {
		t.Errorf("سعد الحربي's mentions %q, want وزير الطاقة among them", got)
	}
}

// TestSecondReviewLinks: an office followed by another country's nisba
// and «السابق» goes on to the next name; «موعد المغرب» is the prayer's
// time only before a word of time (في، اليوم …); Iran's «محافظة كردستان»
// is no Iraqi region; an office followed by another title is the name's
// before it.
func TestSecondReviewLinks(t *testing.T) {
	a := newAnalyzer(t)
	if got := mentionsOf(t, a, "والتقى سعد الحربي وزير الطاقة الروسي السابق ألكسندر نوفاك في فيينا. وأكد وزير الطاقة أن الإنتاج سيرتفع.",
		func(e model.Entity) bool { return e.Name == "سعد الحربي" }); slices.Contains(got, "وزير الطاقة") {
		t.Errorf("سعد الحربي's mentions %q: the office is Novak's", got)
	}
	if slices.Contains(entityNames(t, a, "ويحين موعد المغرب في القاهرة اليوم عند الساعة الخامسة."), "Morocco") {
		t.Error("«موعد المغرب في القاهرة»: Morocco found")
	}
	if !slices.Contains(entityNames(t, a, "وحدد الاتحاد الدولي موعد المغرب مع البرتغال في ربع النهائي."), "Morocco") {
		t.Error("«موعد المغرب مع البرتغال»: Morocco not found")
	}
	if names := entityNames(t, a, "واعتقلت السلطات الإيرانية ناشطين في محافظة كردستان."); slices.Contains(names, "Kurdistan Region") || !slices.Contains(names, "Kurdistan Province") {
		t.Errorf("Iran's Kurdistan province: %q", names)
	}
	if !slices.Contains(entityNames(t, a, "وحدد الاتحاد الدولي موعد المغرب والبرتغال في ربع النهائي."), "Morocco") {
		t.Error("«موعد المغرب والبرتغال»: Morocco not found")
	}
	if got := mentionsOf(t, a, "واستقبل سعد الحربي وزير الطاقة الرئيس الروسي فلاديمير بوتين في الرياض. وأكد وزير الطاقة أن الإنتاج سيرتفع.",
		func(e model.Entity) bool { return e.Name == "سعد الحربي" }); !slices.Contains(got, "وزير الطاقة") {
		t.Errorf("سعد الحربي's mentions %q: the office before another title is his", got)
	}
}

// TestOtherCountryClub: «نادي الهلال السوداني» is Sudan's club, not the
// Saudi Al Hilal of the lexicon; «نادي الهلال السعودي» is.
func TestOtherCountryClub(t *testing.T) {
	a := newAnalyzer(t)
	if slices.Contains(entityNames(t, a, "وتعاقد نادي الهلال السوداني مع مدرب جديد."), "Al Hilal") {
		t.Error("Sudan's al-Hilal linked to the Saudi club")
	}
	if !slices.Contains(entityNames(t, a, "وتعاقد نادي الهلال السعودي مع مدرب جديد."), "Al Hilal") {
		t.Error("the Saudi al-Hilal not found")
	}
}

// TestFourthReviewLinks: a club whose alias ends in its nisba keeps it
// before a person's nisba (السد القطري الإسباني تشافي); «موعد المغرب
// بالقاهرة» is the prayer's time; a stadium the tagger missed before
// «الدولي» is found (استاد لوسيل الدولي).
func TestFourthReviewLinks(t *testing.T) {
	a := newAnalyzer(t)
	if !slices.Contains(entityNames(t, a, "وأكد مدرب السد القطري الإسباني تشافي هيرنانديز جاهزية فريقه."), "Al Sadd") {
		t.Error("«السد القطري الإسباني»: Al Sadd not found")
	}
	if slices.Contains(entityNames(t, a, "ويحين موعد المغرب بالقاهرة عند الساعة السادسة والنصف."), "Morocco") {
		t.Error("«موعد المغرب بالقاهرة»: Morocco found")
	}
	if got := mentionsOf(t, a, "وأقيمت المباراة النهائية على استاد لوسيل الدولي أمس.", func(e model.Entity) bool { return e.Type == "LOC" }); !slices.Equal(got, []string{"استاد لوسيل الدولي"}) {
		t.Errorf("stadium: got %q", got)
	}
}

// TestArmedGroupsAndDeputy: the lexicon's armed groups are found and
// coded (اتهمت «وحدات حماية الشعب» الكردية تركيا), and the king's deputy
// named by his office acts, not the king.
func TestArmedGroupsAndDeputy(t *testing.T) {
	a := newAnalyzer(t)
	codes := func(text string) []string { return eventCodes(t, a, text) }
	if got := codes("اتهمت «وحدات حماية الشعب» الكردية تركيا باستهدافها."); !slices.Contains(got, "ACCUSE People's Protection Units > Turkey") {
		t.Errorf("YPG's accusation: %q", got)
	}
	if got := codes("اجتمع نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بوزير الخارجية عادل الجبير."); !slices.Contains(got, "CONSULT Mohammed bin Nayef > Adel al-Jubeir") {
		t.Errorf("the deputy's meeting: %q", got)
	}
	if got := codes("وقال مسؤول تركي إن أنقرة تتعاون مع حكومة إقليم كردستان العراق للتحقيق في مزاعم سقوط ضحايا."); !slices.Contains(got, "COOPERATE Ankara > Kurdistan Region") {
		t.Errorf("a government in construct with a region: %q", got)
	}
	if names := entityNames(t, a, "وقالت إدارة المستشفى إن الحالة مستقرة، وأكدت إدارة النادي ذلك."); len(names) != 0 {
		t.Errorf("a body's part named by its common noun: %q", names)
	}
	if got := codes("موسكو - «الشرق الأوسط»: اقتحم مئات الطلاب مجمع وزارة التعليم."); len(got) != 0 {
		t.Errorf("a dateline with its outlet in quotation marks acted: %q", got)
	}
	if names := entityNames(t, a, "وقالت حكومة العراق إنها ترفض ذلك."); !slices.Contains(names, "Iraq") || slices.Contains(names, "حكومة العراق") {
		t.Errorf("«حكومة العراق» is Iraq's: %q", names)
	}
}

// TestAmbiguousPlaceWithArticle: a common word that is also a place's
// name the lexicon never writes with the article (جنين، مشهد، سيول) is no
// place with it, whoever tags it; «حكومة مالي» keeps its phrase.
func TestAmbiguousPlaceWithArticle(t *testing.T) {
	a := newAnalyzer(t)
	for _, text := range []string{"وقال الطبيب إن الجنين في حالة جيدة بعد الولادة.", "وتكرر المشهد في المدينة أمس.", "وجرفت السيول السيارات في الوادي."} {
		if names := entityNames(t, a, text); len(names) != 0 {
			t.Errorf("%s: %q, want no entity", text, names)
		}
	}
	if names := entityNames(t, a, "وقالت حكومة مالي إنها ترفض ذلك."); !slices.Contains(names, "حكومة مالي") {
		t.Errorf("«حكومة مالي»: %q", names)
	}
}

// TestNisbaAndFormerTitles: a nationality the tagger took into a name is
// cut off (المدرب البرتغالي بيريرا: بيريرا); a former president and
// today's, of one country, are two people (الرئيس التشادي السابق X …
// الرئيس التشادي الحالي Y).
func TestNisbaAndFormerTitles(t *testing.T) {
	a := newAnalyzer(t)
	if got := mentionsOf(t, a, "وقال المدرب البرتغالي بيريرا إن الفريق جاهز للمباراة.", func(e model.Entity) bool { return e.Type == "PER" }); !slices.Equal(got, []string{"بيريرا"}) {
		t.Errorf("the coach's mentions %q, want [بيريرا]", got)
	}
	text := "يخضع الرئيس التشادي السابق حسين حبري اعتبارا من غد لمحاكمة. وحبري الموقوف منذ عامين في السنغال لجأ بعد أن أطاح به الرئيس التشادي الحالي إدريس ديبي اتنو."
	habre := func(e model.Entity) bool {
		return slices.ContainsFunc(e.Mentions, func(m model.Mention) bool { return m.Text == "حسين حبري" })
	}
	if got := mentionsOf(t, a, text, habre); len(got) == 0 || slices.ContainsFunc(got, func(m string) bool { return strings.Contains(m, "الحالي") || strings.Contains(m, "ديبي") }) {
		t.Errorf("Habré's mentions %q: today's president joined the former one", got)
	}
}

// TestClubAndItsManagement: a club named with and without «نادي» is one
// entity, and its management (إدارة الهلال) is the club.
func TestClubAndItsManagement(t *testing.T) {
	a := newAnalyzer(t)
	text := "وأعلن نادي الهلال التعاقد مع اللاعب، وأكدت إدارة الهلال ذلك."
	got := mentionsOf(t, a, text, func(e model.Entity) bool { return e.Type == "ORG" })
	if names := entityNames(t, a, text); !slices.Equal(got, []string{"نادي الهلال", "الهلال"}) || len(names) != 1 {
		t.Errorf("the club's mentions %q in %q, want [نادي الهلال الهلال] in one entity", got, names)
	}
	if names := entityNames(t, a, "وقالت إدارة الكرة إن المدرب باق."); slices.Contains(names, "الكرة") {
		t.Errorf("«إدارة الكرة» named no body: %q", names)
	}
}

// TestEntityReview: cases a review of this session's entity changes
// demonstrated: البخاري (a person) is no بخارى with the article; the
// town al-Faw is no FAO (only «الفاو» in quotation marks is); another
// country's movement of a known movement's name, and another movement
// named «حركة الشباب …», are not the lexicon's; a government named by
// a capital is its country's.
func TestEntityReview(t *testing.T) {
	a := newAnalyzer(t)
	ids := func(text string) []string {
		res, err := a.Analyze(context.Background(), text, "ar")
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range res.Entities {
			out = append(out, e.ID+" "+e.Name)
		}
		return out
	}
	if got := ids("قال البخاري في كتابه إن الحديث صحيح."); len(got) != 1 || !strings.HasSuffix(got[0], "البخاري") {
		t.Errorf("al-Bukhari: %q", got)
	}
	for _, text := range []string{"وقال الوزير إن العمل في ميناء الفاو الكبير سينتهي، وإن الفاو ستصبح مركزا تجاريا.",
		"شاركت حركة الشباب الديمقراطي في الاحتجاجات بالقاهرة."} {
		for _, id := range ids(text) {
			if strings.HasPrefix(id, "org:fao") || strings.HasPrefix(id, "org:ennahda") || strings.HasPrefix(id, "org:al-shabaab") {
				t.Errorf("%s: %s", text, id)
			}
		}
	}
	// a second review: a nisba after a body may be another noun's or the
	// speaker's, and a body of no country has none to differ from; a
	// capital's government may be a rival one (صنعاء) or the city's, and
	// «عمّان» is Amman as well as Oman
	for text, want := range map[string]string{
		"قصفت إسرائيل مخازن أسلحة حزب الله السورية.":                                    "org:hezbollah Hezbollah",
		"اتهمت السعودية حزب الله الإيراني بتهريب الأسلحة.":                              "org:hezbollah Hezbollah",
		"قالت رئيسة المفوضية الأوروبية الألمانية أورسولا فون دير لاين إن الاتفاق قريب.": "org:european-commission European Commission",
		"جرت مفاوضات بين حماس والمصريين في القاهرة.":                                    "org:hamas Hamas",
	} {
		if got := ids(text); !slices.Contains(got, want) {
			t.Errorf("%s: %q, want %s", text, got, want)
		}
	}
	if got := ids("اتهمت الحكومة اليمنية حكومة صنعاء بنهب المساعدات."); !slices.ContainsFunc(got, func(id string) bool { return strings.HasSuffix(id, " حكومة صنعاء") }) {
		t.Errorf("«حكومة صنعاء» merged into its country: %q", got)
	}
	if got := ids("قال وزير الخارجية الأردني إن حكومة عمّان ترفض التهجير."); slices.ContainsFunc(got, func(id string) bool { return strings.HasPrefix(id, "gpe:OM") }) {
		t.Errorf("«حكومة عمّان» is Oman's: %q", got)
	}
}

// TestBoardChairInPipeline: the whole analysis reads «رئيس مجلس إدارة
// النادي علييف» as Aliyev with his office, not «النادي علييف» as a body
// (the tagger's span loses the body's common noun before a name).
func TestBoardChairInPipeline(t *testing.T) {
	a := newAnalyzer(t)
	var got []string
	for _, e := range eventsOf(t, a, "زار بوتين مقر النادي، حيث استقبله رئيس مجلس إدارة النادي علييف.") {
		if e.Recipient != nil {
			got = append(got, e.Type+" "+e.Actor.Name+" > "+e.Recipient.Name)
		}
	}
	if !slices.Equal(got, []string{"CONSULT Ilham Aliyev > Vladimir Putin"}) {
		t.Errorf("got %q", got)
	}
	got = nil
	for _, e := range eventsOf(t, a, "وعقد فيريرا جلسة مع مجلس إدارة الزمالك قبل السفر. وقال نادي الزمالك إن الاتفاق قريب.") {
		if e.Recipient != nil {
			got = append(got, e.Type+" "+e.Recipient.Name)
		}
	}
	if !slices.Equal(got, []string{"CONSULT Zamalek"}) {
		t.Errorf("a board named by its club: got %q", got)
	}
}

// TestVerbalAttackOnAir: an attack in words taken up by a deed verb (الهجوم
// الذي شنه على X في حوار) is an accusation, and the channel it was said
// on (على قناة روتانا) is no party.
func TestVerbalAttackOnAir(t *testing.T) {
	a := newAnalyzer(t)
	got := eventCodes(t, a, "استند الفنان فايز المالكي على ظهور زميله حسن عسيري خلال الهجوم الذي شنه عليه في حوار تلفزيوني على قناة روتانا خليجية.")
	for _, g := range got {
		if strings.HasPrefix(g, "ASSAULT") || strings.HasSuffix(g, "Rotana") {
			t.Errorf("got %q", got)
		}
	}
}

// TestReportedSpeechSpeaker: a verb in the first person in reported
// speech without quotation marks (وأضاف: إنني …، وأدعو إلى) is the act of
// the speaker the quotation finder found, not of a body the sentence
// before named; and «وقال» opening a paragraph after one that quoted X
// goes on with X, not with a person X named.
func TestReportedSpeechSpeaker(t *testing.T) {
	a := newAnalyzer(t)
	text := "أكد الفريق الشيخ راشد بن عبدالله آل خليفة وزير الداخلية أن التدخلات مرفوضة. وبين معاليه أن دول مجلس التعاون الخليجي تعمل كمنظومة أمنية متكاملة. وأضاف: إنني أخاطب كل مواطن، وأدعو إلى استنكار هذه التدخلات."
	if got := eventCodes(t, a, text); len(got) != 1 || !strings.HasPrefix(got[0], "REQUEST راشد") {
		t.Errorf("%s\n got %q, want the minister's request", text, got)
	}
	text = "من جانبه أكد وزير الخارجية الروسي أن بلاده تولي أهمية خاصة للزيارة التي قام بها الأمير محمد بن سلمان في يونيو الماضي.\n وقال إننا في اجتماع الدوحة واصلنا النقاش مع وزير الخارجية عادل الجبير."
	res, err := a.Analyze(context.Background(), text, "ar")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Quotes) != 2 || res.Quotes[1].Speaker == nil || res.Quotes[1].Speaker.Name != "Sergey Lavrov" {
		t.Errorf("%s\n quotes %+v, want the second Lavrov's", text, res.Quotes)
	}
	for _, e := range res.Events {
		if e.Actor.Name == "Doha" {
			t.Errorf("the meeting's city is no party: %+v", e)
		}
	}
	// (review) a cue inside its paragraph, after the paragraph named its
	// own speaker, is that speaker's
	text = "قال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق النووي تاريخي.\nمن جهته رحب وزير الخارجية الأمريكي جون كيري بالاتفاق. وأضاف: إننا ندعو إيران إلى الالتزام بتعهداتها."
	if res, err = a.Analyze(context.Background(), text, "ar"); err != nil {
		t.Fatal(err)
	}
	if n := len(res.Quotes); n == 0 || res.Quotes[n-1].Speaker == nil || res.Quotes[n-1].Speaker.Name != "John Kerry" {
		t.Errorf("%s\n quotes %+v, want the last Kerry's", text, res.Quotes)
	}
}

// TestTitleWordIsNoPronoun: «ولي» of «ولي ولي العهد» is a title's word,
// not و + لي «and to me», so the visit has no recipient in the quotation's
// speaker.
func TestTitleWordIsNoPronoun(t *testing.T) {
	a := newAnalyzer(t)
	text := "ورأى اللواء طلعت مسلم، الخبير الاستراتيجي، أن «زيارة ولي ولي العهد السعودي كانت مناسبة جيدة لحضور الحفل». وأكد خادم الحرمين دعم المملكة."
	res, err := a.AnalyzeAt(context.Background(), text, "ar", time.Date(2015, 7, 30, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Events {
		if e.Recipient != nil && e.Recipient.Name == "طلعت مسلم" {
			t.Errorf("the speaker is no recipient: %+v", e)
		}
	}
}
