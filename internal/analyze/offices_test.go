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
	tests := []struct {
		text, person string
		want         []string
	}{
		{"التقى الملك سلمان رئيس حزب القوات اللبنانية سمير جعجع. وأعرب رئيس حزب القوات اللبنانية عن شكره للمملكة.",
			"سمير جعجع", []string{"سمير جعجع", "رئيس حزب القوات اللبنانية"}},
		{"التقى الملك سلمان رئيس حزب القوات اللبنانية سمير جعجع. وحضر نائب رئيس حزب القوات اللبنانية اللقاء، كما حضره شقيق رئيس حزب القوات اللبنانية.",
			"سمير جعجع", []string{"سمير جعجع"}},
		{"وأعرب رئيس حزب القوات اللبنانية عن شكره. والتقى الملك رئيس حزب القوات اللبنانية سمير جعجع.",
			"سمير جعجع", []string{"سمير جعجع"}},
	}
	for _, tc := range tests {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool {
			return e.Type == "PER" && slices.ContainsFunc(e.Mentions, func(m model.Mention) bool { return m.Text == tc.person })
		})
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
