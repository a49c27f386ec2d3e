package terms

import (
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze checks the promises every stream keeps, whatever the input:
// spans in bounds, in order and not overlapping; terms non-empty and valid
// UTF-8; the same stream from Analyze, AppendTokens and Terms; no panic.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"",
		"والرئيس الروسي فلاديمير بوتين",
		"أذربيجان اذربيجان",
		"ارتفع بنسبة ٢٫٥٢ في المئة و1,800 دولار و١٬٨٠٠",
		"Putin's elections in Azerbaijan, Erdoğan and the Élysée",
		"كَبِيرَةٌ كبــيرة ﻻ ﷺ ½ ⑴ ﬁnance ＡＢＣ",
		"بو\u200cتين\u200f \u061cقمةG20 ٢٠٢٤م",
		"a\u0301\u0301\u0301 \u0654ا \xff\xfe ـــ",
		"1.800.000 1,2,3 2.",
	} {
		f.Add(s)
	}
	var a Analyzer
	f.Fuzz(func(t *testing.T, text string) {
		toks := a.Analyze(text)
		end := 0
		for i, tok := range toks {
			if tok.Start < end || tok.Start >= tok.End || tok.End > len(text) {
				t.Fatalf("token %d %+v: span out of order or out of bounds (previous end %d, input length %d)", i, tok, end, len(text))
			}
			end = tok.End
			if tok.Term == "" {
				t.Fatalf("token %d %+v: empty term", i, tok)
			}
			if !utf8.ValidString(tok.Term) {
				t.Fatalf("token %d %+v: term is not valid UTF-8", i, tok)
			}
		}
		appended := a.AppendTokens(make([]Token, 0, 1), text)
		terms := a.Terms(text)
		if len(appended) != len(toks) || len(terms) != len(toks) {
			t.Fatalf("Analyze gave %d tokens, AppendTokens %d, Terms %d", len(toks), len(appended), len(terms))
		}
		for i := range toks {
			if appended[i] != toks[i] || terms[i] != toks[i].Term {
				t.Fatalf("token %d: Analyze %+v, AppendTokens %+v, Terms %q", i, toks[i], appended[i], terms[i])
			}
		}
	})
}
