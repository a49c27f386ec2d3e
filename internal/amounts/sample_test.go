package amounts

import (
	"strings"
	"testing"
)

// TestSample checks every amount of the bundled report: text, value, unit,
// kind, direction, approx, and for the figures of trade their object and
// period. Nothing else may be found.
func TestSample(t *testing.T) {
	text := readSample(t)
	as := Find(analyse(t, text))
	type exp struct {
		text   string
		want   want
		object string
		period string
	}
	trade := "حجم التجارة بين البلدين"
	cis := "حجم التبادل التجاري بين روسيا ودول رابطة الدول المستقلة"
	exps := []exp{
		{"العام", w(1, "year", "duration", "~"), "", ""},                // انتظر علييف قرابة العام
		{"الساعة ونصف الساعة", w(1.5, "hour", "duration", "~"), "", ""}, // لما يقارب الساعة ونصف الساعة
		{"ثلاث طائرات", w(3, "طائرة", "count"), "", ""},                 // ثلاث طائرات مسيرة
		{"الصاروخين", w(2, "صاروخ", "count"), "", ""},                   // الصاروخين اللذين أطلقا
		{"10 أمتار", w(10, "m", "distance"), "", ""},                    // حول 10 أمتار
		{"الصاروخين", w(2, "صاروخ", "count"), "", ""},                   // حطام الصاروخين أنفسهما
		{"20 دقيقة", w(20, "minute", "duration"), "", ""},               // لـ20 دقيقة أخرى
		{"ساعة", w(1, "hour", "duration", "~"), "", ""},                 // قرابة ساعة أخرى
		{"40 في المئة", w(40, "%", "change", "~ up"), trade, "الفترة من يناير (كانون الثاني) إلى أبريل (نيسان) الماضيين"},
		{"16.2 في المئة", w(16.2, "%", "change", "up"), trade, "النصف الأول من العام الحالي"},
		{"2.52 مليار دولار", w(2.52e9, "USD", "level"), trade, "النصف الأول من العام الحالي"},
		{"10 في المئة", w(10, "%", "share"), "حصة روسيا من تجارة أذربيجان", ""},
		{"1800 شركة", w(1800, "شركة", "count", "~"), "", ""},
		{"عشرات المشاريع", w(10, "مشروع", "count", "~"), "", ""},
		{"سبعة في المئة", w(7, "%", "change", "up"), cis, "2024"},
		{"112 مليار دولار أميركي", w(1.12e11, "USD", "level"), cis, "2024"},
	}
	for i := 0; i < len(exps) || i < len(as); i++ {
		switch {
		case i >= len(as):
			t.Errorf("missing %q: %s", exps[i].text, exps[i].want)
			continue
		case i >= len(exps):
			t.Errorf("unexpected %q: %s", as[i].Text, got(as[i]))
			continue
		}
		a, e := as[i], exps[i]
		if a.Text != e.text || !same(a, e.want) || a.Object != e.object || a.Period != e.period {
			t.Errorf("amount %d = %q %s object %q period %q, want %q %s object %q period %q",
				i, a.Text, got(a), a.Object, a.Period, e.text, e.want, e.object, e.period)
		}
		if text[a.Start:a.End] != a.Text {
			t.Errorf("amount %d: offsets [%d,%d) give %q, not %q", i, a.Start, a.End, text[a.Start:a.End], a.Text)
		}
	}
	// No year of the report is an amount.
	for _, a := range as {
		if strings.Contains(a.Text, "202") {
			t.Errorf("a year was taken as an amount: %q", a.Text)
		}
	}
}
