package terms

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestAnalyze(t *testing.T) {
	tests := []streamTest{
		{"empty", "", nil},
		{"Putin with his title", "والرئيس الروسي فلاديمير بوتين",
			[]span{{"رييس", "والرئيس"}, {"روسي", "الروسي"}, {"فلاديمير", "فلاديمير"}, {"بوتين", "بوتين"}}},
		{"Azerbaijan with and without hamza", "أذربيجان اذربيجان وأذربيجان",
			[]span{{"اذربيج", "أذربيجان"}, {"اذربيج", "اذربيجان"}, {"اذربيج", "وأذربيجان"}}},
		{"percentages", "ارتفع التضخم إلى ٢٫٥٢ في المئة",
			[]span{{"ارتفع", "ارتفع"}, {"تضخم", "التضخم"}, {"الي", "إلى"}, {"2.52", "٢٫٥٢"}, {"في", "في"}, {"ميه", "المئة"}}},
		{"numbers in both digit sets", "2.52 ٢٫٥٢ 1,800 ١٬٨٠٠ 1800",
			[]span{{"2.52", "2.52"}, {"2.52", "٢٫٥٢"}, {"1800", "1,800"}, {"1800", "١٬٨٠٠"}, {"1800", "1800"}}},
		{"diacritics and tatweel", "الرَّئِيسُ الكبــيرة",
			[]span{{"رييس", "الرَّئِيسُ"}, {"كبير", "الكبــيرة"}}},
		{"presentation forms", "ﻻ ﺑﻮﺗﻴﻦ", []span{{"لا", "ﻻ"}, {"بوتين", "ﺑﻮﺗﻴﻦ"}}},
		{"ZWNJ and direction marks", "بو\u200cتين\u200f", []span{{"بوتين", "بو\u200cتين\u200f"}}},
		{"headline", "النسخة السوفياتية لبوتين: مصالحة علييف ولم شمل آسيا الوسطى",
			[]span{{"نسخ", "النسخة"}, {"سوفي", "السوفياتية"}, {"لبوت", "لبوتين"}, {"مصالح", "مصالحة"},
				{"علييف", "علييف"}, {"ولم", "ولم"}, {"شمل", "شمل"}, {"اسيا", "آسيا"}, {"وسطي", "الوسطى"}}},
		{"ministry and visit stay apart", "زار وزير الخارجية وزارة",
			[]span{{"زار", "زار"}, {"وزير", "وزير"}, {"خارج", "الخارجية"}, {"وزار", "وزارة"}}},
		{"English", "Putin's talks on the Elections in Azerbaijan",
			[]span{{"putin", "Putin's"}, {"talk", "talks"}, {"on", "on"}, {"the", "the"}, {"election", "Elections"}, {"in", "in"}, {"azerbaijan", "Azerbaijan"}}},
		{"English names with accents", "Erdoğan met Macron at the Élysée",
			[]span{{"erdogan", "Erdoğan"}, {"met", "met"}, {"macron", "Macron"}, {"at", "at"}, {"the", "the"}, {"elysee", "Élysée"}}},
		{"mixed scripts", "قمة G20 في دوشنبه (2024م)",
			[]span{{"قمه", "قمة"}, {"g20", "G20"}, {"في", "في"}, {"دوشنب", "دوشنبه"}, {"2024", "2024"}, {"م", "م"}}},
	}
	runStreamTests(t, standard, tests)

	// The exported API gives the same stream as the pipeline.
	var a Analyzer
	for _, tc := range tests {
		t.Run("Analyze/"+tc.name, func(t *testing.T) {
			want := spans(t, tc.input, tc.want)
			if got := a.Analyze(tc.input); !slices.Equal(got, want) {
				t.Errorf("Analyze(%q)\ngot:%s\nwant:%s", tc.input, format(tc.input, got), format(tc.input, want))
			}
		})
	}
}

