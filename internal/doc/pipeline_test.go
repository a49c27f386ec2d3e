package doc

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// fakeAnnotator declares layers and records that it ran.
type fakeAnnotator struct {
	name               string
	requires, provides []string
	err                error
}

func (f fakeAnnotator) Name() string       { return f.name }
func (f fakeAnnotator) Requires() []string { return f.requires }
func (f fakeAnnotator) Provides() []string { return f.provides }
func (f fakeAnnotator) Annotate(_ context.Context, d *Doc) error {
	if f.err != nil {
		return f.err
	}
	for _, l := range f.provides {
		d.AddSpans(l, Span{Start: 0, End: len(d.Text), Label: f.name})
	}
	return nil
}

func TestNewPipeline(t *testing.T) {
	entities := fakeAnnotator{name: "entities", requires: []string{"words", "sentences"}, provides: []string{"entities"}}
	tests := []struct {
		name    string
		anns    []Annotator
		wantErr error
		wantMsg string
	}{
		{"built-ins in order", []Annotator{&Tokenizer{}, SentenceSplitter{}}, nil, ""},
		{"built-ins and a later annotator", []Annotator{&Tokenizer{}, SentenceSplitter{}, entities}, nil, ""},
		{"requires only text", []Annotator{fakeAnnotator{name: "lang", requires: []string{"text"}, provides: []string{"lang"}}}, nil, ""},
		{"missing requirement", []Annotator{SentenceSplitter{}}, ErrMissingLayer,
			`annotator "sentences" requires layer "tokens", but no annotator before it provides it`},
		{"requirement provided too late", []Annotator{&Tokenizer{}, entities, SentenceSplitter{}}, ErrMissingLayer,
			`annotator "entities" requires layer "sentences"`},
		{"duplicate provider", []Annotator{&Tokenizer{}, fakeAnnotator{name: "other-tokenizer", provides: []string{"words"}}}, ErrDuplicateLayer,
			`annotators "tokenizer" and "other-tokenizer" both provide layer "words"`},
		{"providing text", []Annotator{fakeAnnotator{name: "x", provides: []string{"text"}}}, ErrDuplicateLayer,
			`both provide layer "text"`},
		{"nil annotator", []Annotator{nil}, nil, "annotator 1 of the pipeline is nil"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := NewPipeline(tc.anns...)
			if tc.wantMsg == "" {
				if err != nil || p == nil {
					t.Fatalf("got error %v, want none", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("got no error, want %q", tc.wantMsg)
			}
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("got %v, want errors.Is %v", err, tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("got %q, want it to contain %q", err, tc.wantMsg)
			}
		})
	}
}

func TestPipelineRun(t *testing.T) {
	boom := errors.New("boom")
	p, err := NewPipeline(&Tokenizer{}, SentenceSplitter{},
		fakeAnnotator{name: "entities", requires: []string{"words"}, provides: []string{"entities"}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(p.Provides(), ","), "text,tokens,words,sentences,entities"; got != want {
		t.Errorf("Provides() = %s, want %s", got, want)
	}
	d := New("قال بوتين. وصل علييف.", "ar")
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) != 6 || len(d.Sentences) != 2 || len(d.Spans("entities")) != 1 {
		t.Errorf("got %d tokens, %d sentences, %d entity spans; want 6, 2, 1", len(d.Tokens), len(d.Sentences), len(d.Spans("entities")))
	}

	failing, _ := NewPipeline(&Tokenizer{}, fakeAnnotator{name: "bad", err: boom})
	if err := failing.Run(context.Background(), New("x", "")); !errors.Is(err, boom) || !strings.Contains(err.Error(), `annotator "bad"`) {
		t.Errorf("got %v, want the annotator's error wrapped with its name", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Run(ctx, New("x", "")); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}
