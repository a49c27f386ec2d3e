package link

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/lexicon"
)

const samplePath = "../../samples/independent-arabia-putin-aliyev-dushanbe.txt"

func newLinker(t testing.TB) *Linker {
	t.Helper()
	lx, err := lexicon.Load()
	if err != nil {
		t.Fatalf("lexicon.Load: %v", err)
	}
	return New(lx)
}

func readSample(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatalf("read sample: %v", err)
	}
	return string(b)
}

// mentionsOf returns a mention of typ for every occurrence of each name in
// text that starts and ends on a word boundary (a proclitic may precede).
func mentionsOf(text, typ string, names ...string) []Mention {
	var out []Mention
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(n)
			off = e
			if e < len(text) && isWordRune([]rune(text[e:])[0]) {
				continue
			}
			out = append(out, Mention{Start: s, End: e, Text: n, Type: typ})
		}
	}
	return out
}

// entityOf returns the entity that has a mention with the given text at or
// after byte offset from.
func entityOf(ents []Entity, text string) []Entity {
	var out []Entity
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Text == text {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

func TestLinkSample(t *testing.T) {
	l := newLinker(t)
	text := readSample(t)
	ms := l.FindGazetteerMentions(text)
	// Names the lexicon lacks, as the tagger would give them.
	ms = append(ms, mentionsOf(text, "PERS", "أندريه كوليسنيكوف", "كوليسنيكوف")...)
	// The tagger's mistakes the linker must absorb: a nationality adjective
	// tagged as a place, a GPE tagged LOC.
	ms = append(ms, mentionsOf(text, "LOC", "الروسي")...)
	ents := l.Link(text, ms)

	tests := []struct {
		name    string
		surface []string
		id      string // "" = any id, checked for being one entity
		typ     string
	}{
		{"Putin", []string{"بوتين", "فلاديمير بوتين", "فلاديمير فلاديميروفيتش", "الرئيس الروسي"}, "Q:vladimir-putin", "PER"},
		{"Aliyev", []string{"علييف", "عليف", "إلهام علييف", "إلهام حيدروفيتش", "الرئيس الأذري"}, "Q:ilham-aliyev", "PER"},
		{"Kolesnikov", []string{"كوليسنيكوف", "أندريه كوليسنيكوف"}, "", "PER"},
		{"Russia", []string{"روسيا"}, "gpe:RU", "GPE"},
		{"Azerbaijan", []string{"أذربيجان"}, "gpe:AZ", "GPE"},
		{"Dushanbe", []string{"دوشنبه"}, "city:dushanbe", "GPE"},
		{"Moscow", []string{"موسكو"}, "city:moscow", "GPE"},
		{"CIS", []string{"رابطة الدول المستقلة"}, "org:cis", "ORG"},
		{"Central Asia", []string{"آسيا الوسطى"}, "loc:central-asia", "LOC"},
		{"Kremlin", []string{"الكرملين"}, "org:kremlin", "ORG"},
		{"Kommersant", []string{"كوميرسانت"}, "media:kommersant", "ORG"},
		{"Lavrov", []string{"سيرغي لافروف"}, "Q:sergey-lavrov", "PER"},
		{"Pashinyan", []string{"نيكول باشينيان"}, "Q:nikol-pashinyan", "PER"},
		{"St Petersburg", []string{"سانت بطرسبورغ"}, "city:saint-petersburg", "GPE"},
		{"Makhachkala", []string{"محج قلعة"}, "city:makhachkala", "GPE"},
		{"Karabakh", []string{"قره باغ"}, "region:karabakh", "GPE"},
		{"Independent Arabia", []string{"اندبندنت عربية"}, "media:independent-arabia", "ORG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids := map[string]bool{}
			for _, s := range tt.surface {
				es := entityOf(ents, s)
				if len(es) != 1 {
					t.Errorf("mention %q is in %d entities, want 1", s, len(es))
					continue
				}
				e := es[0]
				ids[e.ID] = true
				if tt.id != "" && e.ID != tt.id {
					t.Errorf("mention %q links to %s, want %s", s, e.ID, tt.id)
				}
				if e.Type != tt.typ {
					t.Errorf("mention %q has type %s, want %s", s, e.Type, tt.typ)
				}
			}
			if len(ids) > 1 {
				t.Errorf("%v spread over %d entities, want 1", tt.surface, len(ids))
			}
		})
	}
	// Kolesnikov is unknown to the lexicon.
	if es := entityOf(ents, "كوليسنيكوف"); len(es) == 1 && !strings.HasPrefix(es[0].ID, "x:") {
		t.Errorf("كوليسنيكوف links to %s, want an x: id", es[0].ID)
	}
	// Nationality adjectives are not mentions, in any entity.
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Text == "الروسي" || m.Text == "الأذرية" || m.Text == "روسي" {
				t.Errorf("adjective %q is a mention of %s", m.Text, e.ID)
			}
			if m.Text != text[m.Start:m.End] {
				t.Errorf("%s: span %d:%d is %q, text says %q", e.ID, m.Start, m.End, text[m.Start:m.End], m.Text)
			}
		}
	}
	// Putin's mentions include the headline's «لبوتين» (span without ل) and
	// the two «الرئيس الروسي».
	putin := entityOf(ents, "بوتين")[0]
	if n := countText(putin, "الرئيس الروسي"); n != 2 {
		t.Errorf("الرئيس الروسي mentions of Putin = %d, want 2", n)
	}
	if n := countText(putin, "بوتين"); n < 20 {
		t.Errorf("بوتين mentions = %d, want at least 20", n)
	}
}

