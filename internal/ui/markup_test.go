package ui

import (
	"html/template"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
)

// element is a marked span found in markText's output: its tag, its
// text, and the tags open around it.
type element struct {
	tag, text string
	outer     []string
}

// parseMarked reads HTML made by markText: its text, unescaped, and its
// elements. It fails the test on an end tag that does not close the
// element open last, or an element left open.
func parseMarked(t *testing.T, s string) (string, []element) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(s))
	var text strings.Builder
	type open struct {
		tag   string
		start int
	}
	var stack []open
	var els []element
	for {
		switch z.Next() {
		case html.ErrorToken:
			if len(stack) > 0 {
				t.Fatalf("unclosed <%s> in %q", stack[len(stack)-1].tag, s)
			}
			return text.String(), els
		case html.TextToken:
			text.Write(z.Text())
		case html.StartTagToken:
			name, _ := z.TagName()
			stack = append(stack, open{string(name), text.Len()})
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(stack) == 0 || stack[len(stack)-1].tag != string(name) {
				t.Fatalf("</%s> does not close the element open last in %q", name, s)
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			var outer []string
			for _, o := range stack {
				outer = append(outer, o.tag)
			}
			els = append(els, element{tag: top.tag, text: text.String()[top.start:], outer: outer})
		default:
			t.Fatalf("unexpected token %v in %q", z.Token(), s)
		}
	}
}

var layerTags = map[int][2]string{
	layerQuote:   {`<q class="quote">`, `</q>`},
	layerMention: {`<a class="ent" href="/entities/x">`, `</a>`},
	layerAmount:  {`<span class="amount">`, `</span>`},
}

func tagMark(start, end, layer int) mark {
	t := layerTags[layer]
	return mark{Start: start, End: end, Layer: layer, Open: t[0], Close: t[1]}
}

// TestMarkTextProperties checks markText on random texts (Arabic, Latin,
// emoji, HTML specials, new lines) and random marks, some out of range,
// some crossing: the output always nests properly, holds exactly the text,
// escaped; quotations are never inside a mention or an amount, links never
// inside links; each element holds the code points its mark spans; and a
// mark that conflicts with no other valid mark is kept.
func TestMarkTextProperties(t *testing.T) {
	alphabet := []rune("ابتثجحخ بوتين علييف abc <>&\"'\n\n😀é\u200f٣")
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 3000; iter++ {
		n := rng.IntN(40)
		runes := make([]rune, n)
		for i := range runes {
			runes[i] = alphabet[rng.IntN(len(alphabet))]
		}
		text := string(runes)
		var marks []mark
		for k := rng.IntN(8); k > 0; k-- {
			s := rng.IntN(n+4) - 2
			e := s + rng.IntN(12) - 1
			marks = append(marks, tagMark(s, e, rng.IntN(3)))
		}
		out := string(markText(text, marks))
		got, els := parseMarked(t, out)
		if got != text {
			t.Fatalf("text of %q = %q, want %q", out, got, text)
		}
		// Without the tags, no character of the text is left unescaped.
		rest := out
		for _, tags := range layerTags {
			rest = strings.ReplaceAll(strings.ReplaceAll(rest, tags[0], ""), tags[1], "")
		}
		for _, ent := range []string{"&lt;", "&gt;", "&amp;", "&#34;", "&#39;"} {
			rest = strings.ReplaceAll(rest, ent, "")
		}
		if strings.ContainsAny(rest, `<>&"'`) {
			t.Fatalf("unescaped text in %q", out)
		}
		for _, el := range els {
			for _, o := range el.outer {
				if el.tag == "a" && o == "a" || el.tag == "q" && o != "q" {
					t.Fatalf("<%s> inside <%s> in %q", el.tag, o, out)
				}
			}
			found := false
			for _, m := range marks {
				if layerTags[m.Layer][1] == "</"+el.tag+">" && m.Start >= 0 && m.End <= n && m.Start < m.End &&
					string(runes[m.Start:m.End]) == el.text {
					found = true
				}
			}
			if !found {
				t.Fatalf("<%s> holds %q, which no mark spans (text %q, marks %+v)", el.tag, el.text, text, marks)
			}
		}
		// A valid mark in conflict with no other valid mark is kept.
		for i, m := range marks {
			if m.Start < 0 || m.End > n || m.Start >= m.End {
				continue
			}
			alone := true
			for j, o := range marks {
				if i != j && o.Start >= 0 && o.End <= n && o.Start < o.End && (conflicts(o, m) || conflicts(m, o)) {
					alone = false
				}
			}
			if !alone {
				continue
			}
			tag := strings.TrimSuffix(strings.TrimPrefix(layerTags[m.Layer][1], "</"), ">")
			kept := false
			for _, el := range els {
				if el.tag == tag && el.text == string(runes[m.Start:m.End]) {
					kept = true
				}
			}
			if !kept {
				t.Fatalf("mark %+v conflicts with nothing but was dropped: %q", m, out)
			}
		}
	}
}

