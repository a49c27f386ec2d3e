package link

import (
	"testing"
	"unicode/utf8"
)

func FuzzLink(f *testing.F) {
	for _, s := range []string{"قال الرئيس الروسي فلاديمير بوتين في موسكو", "وللولايات المتحدة", "أ ف ب", "بوتين"} {
		f.Add(s)
	}
	l := newLinker(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		ms := l.FindGazetteerMentions(s)
		for _, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v in %q", m, s)
			}
		}
		for _, e := range l.Link(s, ms) {
			if e.ID == "" || len(e.Mentions) == 0 {
				t.Fatalf("empty entity %+v", e)
			}
			for _, m := range e.Mentions {
				if s[m.Start:m.End] != m.Text {
					t.Fatalf("bad span %+v in %q", m, s)
				}
			}
		}
	})
}