func countText(e Entity, s string) int {
	n := 0
	for _, m := range e.Mentions {
		if m.Text == s {
			n++
		}
	}
	return n
}

// link runs FindGazetteerMentions plus the extra mentions and returns a
// surface → id map (the last entity wins for repeated surfaces).
func link(l *Linker, text string, extra ...Mention) map[string]Entity {
	ents := l.Link(text, append(l.FindGazetteerMentions(text), extra...))
	out := map[string]Entity{}
	for _, e := range ents {
		for _, m := range e.Mentions {
			out[m.Text] = e
		}
	}
	return out
}

func TestLinkRules(t *testing.T) {
	l := newLinker(t)
	tests := []struct {
		name  string
		text  string
		extra []string // PER names the tagger found, besides the gazetteer
		same  [][]string
		ids   map[string]string
		types map[string]string
		none  []string // surfaces that must not be mentions
	}{
		{
			name:  "spelling variant of an unknown surname",
			text:  "قال أندريه كوليسنيكوف إن الجميع حضروا. وأضاف كولسنيكوف أن القمة نجحت.",
			extra: []string{"أندريه كوليسنيكوف", "كولسنيكوف"},
			same:  [][]string{{"أندريه كوليسنيكوف", "كولسنيكوف"}},
		},
		{
			name:  "patronymic not in the lexicon",
			text:  "التقى سيرغي لافروف نظيره. وقال له: شكراً يا سيرغي فيكتوروفيتش.",
			extra: []string{"سيرغي فيكتوروفيتش"},
			ids:   map[string]string{"سيرغي فيكتوروفيتش": "Q:sergey-lavrov", "سيرغي لافروف": "Q:sergey-lavrov"},
		},
		{
			name:  "patronymic of an unknown person",
			text:  "قال أندريه كوليسنيكوف كلمته. ورد عليه المحاور: نعم يا أندريه إيفانوفيتش.",
			extra: []string{"أندريه كوليسنيكوف", "أندريه إيفانوفيتش"},
			same:  [][]string{{"أندريه كوليسنيكوف", "أندريه إيفانوفيتش"}},
		},
		{
			name: "title as a name: holder from the lexicon",
			text: "وصل وزير الخارجية الروسي إلى طهران، والتقى الرئيس الإيراني.",
			ids: map[string]string{"وزير الخارجية الروسي": "Q:sergey-lavrov", "الرئيس الإيراني": "Q:masoud-pezeshkian",
				"طهران": "city:tehran"},
			none: []string{"الروسي", "الإيراني"},
		},
		{
			name:  "title in apposition to an unknown name, then alone",
			text:  "قال وزير الدفاع الأذري ذاكر حسنوف إن الجيش مستعد. وأضاف وزير الدفاع الأذري أن المناورات ستستمر.",
			extra: []string{"ذاكر حسنوف"},
			same:  [][]string{{"ذاكر حسنوف", "وزير الدفاع الأذري"}},
		},
		{
			name:  "NER LOC for a lexicon GPE becomes GPE; a title after a conjunction",
			text:  "زار بوتين روسيا الاتحادية، ثم قال والرئيس الروسي إن",
			types: map[string]string{"روسيا الاتحادية": "GPE", "الرئيس الروسي": "PER"},
			ids:   map[string]string{"الرئيس الروسي": "Q:vladimir-putin"},
		},
		{
			name: "adjective alone is not a country",
			text: "أكد المسؤول الروسي أن الجانب الروسي مستعد.",
			none: []string{"الروسي"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var extra []Mention
			extra = append(extra, mentionsOf(tt.text, "PERS", tt.extra...)...)
			extra = append(extra, mentionsOf(tt.text, "LOC", "روسيا الاتحادية", "الروسي")...)
			got := link(l, tt.text, extra...)
			for _, group := range tt.same {
				id := ""
				for _, s := range group {
					e, ok := got[s]
					if !ok {
						t.Errorf("%q is not a mention", s)
						continue
					}
					if id == "" {
						id = e.ID
					} else if e.ID != id {
						t.Errorf("%q links to %s, want %s like %q", s, e.ID, id, group[0])
					}
				}
			}
			for s, want := range tt.ids {
				if e, ok := got[s]; !ok || e.ID != want {
					t.Errorf("%q links to %q, want %s", s, e.ID, want)
				}
			}
			for s, want := range tt.types {
				if e := got[s]; e.Type != want {
					t.Errorf("%q has type %q, want %s", s, e.Type, want)
				}
			}
			for _, s := range tt.none {
				if e, ok := got[s]; ok {
					t.Errorf("%q is a mention of %s, want none", s, e.ID)
				}
			}
		})
	}
}