func TestMarkTextNesting(t *testing.T) {
	// «قال بوتين إن 40 في المئة» with a mention and an amount inside the
	// quotation, and a mention that crosses its end.
	text := "قال بوتين إن 40 في المئة من التجارة"
	idx := func(s string) int { return len([]rune(text[:strings.Index(text, s)])) }
	q := tagMark(0, idx(" من"), layerQuote)
	putin := tagMark(idx("بوتين"), idx("بوتين")+5, layerMention)
	amount := tagMark(idx("40"), idx(" من"), layerAmount)
	crossing := tagMark(idx("المئة"), idx("التجارة"), layerMention)
	got := string(markText(text, []mark{amount, crossing, putin, q}))
	want := `<q class="quote">قال <a class="ent" href="/entities/x">بوتين</a> إن <span class="amount">40 في المئة</span></q> من التجارة`
	if got != want {
		t.Errorf("markText =\n%s\nwant\n%s", got, want)
	}
	// A mention over the whole quotation would hold it: the quotation
	// stays, the mention goes.
	got = string(markText("ab", []mark{tagMark(0, 2, layerMention), tagMark(0, 1, layerQuote)}))
	if want := `<q class="quote">a</q>b`; got != want {
		t.Errorf("mention around a quotation: got %s, want %s", got, want)
	}
	// Equal spans: the quotation outside, then the mention, then the
	// amount.
	got = string(markText("ab", []mark{tagMark(0, 2, layerAmount), tagMark(0, 2, layerMention), tagMark(0, 2, layerQuote)}))
	if want := `<q class="quote"><a class="ent" href="/entities/x"><span class="amount">ab</span></a></q>`; got != want {
		t.Errorf("equal spans: got %s, want %s", got, want)
	}
}

func TestMarkTextEscapes(t *testing.T) {
	text := `<script>alert("x")</script> & بوتين`
	an := model.NewAnalysis("ar")
	an.Entities = []model.Entity{{ID: `per:"><script>`, Name: `"><img src=x onerror=alert(1)>`, Type: `PER" onclick="x`,
		Mentions: []model.Mention{{Start: 0, End: 8}}}}
	an.Quotes = []model.Quote{{Speaker: &model.Speaker{ID: "", Name: `"><script>alert(2)</script>`}, Start: 0, End: 30, Kind: `direct"x`}}
	an.Amounts = []model.Amount{{Value: 1, Unit: `<b>`, Kind: "count", Start: 15, End: 18}}
	got := string(markText(text, articleMarks(arabic, nil, an)))
	for _, bad := range []string{"<script", "<img", `" onclick`, "<b>", `"x"`} {
		if strings.Contains(got, bad) {
			t.Errorf("markText left %q unescaped: %s", bad, got)
		}
	}
	if !strings.Contains(got, "&lt;script&gt;") {
		t.Errorf("markText = %s, want the text's <script> escaped", got)
	}
	parseMarked(t, got)
}

func TestMarkSnippet(t *testing.T) {
	s := "… قال <علييف> إن علييف & …"
	i := strings.Index(s, "علييف")
	j := strings.LastIndex(s, "علييف")
	rs := []storage.Range{{Start: i, End: i + len("علييف")}, {Start: j, End: j + len("علييف")},
		{Start: j, End: j + 1}, // out of order: skipped
		{Start: 1, End: 2},     // not on a character boundary: skipped
	}
	got := markSnippet(s, rs)
	want := template.HTML("… قال &lt;<mark>علييف</mark>&gt; إن <mark>علييف</mark> &amp; …")
	if got != want {
		t.Errorf("markSnippet = %s, want %s", got, want)
	}
	if got := markSnippet("<x>", nil); got != "&lt;x&gt;" {
		t.Errorf("markSnippet without ranges = %s", got)
	}
}

func TestAmountMeaning(t *testing.T) {
	a := model.Amount{Value: 2520000000, Unit: "USD", Kind: "level", Object: "حجم التجارة", Period: "2024"}
	if got, want := english.AmountMeaning(a), "level: 2,520,000,000 USD · of: حجم التجارة · when: 2024"; got != want {
		t.Errorf("AmountMeaning = %q, want %q", got, want)
	}
	if got, want := arabic.AmountMeaning(a), "مستوى: 2,520,000,000 دولار أمريكي · ماذا: حجم التجارة · متى: 2024"; got != want {
		t.Errorf("AmountMeaning = %q, want %q", got, want)
	}
	a = model.Amount{Value: 1.5, Unit: "hour", Kind: "duration"}
	if got, want := arabic.AmountMeaning(a), "مدة: 1.5 ساعة"; got != want {
		t.Errorf("AmountMeaning = %q, want %q", got, want)
	}
	a = model.Amount{Value: 16.2, Unit: "%", Kind: "change", Direction: "up", Approx: true}
	if got, want := arabic.AmountMeaning(a), "تغيّر: ارتفاع نحو 16.2 %"; got != want {
		t.Errorf("AmountMeaning = %q, want %q", got, want)
	}
}
