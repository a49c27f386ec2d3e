package analyze

import (
	"slices"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// TestOffices: an office of a body that an apposition gave a person
// earlier in the article is a mention of that person; an office of the
// office (نائب رئيس) or the holder's kin (شقيق رئيس) is not.
func TestOffices(t *testing.T) {
	a := newAnalyzer(t)
	tests := []personMentions{
		{"التقى الملك سلمان رئيس حزب القوات اللبنانية سمير جعجع. وأعرب رئيس حزب القوات اللبنانية عن شكره للمملكة.",
			"سمير جعجع", []string{"سمير جعجع", "رئيس حزب القوات اللبنانية"}},
		{"التقى الملك سلمان رئيس حزب القوات اللبنانية سمير جعجع. وحضر نائب رئيس حزب القوات اللبنانية اللقاء، كما حضره شقيق رئيس حزب القوات اللبنانية.",
			"سمير جعجع", []string{"سمير جعجع"}},
		{"وأعرب رئيس حزب القوات اللبنانية عن شكره. والتقى الملك رئيس حزب القوات اللبنانية سمير جعجع.",
			"سمير جعجع", []string{"سمير جعجع"}},
	}
	checkPersonMentions(t, a, tests)
}

// TestOfficeBeforeName: an office right before a person's name, over an
// honorific (وزير العمل الدكتور X), is a mention of that person wherever
// it stands alone, after a preposition too (لوزير العمل); not when the
// article gives it to two people, and not a form of address (صاحب السمو).
func TestOfficeBeforeName(t *testing.T) {
	a := newAnalyzer(t)
	tests := []personMentions{
		{"أصدر وزير العمل الدكتور مفرج الحقباني قراراً بتكليف الدكتور محمد الفالح وكيلاً للوزارة.\nورفع الفالح شكره لوزير العمل على ثقته.",
			"مفرج الحقباني", []string{"وزير العمل", "مفرج الحقباني", "وزير العمل"}},
		{"أصدر وزير العمل الدكتور مفرج الحقباني قراراً.\nوقال وزير العمل سعد الفالح إن القرار سابق.\nورفع المدير شكره لوزير العمل.",
			"مفرج الحقباني", []string{"مفرج الحقباني"}},
		{"استقبل صاحب السمو الأمير فيصل بن خالد الوفد.\nوحضر صاحب السمو الأمير بندر اللقاء.",
			"فيصل بن خالد", []string{"فيصل بن خالد"}},
		// another office that begins with the same words
		{"قال رئيس الوزراء حيدر العبادي إن الوضع مستقر، فيما انتقد رئيس الوزراء السابق نوري المالكي الحكومة.",
			"حيدر العبادي", []string{"رئيس الوزراء", "حيدر العبادي"}},
		{"قال وزير العمل الدكتور مفرج الحقباني إن القرار صدر. وزار وزير العمل والتنمية الاجتماعية في الأردن الرياض.",
			"مفرج الحقباني", []string{"وزير العمل", "مفرج الحقباني"}},
		// a foreign holder's office, with its nisba, is another office
		{"التقى وزير الدفاع الأمريكي آشتون كارتر الوفد.\nوالتقى وزير الدفاع في حكومة الإقليم بالوفد.",
			"آشتون كارتر", []string{"وزير الدفاع الأمريكي", "آشتون كارتر"}},
		// a second holder after و: only the office beside each name is his
		{"التقى الأمير محمد بن سلمان وزير الدفاع نظيره. وحضر اللقاء رئيس الوزراء نواز شريف ووزير الدفاع خواجه محمد آصف. وأكد وزير الدفاع أن التعاون مستمر.",
			"الأمير محمد بن سلمان", []string{"الأمير محمد بن سلمان", "وزير الدفاع"}},
		// a subordinate's name after the office
		{"استقبل مساعد وزير الدفاع محمد العايش الوفد. وأكد وزير الدفاع أن التعاون مستمر.",
			"محمد العايش", []string{"محمد العايش"}},
		// a trade is no office
		{"وشارك الممثل القدير بشير الغنيم في العمل. وقال الممثل القدير إن الدور صعب.",
			"بشير الغنيم", []string{"بشير الغنيم"}},
		// the tatweel after a preposition is no part of the mention
		{"أصدر وزير العمل الدكتور مفرج الحقباني قراراً.\nورفع المدير شكره لـوزير العمل.",
			"مفرج الحقباني", []string{"وزير العمل", "مفرج الحقباني", "وزير العمل"}},
	}
	checkPersonMentions(t, a, tests)
	if codes := eventCodes(t, a, tests[0].text); !slices.Contains(codes, "SUPPORT محمد الفالح > مفرج الحقباني") {
		t.Errorf("events %q: want the thanks of الفالح to the minister", codes)
	}
}

// personMentions is a text, a mention of a person in it, and all the
// mentions that person's entity should have.
type personMentions struct {
	text, person string
	want         []string
}

// checkPersonMentions analyses each text and compares the mentions of the
// person entity that has the given mention with the wanted ones.
func checkPersonMentions(t *testing.T, a *Analyzer, tests []personMentions) {
	t.Helper()
	for _, tc := range tests {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool {
			return e.Type == "PER" && slices.ContainsFunc(e.Mentions, func(m model.Mention) bool { return m.Text == tc.person })
		})
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