func TestStableIDs(t *testing.T) {
	l := newLinker(t)
	a := "كتب أندريه كوليسنيكوف في الصحيفة."
	b := "نقلت الصحيفة عن مراسلها أندريه كوليسنيكوف، ثم أضاف كوليسنيكوف أن الزيارة مهمة."
	ea := link(l, a, mentionsOf(a, "PERS", "أندريه كوليسنيكوف")...)
	eb := link(l, b, mentionsOf(b, "PERS", "أندريه كوليسنيكوف", "كوليسنيكوف")...)
	ida, idb := ea["أندريه كوليسنيكوف"].ID, eb["أندريه كوليسنيكوف"].ID
	if ida == "" || ida != idb {
		t.Errorf("ids = %q and %q, want the same non-empty id", ida, idb)
	}
	if got := eb["كوليسنيكوف"].ID; got != idb {
		t.Errorf("surname links to %q, want %q", got, idb)
	}
	if !strings.HasPrefix(ida, "x:") {
		t.Errorf("id = %q, want an x: id", ida)
	}
}

func TestFindGazetteerMentions(t *testing.T) {
	l := newLinker(t)
	text := "وصل بوتين إلى بموسكو والتقى لافروف في الكرملين بالولايات المتحدة، وقال الروسي ونقلت (أ ف ب) عن كيف. وزارة المالية: سيول في مالي. وقالت الأم التي روته لنا."
	got := l.FindGazetteerMentions(text)
	var texts []string
	for _, m := range got {
		if m.Text != text[m.Start:m.End] {
			t.Errorf("span %d:%d = %q, mention says %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		texts = append(texts, m.Text+"/"+m.Type)
	}
	want := "بوتين/PER موسكو/GPE لافروف/PER الكرملين/ORG الولايات المتحدة/GPE أ ف ب/ORG"
	if g := strings.Join(texts, " "); g != want {
		t.Errorf("mentions = %s\nwant       %s", g, want)
	}
}

func TestLinkConcurrent(t *testing.T) {
	l := newLinker(t)
	text := readSample(t)
	ms := l.FindGazetteerMentions(text)
	want := len(l.Link(text, ms))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := len(l.Link(text, ms)); got != want {
				t.Errorf("entities = %d, want %d", got, want)
			}
		})
	}
	wg.Wait()
}

func BenchmarkFindGazetteerMentions(b *testing.B) {
	l := newLinker(b)
	text := readSample(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		l.FindGazetteerMentions(text)
	}
}

func BenchmarkLink(b *testing.B) {
	l := newLinker(b)
	text := readSample(b)
	ms := append(l.FindGazetteerMentions(text), mentionsOf(text, "PERS", "أندريه كوليسنيكوف", "كوليسنيكوف")...)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		l.Link(text, ms)
	}
}

// TestFullNameTypeWins: the tagger types a surname alone as a place more
// often than the full name; the full name's type is the entity's.
func TestFullNameTypeWins(t *testing.T) {
	l := newLinker(t)
	text := "قال ميخائيل زاخاروفسكي إن الوفد وصل. وأضاف زاخاروفسكي أن المحادثات بدأت، وختم زاخاروفسكي حديثه."
	ms := mentionsOf(text, "PERS", "ميخائيل زاخاروفسكي")
	for _, m := range mentionsOf(text, "LOC", "زاخاروفسكي") {
		if m.Start > ms[0].Start && m.End <= ms[0].End {
			continue // inside the full name
		}
		ms = append(ms, m)
	}
	ents := l.Link(text, ms)
	if len(ents) != 1 || len(ents[0].Mentions) != 3 || ents[0].Type != "PER" {
		t.Fatalf("entities = %+v, want one person with three mentions", ents)
	}
}

// TestLinkAcronyms: an acronym in capitals joins the organisation it
// follows in brackets, or whose initials it spells; a word in capitals
// that is no one's initials stays apart.
func TestLinkAcronyms(t *testing.T) {
	l := newLinker(t)
	text := "The Coastal Fishers Guild (CFG) met the Northern Farmers Union. The CFG, the NFU and the XYZ agreed."
	var ms []Mention
	ms = append(ms, mentionsOf(text, "ORG", "Coastal Fishers Guild", "Northern Farmers Union", "CFG", "NFU", "XYZ")...)
	got := link(l, text, ms...)
	for acr, name := range map[string]string{"CFG": "Coastal Fishers Guild", "NFU": "Northern Farmers Union"} {
		if got[acr].ID == "" || got[acr].ID != got[name].ID {
			t.Errorf("%q links to %q, want %q's %q", acr, got[acr].ID, name, got[name].ID)
		}
	}
	if x := got["XYZ"].ID; x == got["CFG"].ID || x == got["NFU"].ID {
		t.Errorf("XYZ links to %s, want an entity of its own", x)
	}
}

// TestQuotedNames: a newspaper whose name is a common word or another
// entity's name is that newspaper in quotation marks, and only there.
func TestQuotedNames(t *testing.T) {
	l := newLinker(t)
	for _, tc := range []struct{ text, name, id string }{
		{"وقال مسؤول لـ«الشرق الأوسط» إن الاجتماع انتهى.", "الشرق الأوسط", "media:asharq-al-awsat"},
		{"وتشهد منطقة الشرق الأوسط توترا.", "الشرق الأوسط", "loc:middle-east"},
		{"ونقلت «الرياض» عن الوزير قوله إن العمل بدأ.", "الرياض", "media:alriyadh"},
		{"وصل الوزير إلى الرياض أمس.", "الرياض", "city:riyadh"},
	} {
		got := link(l, tc.text)
		if got[tc.name].ID != tc.id {
			t.Errorf("%s: %s links to %q, want %s", tc.text, tc.name, got[tc.name].ID, tc.id)
		}
	}
}