func TestTerms(t *testing.T) {
	a := New()
	got := a.Terms("والرئيس الروسي Elections ٢٫٥٢")
	want := []string{"رييس", "روسي", "election", "2.52"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := a.Terms(" .، "); got != nil {
		t.Errorf("terms of punctuation: got %q, want nil", got)
	}
}

func TestAppendTokens(t *testing.T) {
	a := New()
	dst := []Token{{Term: "kept", Start: 0, End: 4}}
	got := a.AppendTokens(dst, "بوتين Putin")
	want := []Token{{"kept", 0, 4}, {"بوتين", 0, 10}, {"putin", 11, 16}}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	// Reusing the slice must not change terms handed out before.
	first := a.AppendTokens(nil, "روسيا")
	_ = a.AppendTokens(first[:0], "أذربيجان")
	again := a.AppendTokens(nil, "روسيا")
	if first[0].Term == "" || again[0].Term != "روسيا" {
		t.Errorf("terms after reuse: got %q and %q", first[0].Term, again[0].Term)
	}
}

// TestOffsetsSliceSurface checks that every span slices the original
// input to the word as written, with its diacritics and tatweel, and never
// to surrounding space or punctuation.
func TestOffsetsSliceSurface(t *testing.T) {
	tests := []struct {
		input string
		want  []string
	}{
		{"«والرئيس» الروسيُّ، فلاديمير بوتين.", []string{"والرئيس", "الروسيُّ", "فلاديمير", "بوتين"}},
		{"كبيرةٌ كبــيرة ﻻ", []string{"كبيرةٌ", "كبــيرة", "ﻻ"}},
		{"(٢٫٥٢%) 1,800$", []string{"٢٫٥٢", "1,800"}},
		{"Putin's «Élysée» café", []string{"Putin's", "Élysée", "café"}},
		{"\u200fبوتين\u200f و\u200cعلييف", []string{"بوتين\u200f", "و\u200cعلييف"}},
	}
	var a Analyzer
	for _, tc := range tests {
		t.Run(tc.input, func(t *testing.T) {
			var got []string
			for _, tok := range a.Analyze(tc.input) {
				got = append(got, tc.input[tok.Start:tok.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("surfaces of %q: got %q, want %q", tc.input, got, tc.want)
			}
		})
	}
}

func readSample(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/independent-arabia-putin-aliyev-dushanbe.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestSampleArticle checks, over a real article, that spans are in order
// and slice whole words, and that each word analysed on its own, as a query
// would be, gives the term it has in the document.
func TestSampleArticle(t *testing.T) {
	text := readSample(t)
	var a Analyzer
	toks := a.Analyze(text)
	if len(toks) < 1000 {
		t.Fatalf("got %d tokens from the sample article, want more than 1000", len(toks))
	}
	end := 0
	for i, tok := range toks {
		if tok.Start < end || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %+v: bad span after offset %d", i, tok, end)
		}
		end = tok.End
		surface := text[tok.Start:tok.End]
		first, _ := utf8.DecodeRuneInString(surface)
		last, _ := utf8.DecodeLastRuneInString(surface)
		if unicode.IsSpace(first) || unicode.IsPunct(first) || unicode.IsSpace(last) || unicode.IsPunct(last) {
			t.Errorf("token %d %q: surface %q is not a word", i, tok.Term, surface)
		}
		if alone := a.Terms(surface); len(alone) != 1 || alone[0] != tok.Term {
			t.Errorf("token %d: %q gives %q in the article but %q alone", i, surface, tok.Term, alone)
		}
	}
	// A few words the article must be findable by.
	terms := make(map[string]bool)
	for _, tok := range toks {
		terms[tok.Term] = true
	}
	for _, q := range []string{"بوتين", "أذربيجان", "علييف", "دوشنبه", "الرئيس", "2024", "كانون"} {
		for _, term := range a.Terms(q) {
			if !terms[term] {
				t.Errorf("query %q: term %q is not in the article", q, term)
			}
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	text := readSample(t)
	var a Analyzer
	want := a.Analyze(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 5 {
				if got := a.Analyze(text); !slices.Equal(got, want) {
					t.Error("concurrent Analyze gave a different stream")
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestZeroValueAndNewAgree(t *testing.T) {
	const text = "والرئيس الروسي Putin's"
	var zero Analyzer
	if got, want := zero.Terms(text), New().Terms(text); !slices.Equal(got, want) {
		t.Errorf("zero value: got %q, New: %q", got, want)
	}
	if !strings.Contains(strings.Join(zero.Terms(text), " "), "putin") {
		t.Errorf("zero value: no putin in %q", zero.Terms(text))
	}
}
