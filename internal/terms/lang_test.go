package terms

import "testing"

func TestListWords(t *testing.T) {
	got := listWords("# comment\n\n one \ntwo\r\n#x\n")
	if len(got) != 2 || got[0] != "one" || got[1] != "two" {
		t.Errorf("got %q, want [one two]", got)
	}
}

// TestArabicWawList checks that every listed word keeps its و, with or
// without the article and the conjunction in front of it.
func TestArabicWawList(t *testing.T) {
	var a Analyzer
	for _, w := range listWords(arabicWawList) {
		t.Run(w, func(t *testing.T) {
			want := a.Terms(w)
			if len(want) != 1 || want[0] == "" || want[0][:len("و")] != "و" {
				t.Fatalf("%q: got terms %q, want one term starting with و", w, want)
			}
			for _, form := range []string{"ال" + w, "و" + w, "وال" + w} {
				if got := a.Terms(form); len(got) != 1 || got[0] != want[0] {
					t.Errorf("%q: got %q, want [%s] as for %q", form, got, want[0], w)
				}
			}
		})
	}
}

func TestEnglishKeepList(t *testing.T) {
	var a Analyzer
	for _, w := range listWords(englishKeepList) {
		t.Run(w, func(t *testing.T) {
			if got := a.Terms(w); len(got) != 1 || got[0] != w {
				t.Errorf("%q: got %q, want [%s]", w, got, w)
			}
		})
	}
}
