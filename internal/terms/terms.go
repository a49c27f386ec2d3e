// Package terms turns Arabic and English text into search terms: the one
// analyzer used both to index articles and to read queries, so that both
// sides of a search always agree.
//
// Analysis runs in three stages, each made of small parts:
//
//  1. Char filters rewrite the whole text and remember where every rewritten
//     byte came from: NFKC (presentation forms, ligatures, full-width
//     letters), then removal of Arabic diacritics and tatweel, then removal of
//     invisible format characters (ZWNJ, ZWJ, direction marks).
//  2. The tokenizer cuts the filtered text into words and numbers.
//  3. Token filters rewrite each token's term: lower-casing, folding of Latin
//     diacritics, canonical digits, Arabic letter normalisation, Arabic light
//     stemming and English light stemming.
//
// Each stage is a one-method interface (charFilter, tokenizer, tokenFilter)
// and each filter lives in its own file, whose doc comment gives its rules
// and their reasons. The interfaces are unexported and the chain is fixed,
// so that no caller can index with one analyzer and query with another.
// Word lists that rules depend on are plain text in lang/.
//
// Every Token keeps the byte span of the original input it came from, however
// much its term was rewritten. The rules are fixed: an index built with one
// Version of them must be rebuilt when Version changes.
package terms

// Version identifies the analysis rules. Any change that can change a term
// must increase it, so that a store can tell that its index is stale.
const Version = 1

// Token is one search term and the span of the input it came from.
type Token struct {
	// Term is the normalised, stemmed form that goes into the index.
	Term string
	// Start and End are byte offsets into the analysed input, end exclusive.
	// They span the word as written, with the diacritics, tatweel and
	// joiners inside it or right after it, however much Term was rewritten:
	// كبيرةٌ gives the term كبير and the span of all of كبيرةٌ. Spans are in
	// order and never overlap.
	Start, End int
}
