package analyze

import (
	"slices"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// TestBareTitles: a bare title after the one person named with it is a
// mention of that person; not before a name or another title's word, and
// not when two people of the article hold it.
func TestBareTitles(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text, id string
		want     []string
	}{
		{"نفى الرئيس التركي رجب طيب أردوغان الاتهامات. وقال الرئيس إن تركيا عانت كثيرا، وقال الرئيس التنفيذي للشركة إن الأرباح ارتفعت.",
			"Q:recep-tayyip-erdogan", []string{"الرئيس التركي", "رجب طيب أردوغان", "الرئيس"}},
		{"نفى الرئيس التركي رجب طيب أردوغان الاتهامات. والتقى مستشار الرئيس في أنقرة بالوفد.",
			"Q:recep-tayyip-erdogan", []string{"الرئيس التركي", "رجب طيب أردوغان"}},
		{"التقى الرئيس الروسي فلاديمير بوتين الرئيس الأذري إلهام علييف. وقال الرئيس إن العلاقات قوية.",
			"Q:vladimir-putin", []string{"الرئيس الروسي", "فلاديمير بوتين"}},
		// a first name after the title is a name, though it reads as a
		// verb (فيصل: فـ + يصل)
		{"أشاد الملك سلمان بن عبدالعزيز بالمعرض. وحضر الأمير تركي الفيصل رئيس مجلس إدارة مركز الملك فيصل للدراسات الإسلامية والبحوث.",
			"Q:salman-bin-abdulaziz", []string{"الملك سلمان بن عبدالعزيز"}},
		// a first name that is a verb as it stands (أكرم) is the verb
		{"وقال الملك سلمان بن عبدالعزيز إن الضيوف أعزاء. وكان الملك أكرم وفادة الضيوف.",
			"Q:salman-bin-abdulaziz", []string{"الملك سلمان بن عبدالعزيز", "الملك"}},
	}
	for _, tc := range tests {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool { return e.ID == tc.id })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
