package analyze

import (
	"slices"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// TestKingdom: a bare «المملكة» is the article's kingdom: Saudi Arabia,
// unless the article names Morocco or Jordan and nothing Saudi; not with
// an adjective of another kingdom after it.
func TestKingdom(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text, id string
		want     []string
	}{
		{"وأدانت المملكة الهجوم، وقال مندوب المملكة إن بلاده ستدعم الجهود.", "gpe:SA", []string{"المملكة", "المملكة"}},
		{"وأعلنت وزارة الداخلية في المغرب تفكيك خلية كانت تخطط لهجمات في المملكة.", "gpe:MA", []string{"المغرب", "المملكة"}},
		{"وزار الأمير المملكة المتحدة، ثم عاد إلى الرياض حيث استقبل وفود المملكة الأردنية الهاشمية والمملكة.", "gpe:SA", []string{"المملكة"}},
	}
	for _, tc := range tests {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool { return e.ID == tc.id })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