// TestTitleApposition: a title used as a name and the name after it over
// title words only are one person; a name after a verb is another.
func TestTitleApposition(t *testing.T) {
	l := newLinker(t)
	for _, tc := range []struct {
		name, text, title, person string
		same                      bool
	}{
		{"title chain", "التقى ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير خالد بن فهد آل مطلق، أمس.",
			"ولي ولي العهد", "خالد بن فهد آل مطلق", true},
		{"no title words between", "وقال نائب الوزير سامي العتيبي إن الاجتماع انتهى.", "نائب الوزير", "سامي العتيبي", true},
		{"a name first is no title", "استقبل سامي العتيبي رئيس الحزب خالد بن فهد آل مطلق.", "سامي العتيبي", "خالد بن فهد آل مطلق", false},
		{"a verb between", "وصل نائب الوزير واستقبل خالد بن فهد آل مطلق.", "نائب الوزير", "خالد بن فهد آل مطلق", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ents := l.Link(tc.text, mentionsOf(tc.text, "PER", tc.title, tc.person))
			a, b := entityOf(ents, tc.title), entityOf(ents, tc.person)
			if len(a) != 1 || len(b) != 1 {
				t.Fatalf("got %d and %d entities, want one each: %+v", len(a), len(b), ents)
			}
			if got := a[0].ID == b[0].ID; got != tc.same {
				t.Errorf("same entity: got %v, want %v (%s / %s)", got, tc.same, a[0].ID, b[0].ID)
			}
		})
	}
}

// TestTitlesByDate: a title is resolved to the lexicon's office holder in
// an article of the lexicon's time or of unknown date; in an older one to
// the holder of its day (past_holders.tsv), or to no one when that is not
// known.
func TestTitlesByDate(t *testing.T) {
	l := newLinker(t)
	for _, tc := range []struct {
		title     string
		published time.Time
		want      string
	}{
		{"الرئيس الروسي", time.Time{}, "Q:vladimir-putin"},
		{"الرئيس الروسي", time.Date(2025, 10, 9, 0, 0, 0, 0, time.UTC), "Q:vladimir-putin"},
		{"الرئيس الروسي", time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC), "Q:vladimir-putin"},
		{"الرئيس الروسي", time.Date(2010, 7, 21, 0, 0, 0, 0, time.UTC), ""},
		{"الرئيس الفرنسي", time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC), "Q:francois-hollande"},
		{"وزير الخارجية السعودي", time.Date(2015, 3, 1, 0, 0, 0, 0, time.UTC), "Q:saud-al-faisal"},
		{"وزير الخارجية السعودي", time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC), "Q:adel-al-jubeir"},
		{"ولي العهد السعودي", time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC), "Q:mohammed-bin-nayef"},
		{"ولي ولي العهد السعودي", time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC), "Q:mohammed-bin-salman"},
		{"وزير خارجية إيران", time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC), "Q:mohammad-javad-zarif"},
		{"رئيس وزراء العراق", time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC), "Q:haider-al-abadi"},
	} {
		text := "وقال " + tc.title + " إن المحادثات كانت مفيدة."
		var got string
		for _, e := range l.LinkAt(text, nil, tc.published) {
			for _, m := range e.Mentions {
				if m.Text == tc.title {
					got = e.ID
				}
			}
		}
		if got != tc.want {
			t.Errorf("published %v: %s is %q, want %q", tc.published.Format("2006-01-02"), tc.title, got, tc.want)
		}
	}
}

// TestBareRoyalTitles: «ولي العهد» and «ولي ولي العهد» with no nation
// after them, in an article about the Saudi kingdom, are its crown prince
// and deputy of the article's day, and the lexicon's office of today is
// no office then (ولي العهد in 2015 is Mohammed bin Nayef, not the crown
// prince of today); not in an article about no Saudi matter, not another's
// title (مستشار ولي العهد), not another nation's (ولي العهد البحريني), and
// the minister named after «المرافق لسمو ولي العهد» is no prince.
func TestBareRoyalTitles(t *testing.T) {
	l := newLinker(t)
	day := time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC)
	holder := func(text, title string, published time.Time) string {
		for _, e := range l.LinkAt(text, nil, published) {
			for _, m := range e.Mentions {
				if m.Text == title {
					return e.ID
				}
			}
		}
		return ""
	}
	saudi := " وأكد خادم الحرمين الشريفين دعم المملكة."
	for _, tc := range []struct{ text, title, want string }{
		{"وقال ولي العهد إن الأمن مستقر." + saudi, "ولي العهد", "Q:mohammed-bin-nayef"},
		{"ونقل سمو ولي ولي العهد تحيات الملك." + saudi, "ولي ولي العهد", "Q:mohammed-bin-salman"},
		{"التقى الأمير محمد بن سلمان الوفد. وقال ولي العهد إن الأمن مستقر." + saudi, "ولي العهد", "Q:mohammed-bin-nayef"},
		{"وقال ولي العهد إن الأمن مستقر.", "ولي العهد", ""},
		{"وقال ولي العهد البحريني إن الأمن مستقر." + saudi, "ولي العهد", ""},
	} {
		if got := holder(tc.text, tc.title, day); got != tc.want {
			t.Errorf("%s\n %s is %q, want %q", tc.text, tc.title, got, tc.want)
		}
	}
	text := "ويضم الوفد المرافق لسمو ولي ولي العهد وزير الشؤون الاجتماعية الدكتور ماجد القصبي." + saudi
	for _, e := range l.LinkAt(text, mentionsOf(text, "PERS", "ماجد القصبي"), day) {
		if e.ID == "Q:mohammed-bin-salman" && len(e.Mentions) > 1 {
			t.Errorf("the minister joined to the deputy crown prince: %+v", e)
		}
	}
}

