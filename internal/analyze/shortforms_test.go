package analyze

import (
	"context"
	"slices"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// TestShortForms: a bare «التحالف» after the coalition's full name is a
// mention of it, and before it too when the article names one coalition
// only; with an adjective of its own it is not. In an article that names
// none in full, it is the coalition of the war the article reports.
func TestShortForms(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text, id string
		want     []string
	}{
		{"أعلن التحالف العربي بدء عملية جديدة. وقصف التحالف مواقع المتمردين، وقالت مصادر إن طائرات للتحالف حلقت فوق المدينة.",
			"org:arab-coalition", []string{"التحالف العربي", "التحالف", "لتحالف"}},
		{"وقال التحالف إن العملية بدأت. وأعلن التحالف العربي نهايتها.",
			"org:arab-coalition", []string{"التحالف", "التحالف العربي"}},
		{"وقال التحالف إن العملية بدأت. وأعلن التحالف العربي نهايتها، ورحب التحالف الدولي.",
			"org:arab-coalition", []string{"التحالف العربي"}},
		{"وقصفت طائرات التحالف مواقع الحوثيين في صعدة.",
			"org:arab-coalition", []string{"التحالف"}},
		{"وقصفت طائرات التحالف مواقع داعش في الرقة.",
			"org:intl-coalition", []string{"التحالف"}},
		{"وقصفت طائرات التحالف مواقع داعش والحوثيين.",
			"org:arab-coalition", nil},
		// a group by its head: التنظيم، الحركة، الحزب
		{"قتل العشرات من عناصر تنظيم داعش. ورصدت الشرطة مركبات للتنظيم ودمرتها.",
			"org:isis", []string{"تنظيم داعش", "لتنظيم"}},
		{"أعلن حزب الله أن الحزب سيرد، وقال الحزب الشيوعي إنه يرفض.",
			"org:hezbollah", []string{"حزب الله", "الحزب"}},
		{"فرضت إسرائيل حصارا على الحركة في الضفة. وقالت حركة حماس إن الحصار جريمة.",
			"org:hamas", []string{"حركة حماس"}},
		{"وقصف التحالف مواقع المتمردين الحوثيين. ودأب المتمردون على الاعتداء على القرى.",
			"org:houthis", []string{"المتمردين الحوثيين", "المتمردون"}},
		{"وأعلن التحالف الدولي غارات جديدة، ورفض التحالف الوطني العراقي ذلك.",
			"org:intl-coalition", []string{"التحالف الدولي"}},
		// a committee, a council, a league by its head
		{"بحث مجلس الأمن الدولي الوضع في سوريا، ودعا المجلس إلى وقف القتال.",
			"org:unsc", []string{"مجلس الأمن الدولي", "المجلس"}},
		{"وقال المجلس إن الجلسة انتهت. وعقد مجلس الأمن الدولي جلسة أخرى.",
			"org:unsc", []string{"مجلس الأمن الدولي"}},
		{"اجتمع وزراء الخارجية في مقر جامعة الدول العربية، وقالت الجامعة إن الاجتماع ناجح.",
			"org:arab-league", []string{"جامعة الدول العربية", "الجامعة"}},
	}
	for _, tc := range tests {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool { return e.ID == tc.id })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestGenericPlaceOrgs: «شرطة المنطقة» after «شرطة منطقة …» is that
// police, and «وزارة الداخلية» after «وزارة الداخلية المغربية» that
// ministry; before it, it stays an entity of its own.
func TestGenericPlaceOrgs(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text string
		want [][]string
	}{
		{"وأعلنت شرطة منطقة تبوك القبض على متهم، وقال متحدث باسم شرطة المنطقة إن التحقيق بدأ.",
			[][]string{{"شرطة منطقة تبوك", "شرطة المنطقة"}}},
		{"وقال متحدث باسم شرطة المنطقة إن التحقيق بدأ، ثم أعلنت شرطة منطقة تبوك القبض على متهم.",
			[][]string{{"شرطة المنطقة"}, {"شرطة منطقة تبوك"}}},
		// a shorter form of an institution named in full before
		{"وأعلنت وزارة الداخلية المغربية تفكيك خلية، وأوضحت وزارة الداخلية أن أفرادها اعتقلوا.",
			[][]string{{"وزارة الداخلية المغربية", "وزارة الداخلية"}}},
		// «قوات» before a body's name is that body, before it or after
		{"ويشن الجيش المصري عمليات في سيناء. وبعد الهجمات على قوات الجيش المصري انسحب المسلحون.",
			[][]string{{"الجيش المصري", "قوات الجيش المصري"}}},
	}
	for _, tc := range tests {
		res, err := a.Analyze(context.Background(), tc.text, "ar")
		if err != nil {
			t.Fatal(err)
		}
		var got [][]string
		for _, e := range res.Entities {
			if e.Type != "ORG" {
				continue
			}
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, m.Text)
			}
			got = append(got, ms)
		}
		if !slices.EqualFunc(got, tc.want, slices.Equal) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestTerrorists: in an article that names one terrorist group, «the
// terrorists» are its men; with two named, they are no one's.
func TestTerrorists(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"قتل العشرات من عناصر تنظيم داعش. وأغارت القوات على العناصر الإرهابية وقتلت خمسة من الإرهابيين.",
			[]string{"تنظيم داعش", "العناصر الإرهابية", "الإرهابيين"}},
		{"قتل العشرات من عناصر تنظيم داعش وتنظيم القاعدة. وقتلت القوات خمسة من الإرهابيين.",
			[]string{"تنظيم داعش"}},
	}
	for _, tc := range tests {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool { return e.ID == "org:isis" })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestShortFormsMunicipal: a municipality, a chamber or a fund named in
// full is called by its head after (أمانة الرياض … الأمانة); before it the
// head is a common noun (الأمانة «honesty»).
func TestShortFormsMunicipal(t *testing.T) {
	a := newAnalyzer(t)
	for text, want := range map[string][]string{
		"وأطلقت أمانة الرياض مهرجان العيد. وقالت الأمانة إن الحدائق جاهزة.":  {"أمانة الرياض", "الأمانة"},
		"وتحدث عن الأمانة في العمل. وأطلقت أمانة الرياض مهرجان العيد.":       {"أمانة الرياض"},
		"وعقدت غرفة الرياض لقاء. ووجهت الغرفة الدعوة لعدد من سيدات الأعمال.": {"غرفة الرياض", "الغرفة"},
	} {
		got := mentionsOf(t, a, text, func(e model.Entity) bool { return e.Type == "ORG" })
		if !slices.Equal(got, want) {
			t.Errorf("%s\n got  %q\n want %q", text, got, want)
		}
	}
}
