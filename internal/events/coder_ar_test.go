package events

import (
	"slices"
	"testing"
)

// TestArabicScareQuotes: a name in quotation marks right after a verb is
// its subject or object, not a quotation; elsewhere it stays out of the
// argument rules.
func TestArabicScareQuotes(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"subject in «»", "في المقابل، هدد «حماس» إسرائيل بالرد.", []string{"THREATEN Hamas > Israel"}},
		{"subject in \"\"", "وتشددت روسيا في منع المقاتلين. وهدد \"حماس\" إسرائيل بالرد.", []string{"THREATEN Hamas > Israel"}},
		{"a real quotation keeps its speaker", "وقال بوتين «نحن ندعم علييف».", []string{"SUPPORT Putin > Aliyev"}},
	})
}

// TestArabicAgents: an agent noun with a nationality adjective (الحكومة
// الروسية، القوات الروسية) names the country as actor or recipient.
func TestArabicAgents(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"government as actor", "فرضت الحكومة الروسية عقوبات على أوكرانيا.", []string{"SANCTION Russia > Ukraine"}},
		{"forces over an adjective", "وقصفت القوات الجوية الروسية حلب.", []string{"ASSAULT Russia > Aleppo"}},
		{"with a preposition", "ندد أردوغان بالحكومة الروسية.", []string{"ACCUSE Erdogan > Russia"}},
		{"authorities as recipient", "هددت حماس السلطات الروسية بالرد.", []string{"THREATEN Hamas > Russia"}},
		{"no agent head", "زار أردوغان العاصمة الروسية.", []string{"CONSULT Erdogan > -"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := NewCoder()
			c.Demonym = fakeDemonym
			d := newDoc(t, tc.text, "ar")
			var got []string
			for _, e := range c.Code(d, findEntities(tc.text, testEntities), nil) {
				got = append(got, triple(e))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s\ngot  %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestArabicArrest: ألقى القبض على and قبض على are arrests.
func TestArabicArrest(t *testing.T) {
	runPatterns(t, "ar", []patternCase{
		{"ألقى X القبض على Y", "ألقت الشرطة القبض على علييف.", []string{"COERCE Police > Aliyev"}},
		{"قبض X على Y", "وقبضت الشرطة على علييف أمس.", []string{"COERCE Police > Aliyev"}},
		{"negated", "ولم تلق الشرطة القبض على علييف.", []string{"NOT COERCE Police > Aliyev"}},
	})
}
