package stories

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/terms"
)

// report is a short wire report, in Arabic, used to make near-copies.
const report = `قال وزير الخارجية إن المحادثات مع الوفد الزائر تناولت سبل تعزيز التعاون الاقتصادي بين البلدين وتوسيع التبادل التجاري الذي بلغ ثلاثة مليارات دولار العام الماضي.
وأضاف في مؤتمر صحفي مشترك عقد في العاصمة مساء الثلاثاء أن الجانبين اتفقا على تشكيل لجنة مشتركة تجتمع كل ستة أشهر لمتابعة تنفيذ الاتفاقات الموقعة في مجالات الطاقة والنقل والتعليم.
وأشار إلى أن بلاده تتطلع إلى زيادة الاستثمارات المتبادلة وفتح خطوط طيران مباشرة بين المدن الكبرى في البلدين خلال العام المقبل.
من جهته أعرب الوزير الضيف عن شكره لحفاوة الاستقبال مؤكدا أن العلاقات بين البلدين تشهد تطورا ملحوظا في مختلف المجالات.`

func TestTextSimilarity(t *testing.T) {
	an := terms.New()
	paras := strings.Split(report, "\n")
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"identical", report, report, 1, 1},
		{"one word changed", report, strings.Replace(report, "الثلاثاء", "الأربعاء", 1), 0.8, 1},
		{"a few words changed", report, strings.NewReplacer("الثلاثاء", "الأربعاء", "ثلاثة", "أربعة", "الكبرى", "الرئيسية").Replace(report), 0.6, 1},
		{"a sentence added", report, report + "\nوكان الوفد قد وصل إلى العاصمة صباح الاثنين في زيارة تستغرق ثلاثة أيام.", 0.75, 1},
		{"last paragraph cut (contained)", report, strings.Join(paras[:3], "\n"), 0.75, 1},
		{"paragraphs reordered", report, strings.Join([]string{paras[2], paras[0], paras[3], paras[1]}, "\n"), 0.8, 1},
		{"another report", report, `أعلنت وزارة الصحة تسجيل انخفاض في عدد الإصابات بالأمراض الموسمية خلال الأسبوع الماضي، ودعت المواطنين إلى الالتزام بالتعليمات الوقائية والتطعيم في المراكز الصحية المنتشرة في جميع المناطق.`, 0, 0.1},
		{"empty", report, "", 0, 0},
	}
	s := sketcher{k: DefaultShingle}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := s.sketch(an.Terms(tt.a)), s.sketch(an.Terms(tt.b))
			got := textSimilarity(&a, &b)
			if got < tt.min || got > tt.max {
				t.Errorf("textSimilarity = %.2f, want in [%.2f, %.2f]", got, tt.min, tt.max)
			}
			if near := got >= DefaultNearDuplicate; near != (tt.min >= DefaultNearDuplicate) {
				t.Errorf("near-duplicate = %v at %.2f, want %v", near, got, !near)
			}
		})
	}
}

// TestJaccardEstimate checks the MinHash estimate against the exact Jaccard
// similarity of shingle sets that overlap by a known amount.
func TestJaccardEstimate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string { return fmt.Sprintf("w%d", rng.IntN(1_000_000)) }
	for _, shared := range []int{0, 100, 300, 600} {
		t.Run(fmt.Sprint(shared), func(t *testing.T) {
			// Documents of 600 terms, shingles of one term: sets of 600
			// with shared terms in common.
			common := make([]string, shared)
			for i := range common {
				common[i] = word()
			}
			a, b := append([]string(nil), common...), append([]string(nil), common...)
			for len(a) < 600 {
				a = append(a, word())
				b = append(b, word())
			}
			s := sketcher{k: 1}
			sa, sb := s.sketch(a), s.sketch(b)
			want := float64(shared) / float64(1200-shared)
			// The estimate's standard error is sqrt(J(1-J)/128) ≤ 0.045.
			if got := jaccard(&sa, &sb); math.Abs(got-want) > 0.12 {
				t.Errorf("jaccard = %.3f, want %.3f ± 0.12", got, want)
			}
		})
	}
}

func TestSketchShort(t *testing.T) {
	s := sketcher{k: 4}
	a, b := s.sketch([]string{"x", "y"}), s.sketch([]string{"x", "y"})
	if a.size != 1 || jaccard(&a, &b) != 1 {
		t.Errorf("a document shorter than a shingle: size %d, jaccard %.2f; want 1 shingle, similarity 1", a.size, jaccard(&a, &b))
	}
	if c := s.sketch(nil); c.size != 0 || jaccard(&a, &c) != 0 {
		t.Errorf("empty document: size %d, jaccard %.2f; want 0, 0", c.size, jaccard(&a, &c))
	}
}
