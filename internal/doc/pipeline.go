package doc

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Layer names of the built-in annotators. "text" is always there.
const (
	LayerText      = "text"
	LayerTokens    = "tokens"
	LayerWords     = "words"
	LayerSentences = "sentences"
)

// Annotator adds annotations to a Doc. It declares the layers it needs
// (Requires) and the layers it adds (Provides), so that a Pipeline can check
// the order of its annotators when it is built.
type Annotator interface {
	// Name names the annotator in errors and logs.
	Name() string
	// Requires lists the layers that must exist before Annotate runs.
	Requires() []string
	// Provides lists the layers that Annotate adds.
	Provides() []string
	// Annotate adds the annotator's layers to d.
	Annotate(ctx context.Context, d *Doc) error
}

// Errors that NewPipeline wraps, for errors.Is.
var (
	ErrMissingLayer   = errors.New("required layer is not provided")
	ErrDuplicateLayer = errors.New("layer is provided twice")
)

// Pipeline runs annotators in order over a Doc. A Pipeline is safe for
// concurrent use only if its annotators are; the built-in Tokenizer keeps
// buffers, so build one pipeline per goroutine.
type Pipeline struct {
	anns []Annotator
}

// NewPipeline returns a pipeline of anns, run in the order given. It checks
// that every layer an annotator requires is "text" or is provided by an
// annotator before it, and that no two annotators provide the same layer.
func NewPipeline(anns ...Annotator) (*Pipeline, error) {
	provider := map[string]string{LayerText: "the document"}
	for i, a := range anns {
		if a == nil {
			return nil, fmt.Errorf("doc: annotator %d of the pipeline is nil", i+1)
		}
		for _, l := range a.Requires() {
			if _, ok := provider[l]; !ok {
				return nil, fmt.Errorf("doc: annotator %q requires layer %q, but no annotator before it provides it (available: %s); add one that provides %q before %q: %w",
					a.Name(), l, available(provider), l, a.Name(), ErrMissingLayer)
			}
		}
		for _, l := range a.Provides() {
			if by, ok := provider[l]; ok {
				return nil, fmt.Errorf("doc: annotators %q and %q both provide layer %q; keep one of them: %w",
					by, a.Name(), l, ErrDuplicateLayer)
			}
			provider[l] = a.Name()
		}
	}
	return &Pipeline{anns: anns}, nil
}

func available(provider map[string]string) string {
	var names []string
	for l := range provider {
		names = append(names, l)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// Provides returns every layer the pipeline's documents will have after
// Run, "text" included, in the order they are made.
func (p *Pipeline) Provides() []string {
	out := []string{LayerText}
	for _, a := range p.anns {
		out = append(out, a.Provides()...)
	}
	return out
}

// Run runs the annotators over d in order. It stops at the first error, or
// when ctx is done, and says which annotator it was in.
func (p *Pipeline) Run(ctx context.Context, d *Doc) error {
	for _, a := range p.anns {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("doc: before annotator %q: %w", a.Name(), err)
		}
		if err := a.Annotate(ctx, d); err != nil {
			return fmt.Errorf("doc: annotator %q: %w", a.Name(), err)
		}
	}
	return nil
}

// Tokenizer is the annotator that cuts Doc.Text into Doc.Tokens (see
// tokenize) and splits them into Doc.Words (see splitWords). Its zero value
// is ready to use; it is not safe for concurrent use, as it keeps buffers
// between documents: give each goroutine its own.
type Tokenizer struct {
	words wordSplitter
}

// Name returns "tokenizer".
func (*Tokenizer) Name() string { return "tokenizer" }

// Requires returns "text".
func (*Tokenizer) Requires() []string { return []string{LayerText} }

// Provides returns "tokens" and "words".
func (*Tokenizer) Provides() []string { return []string{LayerTokens, LayerWords} }

// Annotate sets d.Tokens and d.Words, replacing any there were.
func (t *Tokenizer) Annotate(_ context.Context, d *Doc) error {
	if cap(d.Tokens) == 0 {
		d.Tokens = make([]Token, 0, len(d.Text)/6+1)
	}
	d.Tokens = tokenize(d.Text, d.Tokens[:0])
	if cap(d.Words) == 0 {
		d.Words = make([]Word, 0, len(d.Tokens)+len(d.Tokens)/2)
	}
	d.Words = t.words.splitWords(d.Text, d.Tokens, d.Words[:0])
	return nil
}

// SentenceSplitter is the annotator that groups Doc.Tokens into
// Doc.Sentences (see splitSentences). Its zero value is ready to use and
// suits extracted articles, where a line is a paragraph.
type SentenceSplitter struct {
	// HardWrapped says that the text wraps paragraphs over several lines,
	// so that only a blank line, not a single line break, ends a sentence.
	HardWrapped bool
}

// Name returns "sentences".
func (SentenceSplitter) Name() string { return "sentences" }

// Requires returns "tokens".
func (SentenceSplitter) Requires() []string { return []string{LayerTokens} }

// Provides returns "sentences".
func (SentenceSplitter) Provides() []string { return []string{LayerSentences} }

// Annotate sets d.Sentences, replacing any there were.
func (s SentenceSplitter) Annotate(_ context.Context, d *Doc) error {
	d.Sentences = splitSentences(d.Text, d.Tokens, d.Sentences[:0], s.HardWrapped)
	return nil
}