// TestFormerTitles: a past office (السابق) is not today's holder; the name
// right after it is the person.
func TestFormerTitles(t *testing.T) {
	l := newLinker(t)
	text := "وقال الرئيس الروسي السابق إن الأزمة طويلة. وقال الرئيس الروسي السابق دميتري ميدفيديف إن الحل قريب."
	ents := l.Link(text, mentionsOf(text, "PERS", "دميتري ميدفيديف"))
	for _, e := range ents {
		if e.ID == "Q:vladimir-putin" {
			t.Errorf("a former president linked to Putin: %+v", e)
		}
	}
	if es := entityOf(ents, "دميتري ميدفيديف"); len(es) != 1 || len(es[0].Mentions) != 2 {
		t.Errorf("the appositive former title should join Medvedev: %+v", ents)
	}
}

// TestMajorityTypeTies: among the fullest mentions the most frequent type
// wins, and a tie goes to the cluster's type whatever the text order.
func TestMajorityTypeTies(t *testing.T) {
	mk := func(typ string) *item { return &item{typ: typ, words: []string{"a", "b"}} }
	for _, tc := range []struct {
		c    string
		its  []string
		want string
	}{
		{"PER", []string{"LOC", "PER"}, "PER"},
		{"PER", []string{"PER", "LOC"}, "PER"},
		{"PER", []string{"LOC", "LOC", "PER"}, "LOC"},
		{"ORG", []string{"LOC", "PER"}, "LOC"},
	} {
		c := &cluster{typ: tc.c}
		for _, typ := range tc.its {
			c.items = append(c.items, mk(typ))
		}
		if got := majorityType(c); got != tc.want {
			t.Errorf("cluster %s, mentions %v: %s, want %s", tc.c, tc.its, got, tc.want)
		}
	}
}

// TestFormerTitleKeepsNoRole: a person named after a past office's title
// does not become that office's holder for later titles.
func TestFormerTitleKeepsNoRole(t *testing.T) {
	l := newLinker(t)
	text := "وقال الرئيس الروسي السابق ميخائيل زاخاروفسكي إن الأزمة طويلة. ثم قال الرئيس الروسي إن الحل قريب."
	ents := l.LinkAt(text, mentionsOf(text, "PERS", "ميخائيل زاخاروفسكي"), time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Start > strings.Index(text, "ثم") && m.Text == "الرئيس الروسي" && e.ID != "Q:vladimir-putin" {
				t.Errorf("the later title links to %s, want the office holder", e.ID)
			}
		}
	}
}

// TestKnownPersonTakesTitle: a known person the lexicon gives no office
// (a former leader) holds the office an apposition gives: the title alone
// later is he, in an undated article and in one of his time, not the
// lexicon's office holder.
func TestKnownPersonTakesTitle(t *testing.T) {
	l := newLinker(t)
	text := "وقال الرئيس السوري بشار الأسد إن الحرب طويلة. وأضاف الرئيس السوري أن الجيش صامد، وكرر الأسد ذلك."
	for _, published := range []time.Time{{}, time.Date(2015, 7, 21, 0, 0, 0, 0, time.UTC)} {
		ents := l.LinkAt(text, mentionsOf(text, "PER", "بشار الأسد", "الأسد"), published)
		var ids []string
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Text == "الرئيس السوري" || m.Text == "الأسد" {
					ids = append(ids, e.ID)
				}
			}
		}
		if len(ids) < 3 || slices.ContainsFunc(ids, func(id string) bool { return id != "Q:bashar-al-assad" }) {
			t.Errorf("published %v: title and surname are %q, want Q:bashar-al-assad each", published.Format("2006-01-02"), ids)
		}
	}
}

