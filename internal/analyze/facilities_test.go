package analyze

import (
	"slices"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// TestFacilities: airports and air bases named after a king or by a name
// before their adjective are places (LOC); one named after a known town
// leaves the town its mention; a head with no name is none.
func TestFacilities(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		text string
		want []string
	}{
		{"ووصل إلى مطار الملك عبدالعزيز الدولي بجدة.", []string{"مطار الملك عبدالعزيز الدولي"}},
		{"وأقلعت الطائرات من قاعدة إنجرليك الجوية.", []string{"قاعدة إنجرليك الجوية"}},
		{"وهبطت الطائرة في مطار عدن الدولي.", nil},
		{"وأنشأت الوزارة قاعدة بيانات جديدة.", nil},
		{"القيادي في تنظيم القاعدة محسن الفضلي.", nil},
		{"هاجم الجيش العراقي قاعدة داعش في الموصل.", nil},
	}
	for _, tc := range tests {
		got := mentionsOf(t, a, tc.text, func(e model.Entity) bool { return e.Type == "LOC" })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
