// Package doc is marsad's document model: a text, its surface tokens, the
// clitic-split syntactic words, the sentences, and named layers of labelled
// spans that annotators add, all addressed by byte offsets into the text.
//
// The model follows spaCy and Stanza: one container, every annotation a span
// over the original text, surface tokens kept apart from syntactic words, and
// a pipeline of annotators that declare what they require and provide and are
// checked when the pipeline is built.
//
// Offsets are byte offsets into Doc.Text, start inclusive and end exclusive.
// Doc.Runes and Doc.SpanRunes turn them into Unicode code point offsets, which
// is what marsad's JSON output and Python tools count.
package doc

import (
	"fmt"
	"slices"
	"time"
	"unicode/utf8"
)

// Doc is one text and its annotations. Text must not change once a Doc has
// been annotated: every offset refers to it.
type Doc struct {
	// Text is the analysed text; it is never rewritten.
	Text string
	// Lang is the ISO 639-1 code of the text's language ("ar", "en"), or "".
	Lang string
	// Published is the publication time of the text, the reference of
	// relative dates («أمس», "last week"); zero when unknown.
	Published time.Time
	// Tokens are the surface tokens in text order, set by Tokenizer.
	Tokens []Token
	// Words are the syntactic words in text order, set by Tokenizer: one or
	// more per token (an Arabic token with proclitics gives several).
	Words []Word
	// Sentences cover the tokens in order, set by SentenceSplitter.
	Sentences []Sentence

	layers map[string][]Span
	runes  runeIndex
}

// Span is a labelled stretch of Text in a named layer, such as an entity
// mention, a quotation or an amount.
type Span struct {
	// Start and End are byte offsets into Doc.Text, End exclusive.
	Start, End int
	// Label is the span's type within its layer ("PER", "QUOTE", "MONEY").
	Label string
	// ID links the span to something outside the text, such as an entity id.
	ID string
	// Attrs hold small typed facts as text (a normalised value, a cue, a
	// speaker's span id); nil when there are none.
	Attrs map[string]string
}

// New returns a Doc for text in language lang, with its rune index built.
func New(text, lang string) *Doc {
	d := &Doc{Text: text, Lang: lang}
	d.runes.build(text)
	return d
}

// AddSpans adds spans to the named layer, keeping the layer ordered by start
// and then end. A span outside Text or with End before Start is a bug in the
// annotator that made it, and AddSpans panics with the layer and the span.
func (d *Doc) AddSpans(layer string, spans ...Span) {
	for _, s := range spans {
		if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
			panic(fmt.Sprintf("doc: span [%d,%d) in layer %q is outside the text of %d bytes", s.Start, s.End, layer, len(d.Text)))
		}
	}
	if d.layers == nil {
		d.layers = make(map[string][]Span)
	}
	l := append(d.layers[layer], spans...)
	slices.SortStableFunc(l, func(a, b Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	d.layers[layer] = l
}

// Spans returns the spans of the named layer in text order, or nil when the
// layer is empty. The slice is the Doc's own: do not append to it.
func (d *Doc) Spans(layer string) []Span {
	return d.layers[layer]
}

// Layers returns the names of the span layers that hold spans, sorted.
func (d *Doc) Layers() []string {
	names := make([]string, 0, len(d.layers))
	for name := range d.layers {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// Slice returns the text between two byte offsets.
func (d *Doc) Slice(start, end int) string { return d.Text[start:end] }

// Runes returns the number of code points in Text before byte offset off,
// exactly utf8.RuneCountInString(d.Text[:off]) (invalid bytes count one
// each). Offsets below zero count as 0 and past the end as len(Text). It
// costs a table look-up and a scan of at most 32 bytes.
func (d *Doc) Runes(off int) int {
	if !d.runes.built || d.runes.n != len(d.Text) {
		d.runes.build(d.Text)
	}
	return d.runes.count(d.Text, off)
}

// SpanRunes returns the code point offsets of the byte span [start, end).
func (d *Doc) SpanRunes(start, end int) (int, int) {
	return d.Runes(start), d.Runes(end)
}

// runeBlock is the distance in bytes between two checkpoints of a runeIndex.
const runeBlock = 32

// runeIndex counts code points before any byte offset. Checkpoint k is the
// first position at or after k*runeBlock where utf8 decoding of the whole
// text starts a rune, with the number of runes before it.
type runeIndex struct {
	built bool
	ascii bool
	n     int
	pos   []int32
	cnt   []int32
}

func (x *runeIndex) build(t string) {
	*x = runeIndex{built: true, n: len(t), ascii: true}
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			x.ascii = false
			break
		}
	}
	if x.ascii {
		return
	}
	nb := len(t)/runeBlock + 1
	x.pos = make([]int32, nb)
	x.cnt = make([]int32, nb)
	k, c := 0, 0
	for i := 0; i < len(t); c++ {
		for k < nb && k*runeBlock <= i {
			x.pos[k], x.cnt[k] = int32(i), int32(c)
			k++
		}
		if t[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
		}
	}
	for ; k < nb; k++ {
		x.pos[k], x.cnt[k] = int32(len(t)), int32(c)
	}
}

func (x *runeIndex) count(t string, off int) int {
	if off <= 0 {
		return 0
	}
	if off > len(t) {
		off = len(t)
	}
	if x.ascii {
		return off
	}
	k := off / runeBlock
	if int(x.pos[k]) > off {
		k-- // the rune at the checkpoint straddles off; the one before cannot
	}
	return int(x.cnt[k]) + utf8.RuneCountInString(t[x.pos[k]:off])
}