// TestNamesAsWritten: a name after لل whose article lost its alef
// (لليمن), a lineage longer than the lexicon's name (محمد بن سلمان بن
// عبدالعزيز), and a headline's title whose holder the report names below
// it, in an article of 2015 (so that no current office holder answers).
func TestNamesAsWritten(t *testing.T) {
	l := newLinker(t)
	at := time.Date(2015, 8, 5, 0, 0, 0, 0, time.UTC)
	idOf := func(ents []Entity, mention string) string {
		for _, e := range ents {
			for _, m := range e.Mentions {
				if m.Text == mention {
					return e.ID
				}
			}
		}
		return ""
	}
	for _, tc := range []struct {
		text, typ, name, mention, want string
	}{
		{"وقدمت المملكة مساعدات لليمن.", "GPE", "ليمن", "ليمن", "gpe:YE"},
		{"بعث الأمير محمد بن سلمان بن عبدالعزيز برقية.", "PER", "محمد بن سلمان بن عبدالعزيز", "محمد بن سلمان بن عبدالعزيز", "Q:mohammed-bin-salman"},
		{"الرئيس المصري يلتقي الرئيس اليمني بالقاهرة\n\nالتقى الرئيس المصري عبد الفتاح السيسي الرئيس عبد ربه منصور هادي رئيس الجمهورية اليمنية.", "PER", "عبد ربه منصور هادي", "الرئيس اليمني", "Q:abdrabbuh-mansour-hadi"},
	} {
		ents := l.LinkAt(tc.text, mentionsOf(tc.text, tc.typ, tc.name), at)
		if got := idOf(ents, tc.mention); got != tc.want {
			t.Errorf("%s: %s is %q, want %q", tc.text, tc.mention, got, tc.want)
		}
	}
	// a body's name without its adjective, in the headline before it
	text0 := "مقتل 3 جنود بهجوم لحزب العمال\n\nفتح عناصر من حزب العمال الكردستاني النار."
	ents := l.LinkAt(text0, append(mentionsOf(text0, "ORG", "حزب العمال الكردستاني"), Mention{Start: strings.Index(text0, "حزب العمال"), End: strings.Index(text0, "حزب العمال") + len("حزب العمال"), Text: "حزب العمال", Type: "ORG"}), at)
	if len(ents) != 1 {
		t.Errorf("%s: %d entities, want the party once: %+v", text0, len(ents), ents)
	}
	// a headline's bare title is the person the report gives it to
	text1 := "ولي ولي العهد يشكر الرئيس\n\nبعث الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد برقية."
	ents1 := l.LinkAt(text1, append(mentionsOf(text1, "PER", "محمد بن سلمان بن عبدالعزيز"), Mention{Start: 0, End: len("ولي ولي العهد"), Text: "ولي ولي العهد", Type: "PER"}), at)
	if got := idOf(ents1, "ولي ولي العهد"); got != "Q:mohammed-bin-salman" {
		t.Errorf("%s: the headline's title is %q, want Q:mohammed-bin-salman", text1, got)
	}
	// عبدالله and عبد الله are one name; a name joined by ابن goes on it;
	// a known name after بن is the father's in a lineage, not a mention
	text2 := "ولقاء الملك عبدالله الثاني ابن الحسين. واستقبل الأمير فيصل بن سلمان بن عبدالعزيز الوفد."
	ms := l.FindGazetteerMentions(text2)
	var known []string
	for _, m := range ms {
		known = append(known, m.Text)
	}
	if !slices.Contains(known, "الملك عبدالله الثاني") || slices.ContainsFunc(known, func(k string) bool { return strings.HasPrefix(k, "سلمان") }) {
		t.Errorf("%s: known names %q, want الملك عبدالله الثاني and no Salman (the father of فيصل بن سلمان)", text2, known)
	}
	ents2 := l.LinkAt(text2, append(ms, mentionsOf(text2, "PER", "ابن الحسين")...), at)
	if got := idOf(ents2, "الملك عبدالله الثاني ابن الحسين"); got != "Q:abdullah-ii" {
		t.Errorf("%s: the whole name is %q, want Q:abdullah-ii", text2, got)
	}
	// two lineages alike at both ends but for the father are two people
	text3 := "واستقبل الأمير محمد بن نايف بن عبدالعزيز الأمير محمد بن سلمان بن عبدالعزيز."
	ents3 := l.LinkAt(text3, mentionsOf(text3, "PER", "محمد بن نايف بن عبدالعزيز", "محمد بن سلمان بن عبدالعزيز"), at)
	if len(ents3) != 2 {
		t.Errorf("%s: %d entities, want 2", text3, len(ents3))
	}
	// an office after an unknown person's name gives him its country, and
	// the headline's title is he; a headline is no title phrase of the
	// report's first name
	text4 := "الملك يعزي رئيس الجمهورية التونسية\n\nبعث الملك برقية للرئيس الباجي قائد السبسي رئيس الجمهورية التونسية."
	ents4 := l.LinkAt(text4, mentionsOf(text4, "PER", "الباجي قائد السبسي"), at)
	var titled []string
	for _, e := range ents4 {
		for _, m := range e.Mentions {
			if m.Text == "رئيس الجمهورية التونسية" {
				titled = append(titled, e.NameAr)
			}
		}
	}
	if len(titled) != 2 || titled[0] != "الباجي قائد السبسي" || titled[1] != titled[0] {
		t.Errorf("%s: the two titles are %q, want the president named", text4, titled)
	}
	// an office given after a name names him elsewhere alone, but not
	// inside a longer office nor as another country's
	text5 := "ولي العهد يستقبل ولي ولي العهد\n\nاستقبل الأمير محمد بن نايف بن عبدالعزيز ولي العهد وزير الداخلية الأمير محمد بن سلمان بن عبدالعزيز. وقال ولي العهد السعودي كلمة."
	ents5 := l.LinkAt(text5, mentionsOf(text5, "PER", "محمد بن نايف بن عبدالعزيز", "محمد بن سلمان بن عبدالعزيز"), at)
	n5 := 0
	for _, e := range ents5 {
		for _, m := range e.Mentions {
			if m.Text == "ولي العهد" {
				n5++
				if e.ID != "Q:mohammed-bin-nayef" {
					t.Errorf("%s: «ولي العهد» at %d is %q", text5, m.Start, e.ID)
				}
			}
		}
	}
	if n5 != 2 {
		t.Errorf("%s: %d mentions «ولي العهد», want the headline's and the office's", text5, n5)
	}
	// a title that opens a name is no title used alone, and a preposition
	// is no word of a title phrase
	text6 := "بحث الأمير محمد بن سلمان مع الرئيس رمضان قاديروف العلاقات."
	if ents6 := l.LinkAt(text6, mentionsOf(text6, "PER", "الأمير محمد بن سلمان", "رمضان قاديروف"), at); len(ents6) != 2 {
		t.Errorf("%s: %d entities, want 2", text6, len(ents6))
	}
	// a title after a name that the sentence goes on after is the verb's
	// object, not the name's office; a name that begins with ل after لـ
	// keeps it (للبنان)
	text7 := "استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي في القاهرة. وسافر للبنان."
	ents7 := l.LinkAt(text7, append(mentionsOf(text7, "PER", "عبد الفتاح السيسي"), mentionsOf(text7, "GPE", "لبنان")...), time.Time{})
	if got := idOf(ents7, "وزير الخارجية الأمريكي"); got == idOf(ents7, "عبد الفتاح السيسي") {
		t.Errorf("%s: the US foreign minister is %q, Sisi's id", text7, got)
	}
	if got := idOf(ents7, "لبنان"); got != "gpe:LB" {
		t.Errorf("%s: للبنان is %q, want gpe:LB", text7, got)
	}
	// a word that only begins with ل is no article's
	text := "وقال ليبرمان إن الحرب طويلة."
	if got := idOf(l.LinkAt(text, mentionsOf(text, "PER", "ليبرمان"), at), "ليبرمان"); got == "" || strings.HasPrefix(got, "gpe:") {
		t.Errorf("%s: ليبرمان is %q", text, got)
	}
}

// TestDeputyTitles: a title after a deputy's or an adviser's noun (نائب
// العاهل البحريني، مستشار الرئيس الروسي) names no office holder, and gives
// the name after it no office of the title.
func TestDeputyTitles(t *testing.T) {
	l := newLinker(t)
	at := time.Date(2015, 8, 10, 0, 0, 0, 0, time.UTC)
	text := "أجرى نائب العاهل البحريني الأمير سلمان بن حمد آل خليفة اتصالا بالوزير. وقال مستشار الرئيس الروسي إن الزيارة مهمة. وقال العاهل البحريني إن العلاقات قوية."
	ents := l.LinkAt(text, mentionsOf(text, "PERS", "الأمير سلمان بن حمد آل خليفة"), at)
	for _, e := range ents {
		if e.ID == "Q:vladimir-putin" {
			t.Errorf("an adviser's title linked to Putin: %+v", e)
		}
		if e.ID == "Q:hamad-bin-isa" && len(e.Mentions) != 1 {
			t.Errorf("the king should keep the last title only: %+v", e)
		}
	}
	if es := entityOf(ents, "الأمير سلمان بن حمد آل خليفة"); len(es) != 1 || len(es[0].Mentions) != 2 {
		t.Errorf("the deputy's title joins the name after it: %+v", ents)
	}
}

// TestTitleBeforeOtherCountrysName: a nation's title right before the
// name of a known person of another country is two people (استقبل الرئيس
// المصري الأمير محمد بن سلمان), while one of the same country is the
// title's apposition.
func TestTitleBeforeOtherCountrysName(t *testing.T) {
	l := newLinker(t)
	at := time.Date(2015, 8, 10, 0, 0, 0, 0, time.UTC)
	text := "استقبل الرئيس المصري الأمير محمد بن سلمان في القاهرة. والتقى الرئيس الروسي فلاديمير بوتين."
	ents := l.LinkAt(text, mentionsOf(text, "PERS", "الأمير محمد بن سلمان", "فلاديمير بوتين"), at)
	if es := entityOf(ents, "الأمير محمد بن سلمان"); len(es) != 1 || len(es[0].Mentions) != 1 {
		t.Errorf("the Egyptian president's title joined the Saudi prince: %+v", ents)
	}
	if es := entityOf(ents, "فلاديمير بوتين"); len(es) != 1 || len(es[0].Mentions) != 2 {
		t.Errorf("the Russian president's title should join Putin: %+v", ents)
	}
}

// TestAdviserOfTheKing: a title used as a name after an adviser's or an
// envoy's noun (مستشار خادم الحرمين الشريفين) is part of that person's
// office, no mention of the king.
func TestAdviserOfTheKing(t *testing.T) {
	l := newLinker(t)
	text := "وجه مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة الأمير خالد الفيصل بالتحقيق."
	s := strings.Index(text, "خادم الحرمين الشريفين")
	ms := append(mentionsOf(text, "PERS", "الأمير خالد الفيصل"), Mention{Start: s, End: s + len("خادم الحرمين الشريفين"), Text: "خادم الحرمين الشريفين", Type: "PERS"})
	for _, e := range l.Link(text, ms) {
		if e.ID == "Q:salman-bin-abdulaziz" {
			t.Errorf("the adviser's office linked to the king: %+v", e)
		}
	}
}

// TestDeputyOfTheKing: «نائب خادم الحرمين الشريفين» before a person's
// name (over honorifics) is that person's office; alone it stays the
// title's (the press writes it for the crown prince standing in).
func TestDeputyOfTheKing(t *testing.T) {
	l := newLinker(t)
	const title = "خادم الحرمين الشريفين"
	text := "رأس نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف اجتماعاً."
	s := strings.Index(text, title)
	ms := append(mentionsOf(text, "PERS", "الأمير محمد بن نايف"), Mention{Start: s, End: s + len(title), Text: title, Type: "PERS"})
	for _, e := range l.Link(text, ms) {
		if e.ID == "Q:salman-bin-abdulaziz" {
			t.Errorf("the deputy's office linked to the king: %+v", e)
		}
	}
	text = "وأناب نائب خادم الحرمين الشريفين عنه في الحفل."
	s = strings.Index(text, title)
	found := false
	for _, e := range l.Link(text, []Mention{{Start: s, End: s + len(title), Text: title, Type: "PERS"}}) {
		found = found || e.ID == "Q:salman-bin-abdulaziz"
	}
	if !found {
		t.Error("the title alone after نائب lost its mention")
	}
}

// TestLineageCutShort: a lineage name cut after a father's name is the
// one person of the article whose lineage begins so, in either order;
// with two such people it is neither.
func TestLineageCutShort(t *testing.T) {
	l := newLinker(t)
	text := "حضر خالد بن عبدالعزيز بن فهد الحفل. وقال خالد بن عبدالعزيز إن الفريق جاهز."
	ents := l.Link(text, mentionsOf(text, "PERS", "خالد بن عبدالعزيز بن فهد", "خالد بن عبدالعزيز"))
	if len(ents) != 1 {
		t.Errorf("the short lineage should join the full one: %+v", ents)
	}
	text = "وقال سعد بن فهد إن الفريق جاهز. وحضر سعد بن فهد بن سعود الحفل."
	ents = l.Link(text, mentionsOf(text, "PERS", "سعد بن فهد", "سعد بن فهد بن سعود"))
	if len(ents) != 1 {
		t.Errorf("the full lineage should join the short one before it: %+v", ents)
	}
	text = "حضر خالد بن عبدالعزيز بن فهد وخالد بن عبدالعزيز بن سعود الحفل. وقال خالد بن عبدالعزيز إن الفريق جاهز."
	ents = l.Link(text, mentionsOf(text, "PERS", "خالد بن عبدالعزيز بن فهد", "خالد بن عبدالعزيز بن سعود", "خالد بن عبدالعزيز"))
	if len(ents) != 3 {
		t.Errorf("a short lineage two people share should stay apart: %+v", ents)
	}
}

// TestTitleListItems: a title after «و» in a list opens another person
// (لسمو ولي ولي العهد وزير الدولة … ووزير الخارجية عادل الجبير): the
// first title is not the apposition of the name after the second.
func TestTitleListItems(t *testing.T) {
	if titleGap(" وزير الدولة عضو مجلس الوزراء الدكتور مساعد العيبان ووزير الخارجية ") {
		t.Error("a gap with «ووزير» joined two people")
	}
	if !titleGap(" النائب الثاني لرئيس مجلس الوزراء وزير الدفاع ") {
		t.Error("a chain of titles should stay one phrase")
	}
	if !titleGap(" ولي العهد ") {
		t.Error("ولي is a title head, not «و» before one")
	}
}

// TestFatherNameAlone: the word after بن in a name is the father's, no
// surname: alone it is not the son (سلمان is not محمد بن سلمان); a name
// that opens with بن has it for a first name (بن رودس, then رودس).
func TestFatherNameAlone(t *testing.T) {
	l := newLinker(t)
	text := "يكون سلمان ثم أحمد بن سلمان الخالدي ثم خالد بن سلمان. وقال بن رودس إن رودس لن يحضر."
	ents := l.Link(text, mentionsOf(text, "PER", "سلمان", "أحمد بن سلمان الخالدي", "خالد بن سلمان", "بن رودس", "رودس"))
	bare := idAt(ents, strings.Index(text, "سلمان"))
	if bare == "" || bare == idAt(ents, strings.Index(text, "خالد بن سلمان")) {
		t.Errorf("«سلمان» alone is %q, want an entity of its own, not خالد بن سلمان's", bare)
	}
	if idAt(ents, strings.LastIndex(text, "رودس")) != idAt(ents, strings.Index(text, "بن رودس")) {
		t.Errorf("«رودس» is not «بن رودس»: %+v", ents)
	}
}

// idAt returns the id of the entity with a mention starting at byte start.
func idAt(ents []Entity, start int) string {
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Start == start {
				return e.ID
			}
		}
	}
	return ""
}

// TestCapitalNamedLikeACountry: «عمان» is Amman where the text around it
// names Jordan and not «سلطنة عمان», Oman otherwise, and Oman in a list of
// countries.
func TestCapitalNamedLikeACountry(t *testing.T) {
	l := newLinker(t)
	for _, tc := range []struct{ text, want string }{
		{"وصل الوفد إلى عمان في زيارة رسمية للأردن التقى خلالها العاهل الأردني.", "city:amman"},
		{"وزار الوفد عمان والتقى السلطان.", "gpe:OM"},
		{"وزار الوفد سلطنة عمان، ثم انتقل من عمان إلى الأردن.", "gpe:OM"},
		{"وجاءت إثيوبيا وعمان وتركيا في المقدمة، فيما جاءت الأردن بعدها.", "gpe:OM"},
	} {
		got := ""
		for _, e := range l.LinkAt(tc.text, mentionsOf(tc.text, "LOC", "عمان"), time.Time{}) {
			for _, m := range e.Mentions {
				if strings.TrimPrefix(m.Text, "و") == "عمان" {
					got = e.ID
				}
			}
		}
		if got != tc.want {
			t.Errorf("%s\n عمان is %q, want %q", tc.text, got, tc.want)
		}
	}
}
